// GET /api/v1/deliveries - delivery log, newest first (filters: network, status, event, clickId, eventId, from, to, time; cursor paging)
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { listDeliveries } from "@/lib/deliveries/queries";
import { deliveryListQuerySchema } from "@/lib/deliveries/schemas";

export const GET = route({ permission: "deliveries:read", query: deliveryListQuerySchema }, async ({ query }) => listDeliveries(getDb(), query));
