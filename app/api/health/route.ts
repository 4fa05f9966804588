// GET /api/health - liveness with database and worker status (public, no secrets)
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { workerHealth } from "@/lib/worker/health";

export const dynamic = "force-dynamic";

export async function GET() {
  let database: { ok: boolean; provider: string; error?: string };
  try {
    await getDb().$queryRawUnsafe("SELECT 1");
    database = { ok: true, provider: getEnv().provider };
  } catch {
    database = { ok: false, provider: getEnv().provider, error: "database unreachable" };
  }
  const worker = database.ok ? await workerHealth(getDb()).catch(() => null) : null;
  const ok = database.ok;
  return Response.json({ status: ok ? "ok" : "degraded", database, worker }, { status: ok ? 200 : 503 });
}
