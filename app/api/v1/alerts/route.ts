// GET /api/v1/alerts - open alerts (newest first), then resolved ones; filters: state=open|resolved|all, network, limit

import { listAlerts } from "@/lib/alerts/queries";
import { alertListQuerySchema } from "@/lib/alerts/schemas";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "monitoring:read", query: alertListQuerySchema }, async ({ query }) =>
  listAlerts(getDb(), query),
);
