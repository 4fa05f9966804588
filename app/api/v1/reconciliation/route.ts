// GET /api/v1/reconciliation - attributed vs delivered (vs network-reported) per network, local day and event; format=csv for a file

import { attachment } from "@/lib/csv";
import { dbProvider, getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { reconcile } from "@/lib/reconciliation/reconcile";
import { reconciliationCsv, reconciliationFileName } from "@/lib/reconciliation/reconciliation-csv";
import { reconciliationQuerySchema } from "@/lib/reconciliation/schemas";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "reconciliation:read", query: reconciliationQuerySchema }, async ({ query }) => {
  const result = await reconcile(getDb(), dbProvider(), query);
  if (query.format !== "csv") return result;
  return new Response(reconciliationCsv(result), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(reconciliationFileName(result)),
      "Cache-Control": "no-store",
    },
  });
});
