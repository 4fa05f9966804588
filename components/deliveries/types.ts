import type { Jsonify } from "@/components/ui/api";
import type { getDelivery, listDeliveries } from "@/lib/deliveries/queries";

export type DeliveryList = Jsonify<Awaited<ReturnType<typeof listDeliveries>>>;
export type DeliveryRow = DeliveryList["deliveries"][number];
export type DeliveryDetail = Jsonify<Awaited<ReturnType<typeof getDelivery>>>;
export type DeliveryAttempt = DeliveryDetail["attempts"][number];
export type ReplayJob = {
  id: string;
  networkId: string | null;
  total: number;
  done: number;
  status: "running" | "done" | "failed";
  createdAt: string;
  finishedAt: string | null;
};
