import "server-only";
import type { Db, DbProvider } from "../db/client";
import { placeholders } from "../db/sql";
import { execSql, querySql, sqlDate } from "../db/sqlite-direct";
import { localDay } from "./days";
import { outcomeStatuses, rollupStatus } from "./schemas";

type Tx = Pick<Db, "$executeRawUnsafe" | "$queryRawUnsafe">;

/** Reconciliation counts are kept in 15-minute buckets of the event time: every UTC offset in use is a multiple of 15 minutes. */
export const BUCKET_MS = 15 * 60 * 1000;
export const bucketOf = (d: Date) => new Date(Math.floor(d.getTime() / BUCKET_MS) * BUCKET_MS);

export interface DeliveryDelta {
  occurredAt: Date;
  networkId: string;
  eventName: string;
  status: string;
  currency: string | null;
  count: number;
  revenueMicros: bigint;
}
export interface AttributionDelta {
  occurredAt: Date;
  networkSlug: string;
  eventName: string;
  currency: string | null;
  count: number;
  revenueMicros: bigint;
}

function merge<T extends { count: number; revenueMicros: bigint }>(rows: T[], key: (r: T) => string): T[] {
  const map = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const prev = map.get(k);
    if (prev) map.set(k, { ...prev, count: prev.count + r.count, revenueMicros: prev.revenueMicros + r.revenueMicros });
    else map.set(k, { ...r });
  }
  return [...map.values()].filter((r) => r.count !== 0 || r.revenueMicros !== 0n);
}

// Rows per statement stay well under SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 400;

/**
 * Adds each row's values to the counter row with the same key, creating it at zero first. Rows
 * are the key columns followed by the value columns (by default count and revenue).
 */
async function addToCounters(
  tx: Tx,
  provider: DbProvider,
  table: string,
  keyCols: string[],
  rows: unknown[][],
  valueCols = ["count", "revenueMicros"],
) {
  const cols = [...keyCols, ...valueCols];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const ph = placeholders(provider, chunk.length * cols.length);
    const values = chunk.map((_, r) => `(${ph.slice(r * cols.length, (r + 1) * cols.length).join(", ")})`).join(", ");
    const quoted = cols.map((c) => `"${c}"`).join(", ");
    const sql = `INSERT INTO "${table}" (${quoted}) VALUES ${values}
      ON CONFLICT (${keyCols.map((c) => `"${c}"`).join(", ")}) DO UPDATE SET
        ${valueCols.map((c) => `"${c}" = "${table}"."${c}" + excluded."${c}"`).join(", ")}`;
    await execSql(tx, sql, chunk.flat());
  }
}

const DELIVERY_BUCKET_KEY = ["bucket", "networkId", "eventName", "status", "currency"];
const ATTRIBUTION_BUCKET_KEY = ["bucket", "networkSlug", "eventName", "currency"];
const DELIVERY_DAY_KEY = ["tz", "day", "networkId", "eventName", "currency"];
const DELIVERY_DAY_VALUES = [...outcomeStatuses, "sentMicros"];
const ATTRIBUTION_DAY_KEY = ["tz", "day", "networkSlug", "eventName", "currency"];

/** The local day of each distinct bucket, computed once per call: a flush holds many deltas per bucket. */
function dayOf(tz: string, cache: Map<string, string>, bucket: Date): string {
  const k = `${tz}|${bucket.getTime()}`;
  let day = cache.get(k);
  if (day === undefined) {
    day = localDay(bucket, tz);
    cache.set(k, day);
  }
  return day;
}

/**
 * The reporting zones whose daily totals a delta moves, and up to which bucket: all of them for
 * a ready zone; for one being built, the days built so far (later ones are summed from the
 * buckets when the build reaches them); none for one whose build has not begun.
 */
async function zonesToMove(tx: Tx): Promise<{ tz: string; before: number }[]> {
  const rows = await querySql<{ tz: string; ready: unknown; builtBefore: unknown }>(
    tx,
    `SELECT "tz", "readyAt" IS NOT NULL AS "ready", "builtBefore" FROM "ReportingTimeZone"`,
    [],
  );
  return rows.flatMap((r) => {
    if (r.ready === true || Number(r.ready) === 1) return [{ tz: r.tz, before: Infinity }];
    const before = sqlDate(r.builtBefore);
    return before ? [{ tz: r.tz, before: before.getTime() }] : [];
  });
}

/**
 * Moves the reconciliation counters by what just changed, in the caller's transaction: the
 * quarter-hour buckets, then the daily totals of every reporting time zone. The zones are read
 * after the bucket writes on purpose: each step of a zone's build locks the bucket tables
 * (lib/reconciliation/reporting-zones.ts), so a writer either finishes before the step reads the
 * buckets, or waits for it and then sees how far the build has got.
 */
export async function applyRollupDeltas(
  tx: Tx,
  provider: DbProvider,
  changes: { deliveries?: DeliveryDelta[]; attributions?: AttributionDelta[] },
) {
  const deliveries = merge(
    (changes.deliveries ?? []).map((d) => ({
      ...d,
      status: rollupStatus(d.status),
      occurredAt: bucketOf(d.occurredAt),
      currency: d.currency ?? "",
    })),
    (d) => `${d.occurredAt.getTime()}|${d.networkId}|${d.eventName}|${d.status}|${d.currency}`,
  );
  const attributions = merge(
    (changes.attributions ?? []).map((d) => ({ ...d, occurredAt: bucketOf(d.occurredAt), currency: d.currency ?? "" })),
    (d) => `${d.occurredAt.getTime()}|${d.networkSlug}|${d.eventName}|${d.currency}`,
  );
  if (deliveries.length === 0 && attributions.length === 0) return;
  await addToCounters(
    tx,
    provider,
    "DeliveryRollup",
    DELIVERY_BUCKET_KEY,
    deliveries.map((d) => [d.occurredAt, d.networkId, d.eventName, d.status, d.currency, d.count, d.revenueMicros]),
  );
  await addToCounters(
    tx,
    provider,
    "AttributionRollup",
    ATTRIBUTION_BUCKET_KEY,
    attributions.map((d) => [d.occurredAt, d.networkSlug, d.eventName, d.currency, d.count, d.revenueMicros]),
  );

  const zones = await zonesToMove(tx);
  if (zones.length === 0) return;
  const cache = new Map<string, string>();
  // Daily delivery totals hold one column per outcome: each delta moves its status's column.
  const dailyDeliveries = new Map<string, { key: unknown[]; values: (number | bigint)[] }>();
  for (const { tz, before } of zones) {
    for (const d of deliveries) {
      if (d.occurredAt.getTime() >= before) continue;
      const column = outcomeStatuses.indexOf(d.status as (typeof outcomeStatuses)[number]);
      if (column < 0) continue;
      const day = dayOf(tz, cache, d.occurredAt);
      const k = `${tz}|${day}|${d.networkId}|${d.eventName}|${d.currency}`;
      let row = dailyDeliveries.get(k);
      if (!row) {
        row = { key: [tz, day, d.networkId, d.eventName, d.currency], values: [...outcomeStatuses.map(() => 0), 0n] };
        dailyDeliveries.set(k, row);
      }
      (row.values[column] as number) += d.count;
      if (d.status === "delivered") (row.values[outcomeStatuses.length] as bigint) += d.revenueMicros;
    }
  }
  const dailyAttributions = merge(
    zones.flatMap(({ tz, before }) =>
      attributions
        .filter((d) => d.occurredAt.getTime() < before)
        .map((d) => ({ ...d, tz, day: dayOf(tz, cache, d.occurredAt) })),
    ),
    (d) => `${d.tz}|${d.day}|${d.networkSlug}|${d.eventName}|${d.currency}`,
  );
  await addToCounters(
    tx,
    provider,
    "DeliveryRollupDay",
    DELIVERY_DAY_KEY,
    [...dailyDeliveries.values()]
      .filter((r) => r.values.some((v) => v !== 0 && v !== 0n))
      .map((r) => [...r.key, ...r.values]),
    DELIVERY_DAY_VALUES,
  );
  await addToCounters(
    tx,
    provider,
    "AttributionRollupDay",
    ATTRIBUTION_DAY_KEY,
    dailyAttributions.map((d) => [d.tz, d.day, d.networkSlug, d.eventName, d.currency, d.count, d.revenueMicros]),
  );
}
