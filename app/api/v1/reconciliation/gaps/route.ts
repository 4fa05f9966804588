// GET /api/v1/reconciliation/gaps - why one network's deliveries of one local day did not arrive, grouped by status and reason
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { gapBreakdown } from "@/lib/reconciliation/gaps";
import { gapsQuerySchema } from "@/lib/reconciliation/schemas";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "reconciliation:read", query: gapsQuerySchema }, async ({ query }) =>
  gapBreakdown(getDb(), query),
);
