import "server-only";
import type { Db, DbProvider } from "../db/client";
import { SqlParams } from "../db/sql";
import { hasDirectSqlite, querySql } from "../db/sqlite-direct";
import { toBigInt, toCount } from "../sql-values";
import type { DayRange } from "./days";
import { type OutcomeStatus, outcomeStatuses } from "./schemas";

type StatusCounts = Record<OutcomeStatus, number>;
/** Per local day, network, event and currency: deliveries per outcome, and the revenue delivered. */
export interface DeliveryDayRow {
  dayIndex: number;
  networkId: string;
  eventName: string;
  currency: string;
  counts: StatusCounts;
  sentMicros: bigint;
}
/** Per local day, network slug, event and currency: what the MMP attributed. */
export interface AttributionDayRow {
  dayIndex: number;
  networkSlug: string;
  eventName: string;
  currency: string;
  count: number;
  micros: bigint;
}

type Reader = Pick<Db, "$queryRawUnsafe" | "$transaction">;
/** A transaction already open (building daily totals): its owner makes the settings `read` would. */
export type TxReader = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * Where rollup rows come from and how each finds its local day.
 * - Daily totals of a reporting zone: the row's own `day`.
 * - Quarter-hour buckets on SQLite: a join to an inline table of (index, start, end, day), run
 *   as one index range search per day.
 * - Quarter-hour buckets on PostgreSQL: width_bucket over the sorted day starts, so it can
 *   hash-aggregate in one pass (it plans the range join as a nested loop over every row).
 * Whole 15-minute buckets always fall in [start, end) of one day.
 */
type RollupSource = { kind: "daily"; tz: string } | { kind: "buckets" };

function from(
  provider: DbProvider,
  p: SqlParams,
  days: DayRange[],
  source: RollupSource,
  table: "Delivery" | "Attribution",
) {
  if (source.kind === "daily") {
    return {
      cte: "",
      day: `r."day"`,
      from: `"${table}RollupDay" r`,
      where: `r."tz" = ${p.add(source.tz)} AND r."day" >= ${p.add(days[0].day)} AND r."day" <= ${p.add(days[days.length - 1].day)}`,
    };
  }
  if (provider === "postgresql") {
    const bounds = [...days.map((d) => d.start), days[days.length - 1].end];
    const bucket = `width_bucket(r."bucket", ${p.add(bounds)}::timestamp(3)[])`;
    return {
      cte: "",
      day: `(${p.add(days.map((d) => d.day))}::text[])[${bucket}]`,
      from: `"${table}Rollup" r`,
      where: `r."bucket" >= ${p.add(bounds[0], "timestamp")} AND r."bucket" < ${p.add(bounds[bounds.length - 1], "timestamp")}`,
    };
  }
  const rows = days.map((d) => `(${p.add(d.day)}, ${p.add(d.start, "timestamp")}, ${p.add(d.end, "timestamp")})`);
  return {
    cte: `WITH "d" ("day", "s", "e") AS (VALUES ${rows.join(", ")})`,
    day: `d."day"`,
    from: `"d" JOIN "${table}Rollup" r ON r."bucket" >= d."s" AND r."bucket" < d."e"`,
    where: "1 = 1",
  };
}

/**
 * Reading the quarter-hour buckets on PostgreSQL, settings for this transaction only: JIT would
 * take longer compiling the one-off aggregate than running it; the planner overestimates the
 * groups (day x network x event x currency) and picks a sort that spills to disk, where a hash
 * aggregate fits in a few MB. Daily totals are read as they are stored, with no grouping.
 */
async function read(
  db: Reader,
  provider: DbProvider,
  sql: string,
  values: unknown[],
  grouped: boolean,
): Promise<Record<string, unknown>[]> {
  if (provider === "sqlite" || !grouped) return db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL jit = off");
      await tx.$executeRawUnsafe("SET LOCAL work_mem = '64MB'");
      await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
      return tx.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values);
    },
    { timeout: 60_000 },
  );
}

const inList = (p: SqlParams, col: string, values: string[] | null) =>
  values ? `AND r."${col}" IN (${values.map((v) => p.add(v)).join(", ")})` : "";
/** Bucket rows netted to nothing (a pending +1 then -1) are skipped before grouping. */
const nonZeroBucket = `(r."count" <> 0 OR r."revenueMicros" <> 0)`;
/** The bucket rows' statuses as the daily table's columns. */
const pivotBuckets = [
  ...outcomeStatuses.map((s) => `SUM(CASE WHEN r."status" = '${s}' THEN r."count" ELSE 0 END)`),
  `SUM(CASE WHEN r."status" = 'delivered' THEN r."revenueMicros" ELSE 0 END)`,
];
/** Column aliases of the delivery read: v0..v5 the outcomes in outcomeStatuses order, v6 the revenue sent. */
const VALUE_KEYS = [...outcomeStatuses, "sentMicros"].map((_, i) => `v${i}`);

export interface AggregateQuery {
  days: DayRange[];
  source: RollupSource;
  networkIds: string[] | null;
  slugs: string[] | null;
}

/**
 * Everything reconciliation needs from the rollups, in two grouped reads with one row per day,
 * network, event and currency: outcomes are columns (stored so in the daily totals, pivoted
 * from the buckets otherwise). Parameters are added in the order they appear in the SQL:
 * SQLite's are positional.
 */
export async function aggregateRollups(
  db: Db,
  provider: DbProvider,
  q: AggregateQuery,
): Promise<{ deliveries: DeliveryDayRow[]; attributions: AttributionDayRow[] }> {
  const { days, source } = q;
  if (days.length === 0 || (q.networkIds && q.networkIds.length === 0) || (q.slugs && q.slugs.length === 0))
    return { deliveries: [], attributions: [] };
  const daily = source.kind === "daily";

  // Daily totals hold one row per key already: no grouping, only the range.
  const dp = new SqlParams(provider);
  const df = from(provider, dp, days, source, "Delivery");
  const deliverySql = `${df.cte}
    SELECT ${df.day} AS "day", r."networkId" AS "networkId", r."eventName" AS "eventName", r."currency" AS "currency",
      ${(daily ? [...outcomeStatuses, "sentMicros"].map((c) => `r."${c}"`) : pivotBuckets).map((e, i) => `${e} AS "v${i}"`).join(", ")}
    FROM ${df.from} WHERE ${df.where} ${daily ? "" : `AND ${nonZeroBucket}`} ${inList(dp, "networkId", q.networkIds)}
    ${daily ? "" : "GROUP BY 1, 2, 3, 4"}`;
  const ap = new SqlParams(provider);
  const af = from(provider, ap, days, source, "Attribution");
  const attributionSql = `${af.cte}
    SELECT ${af.day} AS "day", r."networkSlug" AS "networkSlug", r."eventName" AS "eventName", r."currency" AS "currency",
      ${daily ? `r."count" AS "count", r."revenueMicros" AS "micros"` : `SUM(r."count") AS "count", SUM(r."revenueMicros") AS "micros"`}
    FROM ${af.from} WHERE ${af.where} AND ${nonZeroBucket} ${inList(ap, "networkSlug", q.slugs)}
    ${daily ? "" : "GROUP BY 1, 2, 3, 4"}`;
  // On SQLite the daily rows skip Prisma's row mapping, which costs more than the query there.
  const fetch = (sql: string, values: unknown[]) =>
    daily && hasDirectSqlite(db)
      ? querySql<Record<string, unknown>>(db, sql, values)
      : read(db, provider, sql, values, !daily);
  const [deliveryRows, attributionRows] = await Promise.all([
    fetch(deliverySql, dp.values),
    fetch(attributionSql, ap.values),
  ]);

  const index = new Map(days.map((d, i) => [d.day, i]));
  const deliveries: DeliveryDayRow[] = [];
  for (const r of deliveryRows) {
    const i = index.get(String(r.day));
    if (i === undefined) continue;
    const counts = {} as StatusCounts;
    let any = false;
    for (let c = 0; c < outcomeStatuses.length; c++) {
      const n = toCount(r[VALUE_KEYS[c]]);
      counts[outcomeStatuses[c]] = n;
      if (n !== 0) any = true;
    }
    const sentMicros = toBigInt(r[VALUE_KEYS[outcomeStatuses.length]]);
    if (any || sentMicros !== 0n)
      deliveries.push({
        dayIndex: i,
        networkId: String(r.networkId),
        eventName: String(r.eventName),
        currency: String(r.currency ?? ""),
        counts,
        sentMicros,
      });
  }
  const attributions: AttributionDayRow[] = [];
  for (const r of attributionRows) {
    const i = index.get(String(r.day));
    if (i !== undefined)
      attributions.push({
        dayIndex: i,
        networkSlug: String(r.networkSlug),
        eventName: String(r.eventName),
        currency: String(r.currency ?? ""),
        count: toCount(r.count),
        micros: toBigInt(r.micros),
      });
  }
  return { deliveries, attributions };
}

/**
 * Sums the quarter-hour buckets of `days` into `tz`'s daily totals, inside the database (one
 * INSERT ... SELECT per table). The caller holds the transaction and has cleared these days.
 */
export async function copyBucketsToDays(
  tx: TxReader,
  provider: DbProvider,
  tz: string,
  days: DayRange[],
): Promise<number> {
  const tables = [
    {
      table: "Delivery",
      keys: ["networkId", "eventName", "currency"],
      into: [...outcomeStatuses, "sentMicros"],
      sums: pivotBuckets,
    },
    {
      table: "Attribution",
      keys: ["networkSlug", "eventName", "currency"],
      into: ["count", "revenueMicros"],
      sums: [`SUM(r."count")`, `SUM(r."revenueMicros")`],
    },
  ] as const;
  let written = 0;
  for (const t of tables) {
    const p = new SqlParams(provider);
    // The inline day table comes first in the SQL text, then the zone: the order SQLite binds in.
    const f = from(provider, p, days, { kind: "buckets" }, t.table);
    const tzParam = p.add(tz, "text");
    const cols = t.keys.map((k) => `r."${k}"`).join(", ");
    const groupBy = t.keys.map((_, i) => i + 3).join(", ");
    written += await tx.$executeRawUnsafe(
      `INSERT INTO "${t.table}RollupDay" ("tz", "day", ${[...t.keys, ...t.into].map((k) => `"${k}"`).join(", ")})
       ${f.cte} SELECT ${tzParam}, ${f.day}, ${cols}, ${t.sums.join(", ")}
       FROM ${f.from} WHERE ${f.where} AND ${nonZeroBucket} GROUP BY 2, ${groupBy}`,
      ...p.values,
    );
  }
  return written;
}
