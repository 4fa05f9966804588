import "server-only";
import type { Db, DbProvider } from "../db/client";
import { SqlParams } from "../db/sql";
import type { DayRange } from "./days";
import { toBigInt, toCount } from "./sql-values";

export interface DeliveryAggregate { dayIndex: number; networkId: string; eventName: string; status: string; currency: string; count: number; revenueMicros: bigint }
export interface AttributionAggregate { dayIndex: number; networkSlug: string; eventName: string; currency: string; count: number; revenueMicros: bigint }

type Reader = Pick<Db, "$queryRawUnsafe" | "$transaction">;

/**
 * How a rollup row finds its local day. SQLite: a join to an inline table of (index, start,
 * end), which it runs as one index range search per day. PostgreSQL: width_bucket over the
 * sorted day starts, so it can hash-aggregate in one pass (it plans the range join as a nested
 * loop over every row). Either way whole 15-minute buckets fall in [start, end) of one day.
 */
function dayJoin(provider: DbProvider, p: SqlParams, days: DayRange[], table: string) {
  if (provider === "postgresql") {
    const bounds = [...days.map((d) => d.start), days[days.length - 1].end];
    return {
      cte: "",
      dayIndex: `width_bucket(r."bucket", ${p.add(bounds)}::timestamp(3)[]) - 1`,
      from: `"${table}" r`,
      range: `r."bucket" >= ${p.add(bounds[0], "timestamp")} AND r."bucket" < ${p.add(bounds[bounds.length - 1], "timestamp")} AND`,
    };
  }
  const rows = days.map((d, i) => `(${i}, ${p.add(d.start, "timestamp")}, ${p.add(d.end, "timestamp")})`);
  return {
    cte: `WITH "d" ("i", "s", "e") AS (VALUES ${rows.join(", ")})`,
    dayIndex: `d."i"`,
    from: `"d" JOIN "${table}" r ON r."bucket" >= d."s" AND r."bucket" < d."e"`,
    range: "",
  };
}

/**
 * PostgreSQL would spend longer compiling these one-off aggregates (JIT) than running them, and
 * sorts past the default work_mem spill to disk: both are set for this transaction only.
 */
async function read(db: Reader, provider: DbProvider, sql: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  if (provider === "sqlite") return db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values);
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL jit = off");
    await tx.$executeRawUnsafe("SET LOCAL work_mem = '64MB'");
    return tx.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values);
  }, { timeout: 60_000 });
}

/** Delivery counters summed per local day, network, event, status and currency. Rows netted to zero are skipped. */
export async function aggregateDeliveries(db: Reader, provider: DbProvider, days: DayRange[], networkIds: string[] | null): Promise<DeliveryAggregate[]> {
  if (days.length === 0 || (networkIds && networkIds.length === 0)) return [];
  const p = new SqlParams(provider);
  const j = dayJoin(provider, p, days, "DeliveryRollup");
  const networkFilter = networkIds ? `AND r."networkId" IN (${networkIds.map((id) => p.add(id)).join(", ")})` : "";
  const sql = `${j.cte}
    SELECT ${j.dayIndex} AS "dayIndex", r."networkId" AS "networkId", r."eventName" AS "eventName", r."status" AS "status", r."currency" AS "currency",
      SUM(r."count") AS "count", SUM(r."revenueMicros") AS "revenueMicros"
    FROM ${j.from}
    WHERE ${j.range} (r."count" <> 0 OR r."revenueMicros" <> 0) ${networkFilter}
    GROUP BY 1, 2, 3, 4, 5`;
  const rows = await read(db, provider, sql, p.values);
  return rows.map((r) => ({
    dayIndex: toCount(r.dayIndex), networkId: String(r.networkId), eventName: String(r.eventName), status: String(r.status),
    currency: String(r.currency ?? ""), count: toCount(r.count), revenueMicros: toBigInt(r.revenueMicros),
  }));
}

/** What the MMP attributed, summed per local day, network slug, event and currency. */
export async function aggregateAttributions(db: Reader, provider: DbProvider, days: DayRange[], slugs: string[] | null): Promise<AttributionAggregate[]> {
  if (days.length === 0 || (slugs && slugs.length === 0)) return [];
  const p = new SqlParams(provider);
  const j = dayJoin(provider, p, days, "AttributionRollup");
  const slugFilter = slugs ? `AND r."networkSlug" IN (${slugs.map((s) => p.add(s)).join(", ")})` : "";
  const sql = `${j.cte}
    SELECT ${j.dayIndex} AS "dayIndex", r."networkSlug" AS "networkSlug", r."eventName" AS "eventName", r."currency" AS "currency",
      SUM(r."count") AS "count", SUM(r."revenueMicros") AS "revenueMicros"
    FROM ${j.from}
    WHERE ${j.range} (r."count" <> 0 OR r."revenueMicros" <> 0) ${slugFilter}
    GROUP BY 1, 2, 3, 4`;
  const rows = await read(db, provider, sql, p.values);
  return rows.map((r) => ({
    dayIndex: toCount(r.dayIndex), networkSlug: String(r.networkSlug), eventName: String(r.eventName),
    currency: String(r.currency ?? ""), count: toCount(r.count), revenueMicros: toBigInt(r.revenueMicros),
  }));
}
