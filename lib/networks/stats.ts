import "server-only";
import type { Db } from "../db";

const STATS_WINDOW_HOURS = 24;

export interface NetworkStats {
  /** delivered / (delivered + failed + expired) of deliveries completed in the window; null when none completed. */
  successRate: number | null;
  delivered: number;
  failed: number;
  expired: number;
  /** Waiting for a first attempt or a retry, or being sent right now (no time limit). */
  pending: number;
  /** When the last postback this network accepted was completed, at any time. */
  lastDeliveredAt: Date | null;
}

const EMPTY: NetworkStats = {
  successRate: null,
  delivered: 0,
  failed: 0,
  expired: 0,
  pending: 0,
  lastDeliveredAt: null,
};

/**
 * Delivery health of every network over the last 24 hours, in three grouped queries whatever the
 * number of networks: outcomes completed in the window, the current backlog, and (only for
 * networks with nothing delivered in the window) the last delivery ever.
 */
export async function loadNetworkStats(
  db: Db,
  networkIds: string[],
  now = new Date(),
): Promise<Map<string, NetworkStats>> {
  const since = new Date(now.getTime() - STATS_WINDOW_HOURS * 3600_000);
  const [completed, backlog] = await Promise.all([
    db.delivery.groupBy({
      by: ["networkId", "status"],
      where: { status: { in: ["delivered", "failed", "expired"] }, completedAt: { gte: since } },
      _count: { _all: true },
      _max: { completedAt: true },
    }),
    db.delivery.groupBy({
      by: ["networkId"],
      where: { status: { in: ["pending", "sending"] } },
      _count: { _all: true },
    }),
  ]);

  const stats = new Map<string, NetworkStats>();
  const entry = (id: string) => {
    let s = stats.get(id);
    if (!s) {
      s = { ...EMPTY };
      stats.set(id, s);
    }
    return s;
  };
  for (const row of completed) {
    const s = entry(row.networkId);
    const count = row._count._all;
    if (row.status === "delivered") {
      s.delivered = count;
      s.lastDeliveredAt = row._max.completedAt;
    } else if (row.status === "failed") s.failed = count;
    else s.expired = count;
  }
  for (const row of backlog) entry(row.networkId).pending = row._count._all;
  for (const s of stats.values()) {
    const total = s.delivered + s.failed + s.expired;
    s.successRate = total ? s.delivered / total : null;
  }

  // Networks quiet for a day still show when they last delivered; only those are looked up.
  const quiet = networkIds.filter((id) => !stats.get(id)?.lastDeliveredAt);
  if (quiet.length) {
    const last = await db.delivery.groupBy({
      by: ["networkId"],
      where: { networkId: { in: quiet }, status: "delivered" },
      _max: { completedAt: true },
    });
    for (const row of last) if (row._max.completedAt) entry(row.networkId).lastDeliveredAt = row._max.completedAt;
  }
  return stats;
}

export function statsFor(stats: Map<string, NetworkStats>, networkId: string): NetworkStats {
  return stats.get(networkId) ?? { ...EMPTY };
}
