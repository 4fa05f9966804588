import type { Metadata } from "next";
import { DeliveryDetailView } from "@/components/deliveries/delivery-detail";
import { Forbidden } from "@/components/layout/forbidden";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Delivery" };

export default async function DeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  if (!can(actor.access, "deliveries:read")) return <Forbidden what="the delivery log" />;
  const { id } = await params;
  return <DeliveryDetailView key={id} id={id} canReplay={can(actor.access, "deliveries:replay")} />;
}
