import "server-only";
import type { Db, DbProvider } from "../db/client";
import { notFound } from "../errors";
import {
  attemptCounts,
  backlogByNetwork,
  delayPercentiles,
  dueCountsByNetwork,
  hourKeyOf,
  hourStarts,
  latencyPercentiles,
  nearDeadlineByNetwork,
} from "./network-health";
import { type MonitoringQuery, type MonitoringResult, monitoringWindows, type NetworkMonitoring } from "./schemas";

const rate = (delivered: number, attempts: number) => (attempts ? delivered / attempts : null);

/**
 * Delivery health per network in hourly buckets: success rate and latency of real attempts,
 * how long after the event postbacks arrive, and the backlog now. Percentiles are computed in
 * the database; only one row per network and hour comes back.
 */
export async function networkMonitoring(
  db: Db,
  provider: DbProvider,
  q: MonitoringQuery,
  now = new Date(),
): Promise<MonitoringResult> {
  const hours = hourStarts(now, monitoringWindows[q.window]);
  const from = hours[0];
  const to = new Date(hours[hours.length - 1].getTime() + 3600_000);
  const networks = await db.network.findMany({
    // One network by slug even when deleted (its history); all networks means the live ones.
    where: q.network ? { slug: q.network } : { archivedAt: null },
    select: { id: true, slug: true, name: true, status: true, acceptanceWindowHours: true },
    orderBy: { name: "asc" },
  });
  if (q.network && networks.length === 0) throw notFound("Network");
  const ids = networks.map((n) => n.id);

  const [hourly, overall, latencyHourly, latencyOverall, delayHourly, delayOverall, backlog, due, nearDeadline] =
    await Promise.all([
      attemptCounts(db, provider, ids, from, to, true),
      attemptCounts(db, provider, ids, from, to, false),
      latencyPercentiles(db, provider, ids, from, to, true),
      latencyPercentiles(db, provider, ids, from, to, false),
      delayPercentiles(db, provider, ids, from, to, true),
      delayPercentiles(db, provider, ids, from, to, false),
      backlogByNetwork(db),
      dueCountsByNetwork(db, provider, now),
      nearDeadlineByNetwork(db, now),
    ]);

  const result: NetworkMonitoring[] = networks.map((n) => {
    const o = overall.get(n.id) ?? { attempts: 0, delivered: 0 };
    const lo = latencyOverall.get(n.id);
    const dl = delayOverall.get(n.id);
    return {
      network: n.slug,
      name: n.name,
      status: n.status,
      acceptanceWindowHours: n.acceptanceWindowHours,
      backlog: backlog.get(n.id) ?? 0,
      dueNow: due.get(n.id) ?? 0,
      nearDeadline: nearDeadline.get(n.id) ?? 0,
      window: {
        attempts: o.attempts,
        delivered: o.delivered,
        successRate: rate(o.delivered, o.attempts),
        latencyP50Ms: lo?.p50 ?? null,
        latencyP95Ms: lo?.p95 ?? null,
        delayP50Ms: dl?.p50 ?? null,
        delayP95Ms: dl?.p95 ?? null,
      },
      series: hours.map((h) => {
        const key = `${n.id}|${hourKeyOf(h)}`;
        const c = hourly.get(key) ?? { attempts: 0, delivered: 0 };
        const l = latencyHourly.get(key);
        const d = delayHourly.get(key);
        return {
          hour: h.toISOString(),
          attempts: c.attempts,
          delivered: c.delivered,
          successRate: rate(c.delivered, c.attempts),
          latencyP50Ms: l?.p50 ?? null,
          latencyP95Ms: l?.p95 ?? null,
          deliveredCount: d?.count ?? 0,
          delayP50Ms: d?.p50 ?? null,
          delayP95Ms: d?.p95 ?? null,
        };
      }),
    };
  });
  return {
    window: q.window,
    from: from.toISOString(),
    to: to.toISOString(),
    generatedAt: now.toISOString(),
    networks: result,
  };
}
