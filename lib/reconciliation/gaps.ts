import "server-only";
import type { Db } from "../db/client";
import { notFound } from "../errors";
import { dayRanges } from "./days";
import { gapLabel } from "./gap-labels";
import { deliveryCsvLink, deliveryLogLink } from "./links";
import {
  type GapBreakdown,
  type GapGroup,
  type GapsQuery,
  gapStatuses,
  rollupStatus,
  statusesCountedAs,
} from "./schemas";

type GapStatus = (typeof gapStatuses)[number];
const QUERIED_STATUSES = gapStatuses.flatMap(statusesCountedAs);
/**
 * Deliveries are created when their event is ingested, normally after it occurred. Bounding
 * createdAt lets the (networkId, status, createdAt) index do the work; an event stamped more
 * than this far in the future of its ingest falls outside, which the rollup cross-check catches.
 */
const CLOCK_SKEW_MS = 24 * 3600_000;

/**
 * Why deliveries of one network and local day did not arrive: counts per status and reason
 * (failed "HTTP 410 gone" x12, filtered `country "FR" not in rule filter [US]` x40, ...).
 */
export async function gapBreakdown(db: Db, q: GapsQuery): Promise<GapBreakdown> {
  const network = await db.network.findUnique({
    where: { slug: q.network },
    select: { id: true, slug: true, name: true },
  });
  if (!network) throw notFound("Network");
  const [range] = dayRanges(q.day, q.day, q.tz);
  const base = {
    networkId: network.id,
    status: { in: QUERIED_STATUSES },
    occurredAt: { gte: range.start, lt: range.end },
    ...(q.event ? { eventName: q.event } : {}),
  };
  const group = (bounded: boolean) =>
    db.delivery.groupBy({
      by: ["status", "reason", "errorClass", "lastStatusCode"],
      where: bounded ? { ...base, createdAt: { gte: new Date(range.start.getTime() - CLOCK_SKEW_MS) } } : base,
      _count: { _all: true },
    });
  const [bounded, expected] = await Promise.all([
    group(true),
    db.deliveryRollup.groupBy({
      by: ["status"],
      where: {
        networkId: network.id,
        bucket: { gte: range.start, lt: range.end },
        status: { in: QUERIED_STATUSES },
        ...(q.event ? { eventName: q.event } : {}),
      },
      _sum: { count: true },
    }),
  ]);
  const expectedTotal = expected.reduce((s, r) => s + (r._sum.count ?? 0), 0);
  const boundedTotal = bounded.reduce((s, r) => s + r._count._all, 0);
  // Fewer rows than the counters say: some event was stamped far ahead of its ingest. Look without the bound.
  const raw = boundedTotal < expectedTotal ? await group(false) : bounded;

  const totals = Object.fromEntries(gapStatuses.map((s) => [s, 0])) as Record<GapStatus, number>;
  const merged = new Map<string, GapGroup>();
  for (const r of raw) {
    const status = rollupStatus(r.status) as GapStatus;
    const n = r._count._all;
    totals[status] += n;
    const label = gapLabel({ status, reason: r.reason, errorClass: r.errorClass, lastStatusCode: r.lastStatusCode });
    const key = `${status}\u0000${label}`;
    const prev = merged.get(key);
    if (prev) prev.count += n;
    else
      merged.set(key, {
        status,
        reason: r.reason,
        errorClass: r.errorClass,
        lastStatusCode: r.lastStatusCode,
        count: n,
        label,
      });
  }
  const link = (status: string) =>
    deliveryLogLink({ network: network.slug, status, start: range.start, end: range.end, event: q.event });
  return {
    network: network.slug,
    networkName: network.name,
    day: q.day,
    tz: q.tz,
    event: q.event ?? null,
    start: range.start.toISOString(),
    end: range.end.toISOString(),
    totals,
    groups: [...merged.values()]
      .sort(
        (a, b) =>
          gapStatuses.indexOf(a.status) - gapStatuses.indexOf(b.status) ||
          b.count - a.count ||
          a.label.localeCompare(b.label),
      )
      .map((g) => ({ ...g, link: link(g.status) })),
    links: Object.fromEntries([...gapStatuses, "delivered"].map((s) => [s, link(s)])) as GapBreakdown["links"],
    csv: deliveryCsvLink({ network: network.slug, start: range.start, end: range.end, event: q.event }),
  };
}
