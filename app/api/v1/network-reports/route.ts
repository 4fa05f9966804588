// GET /api/v1/network-reports - imported network-reported numbers (format=csv exports the import format)
// POST /api/v1/network-reports - import a report CSV (text/csv body or JSON { csv }), all or nothing; ?dryRun=1 only checks it

import { attachment } from "@/lib/csv";
import { dbProvider, getDb } from "@/lib/db";
import { fromZod, groupByField, invalid } from "@/lib/errors";
import { respond, route } from "@/lib/http/route";
import { importNetworkReport, listNetworkReports } from "@/lib/reconciliation/network-reports";
import { reportCsv } from "@/lib/reconciliation/report-csv";
import {
  networkReportImportQuerySchema,
  networkReportJsonBodySchema,
  networkReportQuerySchema,
} from "@/lib/reconciliation/schemas";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "reconciliation:read", query: networkReportQuerySchema }, async ({ query }) => {
  const rows = await listNetworkReports(getDb(), query);
  if (query.format !== "csv") return { reports: rows };
  const name = `network-reports${query.network ? `_${query.network}` : ""}${query.from ? `_${query.from}` : ""}${query.to ? `_${query.to}` : ""}.csv`;
  return new Response(reportCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(name),
      "Cache-Control": "no-store",
    },
  });
});

export const POST = route(
  { permission: "reports:import", query: networkReportImportQuerySchema },
  async ({ req, actor, query }) => {
    const type = req.headers.get("content-type")?.split(";")[0].trim().toLowerCase() ?? "";
    const raw = await req.text();
    let csv: string;
    if (type === "application/json") {
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw invalid("Request body is not valid JSON");
      }
      const parsed = networkReportJsonBodySchema.safeParse(body);
      if (!parsed.success) throw fromZod(parsed.error, "body");
      csv = parsed.data.csv;
    } else if (type === "text/csv" || type === "text/plain" || type === "") {
      csv = raw;
    } else {
      throw invalid(`Send the report as text/csv or as JSON { "csv": "..." }, not ${type}`);
    }
    const result = await importNetworkReport(getDb(), dbProvider(), actor, csv, { dryRun: query.dryRun });
    if (result.errors.length) {
      const fields = groupByField(
        result.errors.slice(0, 200).map((e) => [`line ${e.line}.${e.field}`, e.message] as const),
      );
      return respond(
        {
          error: {
            code: "unprocessable",
            message: `The file has ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}; nothing was imported (a file is imported all or nothing)`,
            fields,
          },
          ...result,
        },
        422,
      );
    }
    return result;
  },
);
