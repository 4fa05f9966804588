import "server-only";
import type { Db, DbProvider } from "../db/client";
import { recordAudit, type AuditActor } from "../audit/record";
import { conflict, notFound } from "../http/errors";
import { logger } from "../log";
import { copyBucketsToDays } from "./aggregate-rollups";
import { addDays, daysBetween, dayRanges, localDay } from "./days";
import { MAX_REPORTING_ZONES, type ReportingZone } from "./schemas";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Days of quarter-hour buckets summed per statement while building: bounds the parameters and the work per step. */
const WINDOW_DAYS = 31;

export async function listReportingZones(db: Db): Promise<ReportingZone[]> {
  return (await db.reportingTimeZone.findMany({ orderBy: { tz: "asc" } })).map(toZone);
}

const toZone = (r: { tz: string; createdAt: Date; readyAt: Date | null }): ReportingZone =>
  ({ tz: r.tz, createdAt: r.createdAt.toISOString(), ready: r.readyAt !== null, readyAt: r.readyAt?.toISOString() ?? null });

/** Whether reconciliation in `tz` can read daily totals. */
export async function hasDailyTotals(db: Db, tz: string): Promise<boolean> {
  const row = await db.reportingTimeZone.findUnique({ where: { tz }, select: { readyAt: true } });
  return !!row?.readyAt;
}

/**
 * Rebuilds the daily totals of `tz` from the quarter-hour buckets, in one transaction. On
 * PostgreSQL the bucket tables are locked against writers first (SHARE ROW EXCLUSIVE conflicts
 * with the ROW EXCLUSIVE lock their upserts take), in the order writers take them, so no delta
 * can land in the buckets without also landing in these totals; on SQLite the first write
 * takes the database's single write lock, which does the same. Writers wait for the build.
 */
export async function buildDailyTotals(db: Db, provider: DbProvider, tz: string, opts: { onlyIfPending?: boolean } = {}): Promise<{ days: number; rows: number }> {
  return db.$transaction(async (tx) => {
    if (provider === "postgresql") {
      await tx.$executeRawUnsafe(`LOCK TABLE "DeliveryRollup", "AttributionRollup" IN SHARE ROW EXCLUSIVE MODE`);
      // Web and worker processes starting together both find UTC pending; the second to get the lock has nothing left to do.
      if (opts.onlyIfPending && (await tx.reportingTimeZone.findUnique({ where: { tz }, select: { readyAt: true } }))?.readyAt) return { days: 0, rows: 0 };
      await tx.$executeRawUnsafe("SET LOCAL jit = off");
      await tx.$executeRawUnsafe("SET LOCAL work_mem = '64MB'");
      await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
    }
    await tx.reportingTimeZone.upsert({ where: { tz }, create: { tz }, update: { readyAt: null } });
    await tx.deliveryRollupDay.deleteMany({ where: { tz } });
    await tx.attributionRollupDay.deleteMany({ where: { tz } });
    const rows = await copyBuckets(tx, provider, tz);
    // Fresh statistics, or a server without autovacuum plans reads of these tables as if empty.
    if (provider === "postgresql") await tx.$executeRawUnsafe(`ANALYZE "DeliveryRollupDay", "AttributionRollupDay"`);
    await tx.reportingTimeZone.update({ where: { tz }, data: { readyAt: new Date() } });
    return rows;
  }, { timeout: 30 * 60_000, maxWait: 60_000 });
}

async function copyBuckets(tx: Tx, provider: DbProvider, tz: string) {
  const [d, a] = await Promise.all([
    tx.deliveryRollup.aggregate({ _min: { bucket: true }, _max: { bucket: true } }),
    tx.attributionRollup.aggregate({ _min: { bucket: true }, _max: { bucket: true } }),
  ]);
  const firsts = [d._min.bucket, a._min.bucket].filter((x): x is Date => !!x);
  const lasts = [d._max.bucket, a._max.bucket].filter((x): x is Date => !!x);
  if (firsts.length === 0) return { days: 0, rows: 0 };
  const first = localDay(new Date(Math.min(...firsts.map(Number))), tz);
  const last = localDay(new Date(Math.max(...lasts.map(Number))), tz);
  const total = daysBetween(first, last);
  let rows = 0;
  for (let done = 0; done < total; done += WINDOW_DAYS) {
    const from = addDays(first, done);
    const to = addDays(first, Math.min(total, done + WINDOW_DAYS) - 1);
    rows += await copyBucketsToDays(tx, provider, tz, dayRanges(from, to, tz));
  }
  return { days: total, rows };
}

export async function removeReportingZone(db: Db, tz: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.reportingTimeZone.deleteMany({ where: { tz } });
    await tx.deliveryRollupDay.deleteMany({ where: { tz } });
    await tx.attributionRollupDay.deleteMany({ where: { tz } });
    return count > 0;
  });
}

/**
 * Builds the zones still waiting for their daily totals: the UTC zone every install starts
 * with, and any build interrupted by a crash (its transaction rolled back, the zone row with it,
 * unless the row was committed earlier by a migration).
 */
export async function buildPendingZones(db: Db, provider: DbProvider): Promise<string[]> {
  const pending = await db.reportingTimeZone.findMany({ where: { readyAt: null }, select: { tz: true } });
  const built: string[] = [];
  for (const { tz } of pending) {
    const started = performance.now();
    const r = await buildDailyTotals(db, provider, tz, { onlyIfPending: true });
    logger.info("built daily reconciliation totals", { tz, days: r.days, rows: r.rows, ms: Math.round(performance.now() - started) });
    built.push(tz);
  }
  return built;
}

/** Adds `tz` as a reporting time zone (or rebuilds it) and returns once its daily totals are ready. */
export async function addReportingZone(db: Db, provider: DbProvider, actor: AuditActor, tz: string) {
  const existing = await db.reportingTimeZone.findMany({ select: { tz: true } });
  if (!existing.some((z) => z.tz === tz) && existing.length >= MAX_REPORTING_ZONES) {
    throw conflict(`At most ${MAX_REPORTING_ZONES} reporting time zones; remove one first`, { tz: [`${MAX_REPORTING_ZONES} zones are already kept`] });
  }
  const started = performance.now();
  const built = await buildDailyTotals(db, provider, tz);
  const ms = Math.round(performance.now() - started);
  await recordAudit(db, actor, "reporting_zone.build", { type: "reporting_zone", id: tz }, { days: built.days, rows: built.rows, ms });
  const row = await db.reportingTimeZone.findUniqueOrThrow({ where: { tz } });
  return { zone: toZone(row), days: built.days, rows: built.rows, ms };
}

export async function deleteReportingZone(db: Db, actor: AuditActor, tz: string) {
  if (!(await removeReportingZone(db, tz))) throw notFound("Reporting time zone");
  await recordAudit(db, actor, "reporting_zone.remove", { type: "reporting_zone", id: tz });
}
