import "server-only";
import { Gauge, Registry } from "prom-client";
import type { Db, DbProvider } from "../db/client";
import { bucketOf } from "../reconciliation/rollups";
import { toCount } from "../sql-values";
import { HEARTBEAT_STALE_MS } from "../worker/constants";
import { backlogByNetwork, dueCountsByNetwork, latencyPercentiles } from "./network-health";

/** Counts by status cover events of the last day: a whole-history sum would grow with the database on every scrape. */
const METRICS_DELIVERY_WINDOW_MS = 24 * 3600_000;
/** Latency quantiles cover attempts of the last few minutes (at least one scrape interval). */
const METRICS_LATENCY_WINDOW_MS = 5 * 60_000;

/**
 * Prometheus text for the instance, computed from the database at scrape time into a registry
 * of its own (so a deleted network's series disappear and nothing leaks from other modules).
 * Aggregate numbers only: network slugs, statuses and counts.
 */
export async function renderMetrics(
  db: Db,
  provider: DbProvider,
  now = new Date(),
): Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  const networks = await db.network.findMany({
    where: { archivedAt: null },
    select: { id: true, slug: true, status: true },
  });
  const slug = new Map(networks.map((n) => [n.id, n.slug]));
  const ids = networks.map((n) => n.id);
  const since = bucketOf(new Date(now.getTime() - METRICS_DELIVERY_WINDOW_MS));

  const [byStatus, backlog, due, latency, workers, alerts] = await Promise.all([
    db.deliveryRollup.groupBy({
      by: ["networkId", "status"],
      where: { bucket: { gte: since } },
      _sum: { count: true },
    }),
    backlogByNetwork(db),
    dueCountsByNetwork(db, provider, now),
    latencyPercentiles(db, provider, ids, new Date(now.getTime() - METRICS_LATENCY_WINDOW_MS), now, false),
    db.workerHeartbeat.count({ where: { lastSeenAt: { gte: new Date(now.getTime() - HEARTBEAT_STALE_MS) } } }),
    db.alert.groupBy({ by: ["kind"], where: { resolvedAt: null }, _count: { _all: true } }),
  ]);

  const deliveries = new Gauge({
    name: "ricochet_deliveries_last_24h",
    help: "Deliveries of events that occurred in the last 24 hours, by network and current status (sending counts as pending)",
    labelNames: ["network", "status"] as const,
    registers: [registry],
  });
  for (const r of byStatus) {
    const s = slug.get(r.networkId);
    if (s) deliveries.inc({ network: s, status: r.status }, toCount(r._sum.count));
  }

  const backlogGauge = new Gauge({
    name: "ricochet_delivery_backlog",
    help: "Deliveries pending or being sent right now",
    labelNames: ["network"] as const,
    registers: [registry],
  });
  const dueGauge = new Gauge({
    name: "ricochet_queue_due",
    help: "Deliveries due to be sent now (queue depth)",
    labelNames: ["network"] as const,
    registers: [registry],
  });
  const statusGauge = new Gauge({
    name: "ricochet_network_status",
    help: "1 for the network's current status (active, paused, disabled)",
    labelNames: ["network", "status"] as const,
    registers: [registry],
  });
  for (const n of networks) {
    backlogGauge.set({ network: n.slug }, backlog.get(n.id) ?? 0);
    dueGauge.set({ network: n.slug }, due.get(n.id) ?? 0);
    statusGauge.set({ network: n.slug, status: n.status }, 1);
  }

  const latencyGauge = new Gauge({
    name: "ricochet_postback_latency_seconds",
    help: "Postback latency quantiles of real attempts in the last 5 minutes",
    labelNames: ["network", "quantile"] as const,
    registers: [registry],
  });
  const attemptsGauge = new Gauge({
    name: "ricochet_postback_attempts_last_5m",
    help: "Real postback attempts in the last 5 minutes",
    labelNames: ["network"] as const,
    registers: [registry],
  });
  for (const [networkId, p] of latency) {
    const s = slug.get(networkId);
    if (!s) continue;
    attemptsGauge.set({ network: s }, p.count);
    for (const [q, v] of [
      ["0.5", p.p50],
      ["0.95", p.p95],
      ["0.99", p.p99],
    ] as const)
      if (v !== null) latencyGauge.set({ network: s, quantile: q }, v / 1000);
  }

  new Gauge({
    name: "ricochet_workers",
    help: "Worker processes that reported a heartbeat in the last 30 seconds",
    registers: [registry],
  }).set(workers);
  const alertGauge = new Gauge({
    name: "ricochet_alerts_open",
    help: "Open alerts by kind",
    labelNames: ["kind"] as const,
    registers: [registry],
  });
  for (const kind of ["success_rate", "backlog", "acceptance_window", "auto_disabled"]) alertGauge.set({ kind }, 0);
  for (const a of alerts) alertGauge.set({ kind: a.kind }, a._count._all);

  return { contentType: registry.contentType, body: await registry.metrics() };
}
