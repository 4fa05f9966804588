// GET /api/v1/monitoring - per-network delivery health in hourly buckets (window=24h|7d): success rate, latency, event-to-delivery time, backlog
import { dbProvider, getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { networkMonitoring } from "@/lib/monitoring/monitoring";
import { monitoringQuerySchema } from "@/lib/monitoring/schemas";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "monitoring:read", query: monitoringQuerySchema }, async ({ query }) =>
  networkMonitoring(getDb(), dbProvider(), query),
);
