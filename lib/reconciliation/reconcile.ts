import "server-only";
import type { Db, DbProvider } from "../db/client";
import { fromMicros } from "../money";
import { aggregateRollups } from "./aggregate-rollups";
import { dayRanges } from "./days";
import { hasDailyTotals } from "./reporting-zones";
import {
  outcomeStatuses,
  type ReconciliationCounts,
  type ReconciliationFlag,
  type ReconciliationQuery,
  type ReconciliationResult,
  type ReconciliationRow,
  type ReconciliationSummary,
  type RevenueLine,
} from "./schemas";

type Money = { attributed: bigint | null; sent: bigint | null; reported: bigint | null };
interface Acc {
  counts: Omit<ReconciliationCounts, "discrepancy">;
  /** Made on first use: most rows (installs, registrations) carry no money. */
  revenue: Map<string, Money> | null;
}
interface NetworkInfo {
  id: string;
  slug: string;
  name: string;
  archivedAt: Date | null;
}

const emptyAcc = (): Acc => ({
  counts: { attributed: 0, delivered: 0, failed: 0, filtered: 0, expired: 0, skipped: 0, pending: 0, reported: null },
  revenue: null,
});
const COUNTED = ["attributed", "delivered", "failed", "filtered", "expired", "skipped", "pending"] as const;
const SIDES = ["attributed", "sent", "reported"] as const;

function addMoney(acc: Acc, currency: string, side: keyof Money, micros: bigint) {
  acc.revenue ??= new Map();
  let m = acc.revenue.get(currency);
  if (!m) {
    m = { attributed: null, sent: null, reported: null };
    acc.revenue.set(currency, m);
  }
  m[side] = (m[side] ?? 0n) + micros;
}

function mergeInto(target: Acc, source: Acc) {
  for (const k of COUNTED) target.counts[k] += source.counts[k];
  if (source.counts.reported !== null) target.counts.reported = (target.counts.reported ?? 0) + source.counts.reported;
  if (!source.revenue) return;
  for (const [cur, m] of source.revenue) {
    for (const side of SIDES) if (m[side] !== null) addMoney(target, cur, side, m[side]);
  }
}

/** Reported vs delivered beyond the tolerance (a percentage of delivered; any report against zero delivered). */
function reportFlag(reported: number | null, delivered: number, tolerancePct: number): ReconciliationFlag | null {
  if (reported === null || reported === delivered) return null;
  const diff = Math.abs(reported - delivered);
  if (delivered > 0 && diff * 100 <= delivered * tolerancePct) return null;
  return reported < delivered ? "under_reported" : "over_reported";
}

function revenueLines(acc: Acc): RevenueLine[] {
  if (!acc.revenue) return [];
  return (
    [...acc.revenue.entries()]
      // Counts split by an empty currency carry no money; only real currencies are shown.
      .filter(([cur, m]) => cur !== "" && (m.attributed !== null || m.sent !== null || m.reported !== null))
      .sort(([a], [b]) => byCode(a, b))
      .map(([currency, m]) => ({
        currency,
        attributed: m.attributed === null ? null : fromMicros(m.attributed),
        sent: m.sent === null ? null : fromMicros(m.sent),
        reported: m.reported === null ? null : fromMicros(m.reported),
      }))
  );
}

/** Code-point order: stable across locales, and far cheaper than localeCompare over thousands of rows. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function counts(acc: Acc): ReconciliationCounts {
  return { ...acc.counts, discrepancy: acc.counts.attributed - acc.counts.delivered };
}

function summary(acc: Acc, flagged: number): ReconciliationSummary {
  return { ...counts(acc), revenue: revenueLines(acc), flagged };
}

/**
 * Attributed vs delivered (and network-reported) per network, local day and event, from the
 * rollups and imported reports only, never from the deliveries themselves: the daily totals when
 * `tz` is a reporting time zone (one row per day), else the quarter-hour buckets (96 per day).
 */
export async function reconcile(
  db: Db,
  provider: DbProvider,
  q: ReconciliationQuery,
  now = new Date(),
): Promise<ReconciliationResult> {
  const days = dayRanges(q.from, q.to, q.tz);
  const all: NetworkInfo[] = await db.network.findMany({
    select: { id: true, slug: true, name: true, archivedAt: true },
  });
  const scoped = q.network ? all.filter((n) => n.slug === q.network) : all;
  const byId = new Map(scoped.map((n) => [n.id, n]));
  const bySlug = new Map(all.map((n) => [n.slug, n]));

  const daily = await hasDailyTotals(db, q.tz);
  const [rollups, reports] = await Promise.all([
    aggregateRollups(db, provider, {
      days,
      source: daily ? { kind: "daily", tz: q.tz } : { kind: "buckets" },
      networkIds: q.network ? scoped.map((n) => n.id) : null,
      slugs: q.network ? [q.network] : null,
    }),
    db.networkReport.findMany({
      where: { day: { gte: q.from, lte: q.to }, ...(q.network ? { networkId: { in: scoped.map((n) => n.id) } } : {}) },
      select: { networkId: true, day: true, eventName: true, count: true, revenueMicros: true, currency: true },
    }),
  ]);

  const dayIndex = new Map(days.map((d, i) => [d.day, i]));
  const rows = new Map<string, { slug: string; dayIndex: number; event: string; acc: Acc }>();
  const row = (slug: string, i: number, event: string) => {
    const key = `${slug}\u0000${i}\u0000${event}`;
    let r = rows.get(key);
    if (!r) {
      r = { slug, dayIndex: i, event, acc: emptyAcc() };
      rows.set(key, r);
    }
    return r.acc;
  };

  for (const a of rollups.attributions) {
    const acc = row(a.networkSlug, a.dayIndex, a.eventName);
    acc.counts.attributed += a.count;
    if (a.currency) addMoney(acc, a.currency, "attributed", a.micros);
  }
  for (const d of rollups.deliveries) {
    const n = byId.get(d.networkId);
    if (!n) continue; // a network deleted since: its rollups no longer have a name to report under
    const acc = row(n.slug, d.dayIndex, d.eventName);
    for (const s of outcomeStatuses) acc.counts[s] += d.counts[s];
    if (d.currency && (d.counts.delivered !== 0 || d.sentMicros !== 0n))
      addMoney(acc, d.currency, "sent", d.sentMicros);
  }
  for (const r of reports) {
    const n = byId.get(r.networkId);
    const i = dayIndex.get(r.day);
    if (!n || i === undefined) continue;
    const acc = row(n.slug, i, r.eventName);
    acc.counts.reported = (acc.counts.reported ?? 0) + r.count;
    if (r.currency && r.revenueMicros !== null) addMoney(acc, r.currency, "reported", r.revenueMicros);
  }

  const totals = emptyAcc();
  const perDay = days.map(() => ({ acc: emptyAcc(), flagged: 0 }));
  const perNetwork = new Map<string, { acc: Acc; flagged: number }>();
  const out: ReconciliationRow[] = [];
  let flaggedTotal = 0;
  const sorted = [...rows.values()].sort(
    (a, b) => a.dayIndex - b.dayIndex || byCode(a.slug, b.slug) || byCode(a.event, b.event),
  );
  for (const r of sorted) {
    const network = bySlug.get(r.slug);
    const c = counts(r.acc);
    const flag = reportFlag(c.reported, c.delivered, q.tolerance);
    out.push({
      network: r.slug,
      networkName: network?.name ?? null,
      configured: !!network,
      deleted: !!network?.archivedAt,
      day: days[r.dayIndex].day,
      event: r.event,
      ...c,
      flag,
      revenue: revenueLines(r.acc),
    });
    const f = flag ? 1 : 0;
    flaggedTotal += f;
    mergeInto(totals, r.acc);
    mergeInto(perDay[r.dayIndex].acc, r.acc);
    perDay[r.dayIndex].flagged += f;
    let pn = perNetwork.get(r.slug);
    if (!pn) {
      pn = { acc: emptyAcc(), flagged: 0 };
      perNetwork.set(r.slug, pn);
    }
    mergeInto(pn.acc, r.acc);
    pn.flagged += f;
  }

  return {
    from: q.from,
    to: q.to,
    tz: q.tz,
    tolerance: q.tolerance,
    network: q.network ?? null,
    generatedAt: now.toISOString(),
    source: daily ? "daily_totals" : "quarter_hour_buckets",
    totals: summary(totals, flaggedTotal),
    byDay: days.map((d, i) => ({
      day: d.day,
      start: d.start.toISOString(),
      end: d.end.toISOString(),
      ...summary(perDay[i].acc, perDay[i].flagged),
    })),
    byNetwork: [...perNetwork.entries()]
      .sort(([a], [b]) => byCode(a, b))
      .map(([slug, v]) => ({
        network: slug,
        networkName: bySlug.get(slug)?.name ?? null,
        configured: bySlug.has(slug),
        deleted: !!bySlug.get(slug)?.archivedAt,
        ...summary(v.acc, v.flagged),
      })),
    rows: out,
  };
}
