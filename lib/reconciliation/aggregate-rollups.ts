import "server-only";
import type { Db, DbProvider } from "../db/client";
import { SqlParams } from "../db/sql";
import type { DayRange } from "./days";
import { toBigInt, toCount } from "./sql-values";

export interface DeliveryAggregate { dayIndex: number; networkId: string; eventName: string; status: string; currency: string; count: number; revenueMicros: bigint }
export interface AttributionAggregate { dayIndex: number; networkSlug: string; eventName: string; currency: string; count: number; revenueMicros: bigint }

type Reader = Pick<Db, "$queryRawUnsafe">;

/**
 * The days as an inline table: (i, s, e) = index, first bucket instant, end instant. Joining a
 * rollup to it on bucket ranges gives each whole 15-minute bucket its local day inside the
 * database, so the sum per day is one GROUP BY whatever the time zone or DST changes.
 */
function daysTable(p: SqlParams, days: DayRange[]): string {
  const rows = days.map((d, i) => `(${i}, ${p.add(d.start, "timestamp")}, ${p.add(d.end, "timestamp")})`);
  return `"d" ("i", "s", "e") AS (VALUES ${rows.join(", ")})`;
}

/** Delivery counters summed per local day, network, event, status and currency. Rows netted to zero are skipped. */
export async function aggregateDeliveries(db: Reader, provider: DbProvider, days: DayRange[], networkIds: string[] | null): Promise<DeliveryAggregate[]> {
  if (days.length === 0 || (networkIds && networkIds.length === 0)) return [];
  const p = new SqlParams(provider);
  const cte = daysTable(p, days);
  const networkFilter = networkIds ? `AND r."networkId" IN (${networkIds.map((id) => p.add(id)).join(", ")})` : "";
  const sql = `WITH ${cte}
    SELECT d."i" AS "dayIndex", r."networkId" AS "networkId", r."eventName" AS "eventName", r."status" AS "status", r."currency" AS "currency",
      SUM(r."count") AS "count", SUM(r."revenueMicros") AS "revenueMicros"
    FROM "d" JOIN "DeliveryRollup" r ON r."bucket" >= d."s" AND r."bucket" < d."e"
    WHERE (r."count" <> 0 OR r."revenueMicros" <> 0) ${networkFilter}
    GROUP BY d."i", r."networkId", r."eventName", r."status", r."currency"`;
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...p.values);
  return rows.map((r) => ({
    dayIndex: toCount(r.dayIndex), networkId: String(r.networkId), eventName: String(r.eventName), status: String(r.status),
    currency: String(r.currency ?? ""), count: toCount(r.count), revenueMicros: toBigInt(r.revenueMicros),
  }));
}

/** What the MMP attributed, summed per local day, network slug, event and currency. */
export async function aggregateAttributions(db: Reader, provider: DbProvider, days: DayRange[], slugs: string[] | null): Promise<AttributionAggregate[]> {
  if (days.length === 0 || (slugs && slugs.length === 0)) return [];
  const p = new SqlParams(provider);
  const cte = daysTable(p, days);
  const slugFilter = slugs ? `AND r."networkSlug" IN (${slugs.map((s) => p.add(s)).join(", ")})` : "";
  const sql = `WITH ${cte}
    SELECT d."i" AS "dayIndex", r."networkSlug" AS "networkSlug", r."eventName" AS "eventName", r."currency" AS "currency",
      SUM(r."count") AS "count", SUM(r."revenueMicros") AS "revenueMicros"
    FROM "d" JOIN "AttributionRollup" r ON r."bucket" >= d."s" AND r."bucket" < d."e"
    WHERE (r."count" <> 0 OR r."revenueMicros" <> 0) ${slugFilter}
    GROUP BY d."i", r."networkSlug", r."eventName", r."currency"`;
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...p.values);
  return rows.map((r) => ({
    dayIndex: toCount(r.dayIndex), networkSlug: String(r.networkSlug), eventName: String(r.eventName),
    currency: String(r.currency ?? ""), count: toCount(r.count), revenueMicros: toBigInt(r.revenueMicros),
  }));
}
