import "server-only";
import type { Db } from "../db/client";
import { HEARTBEAT_STALE_MS } from "./constants";

/** Workers that reported within the stale window, from any process or machine. */
export async function workerHealth(db: Db) {
  const since = new Date(Date.now() - HEARTBEAT_STALE_MS);
  const alive = await db.workerHeartbeat.findMany({
    where: { lastSeenAt: { gte: since } },
    orderBy: { startedAt: "asc" },
  });
  return {
    ok: alive.length > 0,
    workers: alive.map((w) => ({
      id: w.id,
      hostname: w.hostname,
      pid: w.pid,
      startedAt: w.startedAt,
      lastSeenAt: w.lastSeenAt,
    })),
  };
}
