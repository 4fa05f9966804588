// GET /api/metrics - Prometheus metrics (public like /api/health: aggregate numbers only, no event data or secrets)
import { dbProvider, getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import { renderMetrics } from "@/lib/monitoring/metrics";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { contentType, body } = await renderMetrics(getDb(), dbProvider());
    return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  } catch (err) {
    logger.error("metrics scrape failed", { err });
    return new Response("# metrics unavailable: the database could not be read\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; version=0.0.4" },
    });
  }
}
