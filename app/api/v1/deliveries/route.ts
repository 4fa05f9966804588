// GET /api/v1/deliveries - delivery log, newest first (filters: network, status, event, clickId, eventId, from, to, time; cursor paging); format=csv for every match as a file

import { attachment } from "@/lib/csv";
import { getDb } from "@/lib/db";
import { deliveriesCsvStream, deliveriesFileName } from "@/lib/deliveries/export-csv";
import { listDeliveries } from "@/lib/deliveries/queries";
import { deliveryListQuerySchema } from "@/lib/deliveries/schemas";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "deliveries:read", query: deliveryListQuerySchema }, async ({ query }) => {
  if (query.format !== "csv") return listDeliveries(getDb(), query);
  return new Response(deliveriesCsvStream(getDb(), query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(deliveriesFileName(query)),
      "Cache-Control": "no-store",
    },
  });
});
