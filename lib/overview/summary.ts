import "server-only";
import type { Db } from "../db";
import { BUCKET_MS } from "../reconciliation/rollups";

const HOUR = 3600_000;

/** The numbers on the overview page: the last 24 hours of postbacks, by hour and outcome. */
export async function loadOverview(db: Db, now = new Date()) {
  const since = new Date(Math.floor((now.getTime() - 24 * HOUR) / BUCKET_MS) * BUCKET_MS);
  const [networks, events24h, rollups, pendingNow, alerts, attention] = await Promise.all([
    db.network.count({ where: { archivedAt: null } }),
    db.conversionEvent.count({ where: { receivedAt: { gte: since } } }),
    db.deliveryRollup.findMany({
      where: { bucket: { gte: since } },
      select: { bucket: true, status: true, count: true },
    }),
    db.delivery.count({ where: { status: { in: ["pending", "sending"] } } }),
    db.alert.findMany({ where: { resolvedAt: null }, orderBy: { createdAt: "desc" }, take: 5 }),
    db.network.findMany({
      where: { status: { not: "active" }, archivedAt: null },
      select: { id: true, name: true, slug: true, status: true, statusReason: true },
      take: 5,
    }),
  ]);
  const hours = new Map<number, Record<string, number>>();
  for (let t = Math.floor(since.getTime() / HOUR) * HOUR; t <= now.getTime(); t += HOUR) hours.set(t, {});
  const totals: Record<string, number> = {};
  for (const r of rollups) {
    const h = Math.floor(r.bucket.getTime() / HOUR) * HOUR;
    const row = hours.get(h) ?? {};
    row[r.status] = (row[r.status] ?? 0) + r.count;
    hours.set(h, row);
    totals[r.status] = (totals[r.status] ?? 0) + r.count;
  }
  const delivered = totals.delivered ?? 0;
  const failed = (totals.failed ?? 0) + (totals.expired ?? 0);
  return {
    networks,
    events24h,
    delivered24h: delivered,
    failed24h: failed,
    successRate: delivered + failed > 0 ? delivered / (delivered + failed) : null,
    pendingNow,
    alerts: alerts.map((a) => ({
      id: a.id,
      kind: a.kind,
      severity: a.severity,
      message: a.message,
      createdAt: a.createdAt,
    })),
    attention,
    hourly: [...hours]
      .sort(([a], [b]) => a - b)
      .map(([t, c]) => ({
        hour: new Date(t).toISOString(),
        delivered: c.delivered ?? 0,
        failed: (c.failed ?? 0) + (c.expired ?? 0),
        pending: c.pending ?? 0,
        filtered: (c.filtered ?? 0) + (c.skipped ?? 0),
      })),
  };
}
