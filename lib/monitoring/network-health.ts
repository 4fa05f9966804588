import "server-only";
import type { Db, DbProvider } from "../db/client";
import { SqlParams } from "../db/sql";
import { toCount } from "../sql-values";
import { dueCountsByNetwork } from "../worker/claim";
import { type Percentiles, percentilesBy } from "./percentiles";
import { hourKey, hourKeyOf, millisBetween } from "./sql-dialect";

const IN_FLIGHT = ["pending", "sending"];
/** Pending deliveries whose acceptance window ends within this long are about to be lost. */
const NEAR_DEADLINE_MS = 3600_000;

type Reader = Pick<Db, "$queryRawUnsafe">;
const HOUR_MS = 3600_000;

export interface AttemptCounts {
  attempts: number;
  delivered: number;
}

/** Real attempts: not test sends from the editor, and only those that made a request. */
const realAttempt = (alias = "") => `${alias}"test" = false AND ${alias}"requestMethod" <> ''`;

/** Attempts and successes per network (and per hour when byHour) in [from, to). */
export async function attemptCounts(
  db: Reader,
  provider: DbProvider,
  networkIds: string[],
  from: Date,
  to: Date,
  byHour: boolean,
): Promise<Map<string, AttemptCounts>> {
  if (networkIds.length === 0) return new Map();
  const p = new SqlParams(provider);
  const h = hourKey(provider, `"startedAt"`);
  // Listing the networks lets the (networkId, startedAt) index serve every query.
  const sql = `SELECT "networkId" AS "n", ${byHour ? h : "''"} AS "h", COUNT(*) AS "c", SUM(CASE WHEN "outcome" = 'delivered' THEN 1 ELSE 0 END) AS "d"
    FROM "DeliveryAttempt"
    WHERE "networkId" IN (${networkIds.map((id) => p.add(id)).join(", ")}) AND "startedAt" >= ${p.add(from, "timestamp")} AND "startedAt" < ${p.add(to, "timestamp")} AND ${realAttempt()}
    GROUP BY 1, 2`;
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...p.values);
  return new Map(
    rows.map((r) => [
      byHour ? `${String(r.n)}|${String(r.h)}` : String(r.n),
      { attempts: toCount(r.c), delivered: toCount(r.d) },
    ]),
  );
}

/** Latency percentiles of real attempts per network (and hour). */
export function latencyPercentiles(
  db: Reader,
  provider: DbProvider,
  networkIds: string[],
  from: Date,
  to: Date,
  byHour: boolean,
): Promise<Map<string, Percentiles>> {
  if (networkIds.length === 0) return Promise.resolve(new Map());
  const p = new SqlParams(provider);
  const source = `SELECT "networkId" AS "n", ${hourKey(provider, `"startedAt"`)} AS "h", "latencyMs" AS "v" FROM "DeliveryAttempt"
    WHERE "networkId" IN (${networkIds.map((id) => p.add(id)).join(", ")}) AND "startedAt" >= ${p.add(from, "timestamp")} AND "startedAt" < ${p.add(to, "timestamp")} AND ${realAttempt()}`;
  return percentilesBy(db, source, p.values, byHour);
}

/** Time from the event to its delivery (completedAt - occurredAt) for deliveries completed in the window. */
export function delayPercentiles(
  db: Reader,
  provider: DbProvider,
  networkIds: string[],
  from: Date,
  to: Date,
  byHour: boolean,
): Promise<Map<string, Percentiles>> {
  if (networkIds.length === 0) return Promise.resolve(new Map());
  const p = new SqlParams(provider);
  const source = `SELECT a."networkId" AS "n", ${hourKey(provider, `a."startedAt"`)} AS "h", ${millisBetween(provider, `d."completedAt"`, `d."occurredAt"`)} AS "v"
    FROM "DeliveryAttempt" a JOIN "Delivery" d ON d."id" = a."deliveryId"
    WHERE a."networkId" IN (${networkIds.map((id) => p.add(id)).join(", ")}) AND a."startedAt" >= ${p.add(from, "timestamp")} AND a."startedAt" < ${p.add(to, "timestamp")}
      AND a."outcome" = 'delivered' AND ${realAttempt("a.")} AND d."completedAt" IS NOT NULL`;
  return percentilesBy(db, source, p.values, byHour);
}

/** Deliveries waiting (pending or being sent) per network, right now. */
export async function backlogByNetwork(db: Db): Promise<Map<string, number>> {
  const rows = await db.delivery.groupBy({
    by: ["networkId"],
    where: { status: { in: IN_FLIGHT } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.networkId, r._count._all]));
}

/** Waiting deliveries whose acceptance window closes within `withinMs` of now. */
export async function nearDeadlineByNetwork(
  db: Db,
  now: Date,
  withinMs = NEAR_DEADLINE_MS,
): Promise<Map<string, number>> {
  const rows = await db.delivery.groupBy({
    by: ["networkId"],
    where: { status: { in: IN_FLIGHT }, deadlineAt: { gte: now, lte: new Date(now.getTime() + withinMs) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.networkId, r._count._all]));
}

export { dueCountsByNetwork };

/** The UTC hour starts covering the last `hours` hours, oldest first, the current hour last. */
export function hourStarts(now: Date, hours: number): Date[] {
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return Array.from({ length: hours }, (_, i) => new Date(current - (hours - 1 - i) * HOUR_MS));
}

export { hourKeyOf };
