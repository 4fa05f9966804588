import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db, DbProvider } from "../db/client";
import { querySql, sqlDate } from "../db/sqlite-direct";
import { conflict, notFound } from "../errors";
import { logger } from "../log";
import { copyBucketsToDays } from "./aggregate-rollups";
import { addDays, dayRanges, dayStart, daysBetween, earlierDay, localDay } from "./days";
import { MAX_REPORTING_ZONES, type ReportingZone } from "./schemas";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Days summed per step of a build, each step in its own transaction: bounds how long writers wait for it. */
const WINDOW_DAYS = 7;

export async function listReportingZones(db: Db): Promise<ReportingZone[]> {
  return (await db.reportingTimeZone.findMany({ orderBy: { tz: "asc" } })).map(toZone);
}

const toZone = (r: {
  tz: string;
  createdAt: Date;
  readyAt: Date | null;
  builtDays: number;
  totalDays: number;
}): ReportingZone => ({
  tz: r.tz,
  createdAt: r.createdAt.toISOString(),
  ready: r.readyAt !== null,
  readyAt: r.readyAt?.toISOString() ?? null,
  progress: r.readyAt ? null : { builtDays: r.builtDays, totalDays: r.totalDays },
});

/** Whether reconciliation in `tz` can read daily totals. */
export async function hasDailyTotals(db: Db, tz: string): Promise<boolean> {
  const row = await db.reportingTimeZone.findUnique({ where: { tz }, select: { readyAt: true } });
  return !!row?.readyAt;
}

/**
 * Locks the bucket tables against writers for one step of a build. On PostgreSQL, SHARE ROW
 * EXCLUSIVE conflicts with the ROW EXCLUSIVE lock bucket upserts take; on SQLite a first write
 * takes the database's single write lock. Either way a delta lands wholly before the step reads
 * the buckets (and the step sums it) or wholly after it (and sees where the build has got to).
 */
async function lockBuckets(tx: Tx, provider: DbProvider, tz: string) {
  if (provider === "postgresql") {
    await tx.$executeRawUnsafe(`LOCK TABLE "DeliveryRollup", "AttributionRollup" IN SHARE ROW EXCLUSIVE MODE`);
    await tx.$executeRawUnsafe("SET LOCAL jit = off");
    await tx.$executeRawUnsafe("SET LOCAL work_mem = '64MB'");
    await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
    // A removal waits for the step instead of deleting the zone under it.
    await tx.$queryRawUnsafe(`SELECT "tz" FROM "ReportingTimeZone" WHERE "tz" = $1 FOR UPDATE`, tz);
  } else {
    await tx.$executeRawUnsafe(`UPDATE "ReportingTimeZone" SET "tz" = "tz" WHERE "tz" = ?`, tz);
  }
}

/** The first or last bucket of one table: a lone MIN or MAX is one index probe on both databases. */
async function edgeBucket(
  tx: Tx,
  table: "DeliveryRollup" | "AttributionRollup",
  fn: "MIN" | "MAX",
): Promise<number | null> {
  const [row] = await querySql<{ b: unknown }>(tx, `SELECT ${fn}("bucket") AS "b" FROM "${table}"`, []);
  return sqlDate(row?.b)?.getTime() ?? null;
}

/** The local day in `tz` of the first or last bucket of either table (null with none), read under the build lock. */
async function edgeDay(tx: Tx, tz: string, fn: "MIN" | "MAX"): Promise<string | null> {
  const found = [await edgeBucket(tx, "DeliveryRollup", fn), await edgeBucket(tx, "AttributionRollup", fn)].filter(
    (b): b is number => b !== null,
  );
  return found.length ? localDay(new Date(fn === "MIN" ? Math.min(...found) : Math.max(...found)), tz) : null;
}

const TX = { timeout: 10 * 60_000, maxWait: 60_000 };

/**
 * Builds the daily totals of `tz` from the quarter-hour buckets, WINDOW_DAYS at a time, each
 * stretch in its own short transaction: writers wait for one stretch, never for the whole build.
 * Between stretches, deltas to days already built move the totals (`builtBefore`, read by
 * applyRollupDeltas); deltas to later days only move the buckets, which the build sums when it
 * gets there. The last stretch runs to the last bucket as it is under the lock, so nothing that
 * arrived meanwhile is missed. With `resume`, a build interrupted part-way (a crash, a restart)
 * carries on from where it stopped; otherwise the zone is rebuilt from scratch.
 */
export async function buildDailyTotals(
  db: Db,
  provider: DbProvider,
  tz: string,
  opts: { resume?: boolean; onProgress?: (p: { builtDays: number; totalDays: number }) => void | Promise<void> } = {},
): Promise<{ days: number; rows: number }> {
  const begun = await db.$transaction(async (tx) => {
    // Carrying on never brings back a zone an admin removed meanwhile.
    if (!opts.resume) await tx.reportingTimeZone.upsert({ where: { tz }, create: { tz }, update: {} });
    await lockBuckets(tx, provider, tz);
    const zone = await tx.reportingTimeZone.findUnique({ where: { tz } });
    if (!zone) return "gone";
    // Web and worker processes starting together both find a zone pending: the second carries on the first's build.
    if (opts.resume && (zone.readyAt || zone.builtBefore)) return "carry on";
    await tx.deliveryRollupDay.deleteMany({ where: { tz } });
    await tx.attributionRollupDay.deleteMany({ where: { tz } });
    const [first, last] = [await edgeDay(tx, tz, "MIN"), await edgeDay(tx, tz, "MAX")];
    await tx.reportingTimeZone.update({
      where: { tz },
      data:
        first && last
          ? {
              readyAt: null,
              builtBefore: dayStart(first, tz),
              builtDays: 0,
              totalDays: daysBetween(first, last),
              stepAt: new Date(),
            }
          : { readyAt: new Date(), builtBefore: null, builtDays: 0, totalDays: 0, stepAt: new Date() },
    });
    return first ? "build" : "empty";
  }, TX);
  if (begun === "empty" || begun === "gone") return { days: 0, rows: 0 };

  let days = 0,
    rows = 0;
  for (;;) {
    const step = await db.$transaction(async (tx) => {
      await lockBuckets(tx, provider, tz);
      const zone = await tx.reportingTimeZone.findUnique({ where: { tz } });
      // Removed meanwhile, or finished by another process.
      if (!zone || zone.readyAt || !zone.builtBefore) return null;
      const from = localDay(zone.builtBefore, tz);
      const last = (await edgeDay(tx, tz, "MAX")) ?? from;
      const stretchEnd = addDays(from, WINDOW_DAYS - 1);
      const to = last < from ? null : earlierDay(stretchEnd, last);
      const ranges = to ? dayRanges(from, to, tz) : [];
      const written = ranges.length ? await copyBucketsToDays(tx, provider, tz, ranges) : 0;
      const done = !to || to === last;
      const builtDays = zone.builtDays + ranges.length;
      const totalDays = done ? builtDays : builtDays + daysBetween(addDays(to, 1), last);
      // Fresh statistics, or a server without autovacuum plans reads of these tables as if empty.
      if (done && provider === "postgresql")
        await tx.$executeRawUnsafe(`ANALYZE "DeliveryRollupDay", "AttributionRollupDay"`);
      await tx.reportingTimeZone.update({
        where: { tz },
        data: {
          builtDays,
          totalDays,
          builtBefore: done ? null : ranges[ranges.length - 1].end,
          readyAt: done ? new Date() : null,
          stepAt: new Date(),
        },
      });
      return { days: ranges.length, rows: written, done, builtDays, totalDays };
    }, TX);
    if (!step) break;
    days += step.days;
    rows += step.rows;
    await opts.onProgress?.({ builtDays: step.builtDays, totalDays: step.totalDays });
    if (step.done) break;
  }
  return { days, rows };
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
 * with, and any build interrupted part-way by a crash or a restart (carried on where it stopped).
 */
export async function buildPendingZones(
  db: Db,
  provider: DbProvider,
  opts: { stalledForMs?: number } = {},
): Promise<string[]> {
  // With stalledForMs, a build that took a step more recently is left to the process running it.
  const stalled = opts.stalledForMs
    ? { OR: [{ stepAt: null }, { stepAt: { lt: new Date(Date.now() - opts.stalledForMs) } }] }
    : {};
  const pending = await db.reportingTimeZone.findMany({ where: { readyAt: null, ...stalled }, select: { tz: true } });
  const built: string[] = [];
  for (const { tz } of pending) {
    const started = performance.now();
    const r = await buildDailyTotals(db, provider, tz, { resume: true });
    logger.info("built daily reconciliation totals", {
      tz,
      days: r.days,
      rows: r.rows,
      ms: Math.round(performance.now() - started),
    });
    built.push(tz);
  }
  return built;
}

/** Adds `tz` as a reporting time zone (or rebuilds it) and returns once its daily totals are ready. */
export async function addReportingZone(db: Db, provider: DbProvider, actor: AuditActor, tz: string) {
  const existing = await db.reportingTimeZone.findMany({ select: { tz: true } });
  if (!existing.some((z) => z.tz === tz) && existing.length >= MAX_REPORTING_ZONES) {
    throw conflict(`At most ${MAX_REPORTING_ZONES} reporting time zones; remove one first`, {
      tz: [`${MAX_REPORTING_ZONES} zones are already kept`],
    });
  }
  const started = performance.now();
  const built = await buildDailyTotals(db, provider, tz);
  const ms = Math.round(performance.now() - started);
  await recordAudit(
    db,
    actor,
    "reporting_zone.build",
    { type: "reporting_zone", id: tz },
    { days: built.days, rows: built.rows, ms },
  );
  const row = await db.reportingTimeZone.findUniqueOrThrow({ where: { tz } });
  return { zone: toZone(row), days: built.days, rows: built.rows, ms };
}

export async function deleteReportingZone(db: Db, actor: AuditActor, tz: string) {
  if (!(await removeReportingZone(db, tz))) throw notFound("Reporting time zone");
  await recordAudit(db, actor, "reporting_zone.remove", { type: "reporting_zone", id: tz });
}
