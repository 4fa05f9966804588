// GET /api/v1/deliveries/{id} - one delivery with every attempt (requests shown with secrets masked)
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getDelivery } from "@/lib/deliveries/queries";
import { route } from "@/lib/http/route";

export const GET = route({ permission: "deliveries:read", params: z.object({ id: z.string() }) }, async ({ params }) =>
  getDelivery(getDb(), params.id),
);
