// A reporting zone's daily totals are built a week at a time, so writers only ever wait for one
// step: conversions recorded between steps, on days already built, not yet built, before the
// first or after the last, all end up in the totals, and a build a restart cut short carries on.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reconcile } from "@/lib/reconciliation/reconcile";
import {
  buildDailyTotals,
  buildPendingZones,
  listReportingZones,
  removeReportingZone,
} from "@/lib/reconciliation/reporting-zones";
import { reconciliationQuerySchema } from "@/lib/reconciliation/schemas";
import { engine } from "../fixtures/engine";
import { createTestDb, resetDb, type TestDb, testProviders, waitUntil } from "../fixtures/test-db";

const providers = await testProviders();
const TZ = "America/Los_Angeles";
const range = { from: "2025-12-01", to: "2026-06-30" };

/** Installs every 11 hours from `start` for `days` days, so local midnights are crossed at varying times. */
function installs(prefix: string, start: string, days: number) {
  const t0 = Date.parse(start);
  return Array.from({ length: Math.floor((days * 24) / 11) }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: "install",
    network: i % 3 ? "acme" : "beta",
    clickId: `${prefix}-c${i}`,
    occurredAt: new Date(t0 + i * 11 * 3_600_000).toISOString(),
  }));
}

describe.each(providers)("reporting zone build on %s", (provider) => {
  let t: TestDb;
  let ingest: (events: unknown[]) => Promise<{ accepted: number }>;

  /** Reconciliation from the daily totals, then from the buckets (the zone removed): the two must agree. */
  async function expectTotalsMatchBuckets() {
    const q = reconciliationQuerySchema.parse({ ...range, tz: TZ });
    const daily = await reconcile(t.db, provider, q);
    expect(daily.source).toBe("daily_totals");
    await removeReportingZone(t.db, TZ);
    const buckets = await reconcile(t.db, provider, q);
    expect(buckets.source).toBe("quarter_hour_buckets");
    const strip = ({ generatedAt: _g, source: _s, ...rest }: typeof daily) => rest;
    expect(strip(daily)).toEqual(strip(buckets));
    return daily;
  }

  beforeAll(async () => {
    t = await createTestDb(provider);
    const e = engine(t.db, provider);
    ingest = (events) => e.ingest(events);
  });
  afterAll(async () => {
    await t.cleanup();
  });
  beforeEach(async () => {
    await resetDb(t.db);
    const e = engine(t.db, provider);
    // Paused: deliveries stay pending, so the counts only move by what the test records.
    await e.createNetwork({
      name: "Acme",
      slug: "acme",
      status: "paused",
      postback: { method: "GET", url: "http://127.0.0.1:9/a?c={click_id}" },
      rules: [{ eventName: "install" }],
    });
    await e.createNetwork({
      name: "Beta",
      slug: "beta",
      status: "paused",
      postback: { method: "GET", url: "http://127.0.0.1:9/b?c={click_id}" },
      rules: [{ eventName: "install" }],
    });
  });

  it("builds four months in steps while conversions arrive between them, and matches the buckets", async () => {
    expect((await ingest(installs("base", "2026-01-05T03:00:00Z", 120))).accepted).toBeGreaterThan(250);
    const steps: { builtDays: number; totalDays: number }[] = [];
    // Each batch lands between two steps: on days built, days not yet built, before the first day and after the last.
    const between = [
      installs("built", "2026-01-06T07:30:00Z", 10),
      installs("later", "2026-05-25T08:00:00Z", 12),
      installs("ahead", "2026-04-20T01:00:00Z", 10),
      installs("earlier", "2025-12-02T22:00:00Z", 6),
    ];
    await buildDailyTotals(t.db, provider, TZ, {
      async onProgress(p) {
        steps.push(p);
        const batch = between[steps.length - 1];
        if (batch) expect((await ingest(batch)).accepted).toBe(batch.length);
      },
    });
    expect(steps.length).toBeGreaterThanOrEqual(5);
    // Progress only moves forward, and ends complete; the total grew when later days arrived.
    for (let i = 1; i < steps.length; i++) expect(steps[i].builtDays).toBeGreaterThan(steps[i - 1].builtDays);
    expect(steps.at(-1)!.builtDays).toBe(steps.at(-1)!.totalDays);
    expect(steps.at(-1)!.totalDays).toBeGreaterThan(steps[0].totalDays);
    const zone = (await listReportingZones(t.db)).find((z) => z.tz === TZ)!;
    expect(zone).toMatchObject({ ready: true, progress: null });

    const report = await expectTotalsMatchBuckets();
    // Every recorded conversion is counted once, as attributed and as one delivery outcome.
    const recorded = await t.db.conversionEvent.count();
    const sum = (pick: (r: (typeof report.rows)[number]) => number) => report.rows.reduce((n, r) => n + pick(r), 0);
    expect(sum((r) => r.attributed)).toBe(recorded);
    expect(sum((r) => r.delivered + r.failed + r.filtered + r.expired + r.skipped + r.pending)).toBe(recorded);
  });

  it("carries on from where an interrupted build stopped", async () => {
    await ingest(installs("base", "2026-02-01T05:00:00Z", 100));
    let seen = 0;
    // A crash after the second step: the first two weeks stay built, the zone stays not ready.
    await expect(
      buildDailyTotals(t.db, provider, TZ, {
        onProgress: () => {
          if (++seen === 2) throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    const stopped = (await listReportingZones(t.db)).find((z) => z.tz === TZ)!;
    expect(stopped.ready).toBe(false);
    expect(stopped.progress!.builtDays).toBeGreaterThan(0);
    expect(stopped.progress!.builtDays).toBeLessThan(stopped.progress!.totalDays);
    // Recorded while no one builds: on built days they move the totals, on the rest only the buckets.
    await ingest(installs("meanwhile", "2026-02-03T12:00:00Z", 95));

    const resumed: number[] = [];
    await buildDailyTotals(t.db, provider, TZ, {
      resume: true,
      onProgress: (p) => {
        resumed.push(p.builtDays);
      },
    });
    // Carried on: the first step it reports is beyond what was built before the crash.
    expect(resumed[0]).toBeGreaterThan(stopped.progress!.builtDays);
    expect(await buildPendingZones(t.db, provider)).not.toContain(TZ);
    await expectTotalsMatchBuckets();
  });

  it("a live worker carries on a build whose process died", async () => {
    await ingest(installs("base", "2026-02-01T05:00:00Z", 60));
    await expect(
      buildDailyTotals(t.db, provider, TZ, {
        onProgress: () => {
          throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    expect((await listReportingZones(t.db)).find((z) => z.tz === TZ)).toMatchObject({ ready: false });
    // Just stopped: it could be a live build in another process, so it is left alone for now.
    expect(await buildPendingZones(t.db, provider, { stalledForMs: 60_000 })).not.toContain(TZ);
    // A minute on with no step, it has clearly lost its process.
    await t.db.reportingTimeZone.update({ where: { tz: TZ }, data: { stepAt: new Date(Date.now() - 61_000) } });
    const e = engine(t.db, provider);
    e.startWorker({ maintenanceMs: 50 });
    try {
      await waitUntil(
        async () => (await listReportingZones(t.db)).find((z) => z.tz === TZ)?.ready || undefined,
        20_000,
        "zone carried on",
      );
    } finally {
      await e.stopWorkers();
    }
    await expectTotalsMatchBuckets();
  });

  it("answers at once for a zone with no history, and skips a zone removed mid-build", async () => {
    expect(await buildDailyTotals(t.db, provider, TZ)).toEqual({ days: 0, rows: 0 });
    expect((await listReportingZones(t.db)).find((z) => z.tz === TZ)).toMatchObject({ ready: true });
    await ingest(installs("base", "2026-03-01T05:00:00Z", 90));
    const built = await buildDailyTotals(t.db, provider, TZ, {
      onProgress: async () => {
        await removeReportingZone(t.db, TZ);
      },
    });
    expect(built.days).toBeLessThanOrEqual(7);
    expect((await listReportingZones(t.db)).some((z) => z.tz === TZ)).toBe(false);
    expect(await t.db.deliveryRollupDay.count({ where: { tz: TZ } })).toBe(0);

    // Removed while a step is under way: the build ends cleanly and leaves nothing behind.
    let removal: Promise<boolean> | undefined;
    await buildDailyTotals(t.db, provider, TZ, {
      onProgress: () => {
        removal ??= removeReportingZone(t.db, TZ);
      },
    });
    expect(await removal).toBe(true);
    expect((await listReportingZones(t.db)).some((z) => z.tz === TZ)).toBe(false);
    expect(await t.db.deliveryRollupDay.count({ where: { tz: TZ } })).toBe(0);
    expect(await t.db.attributionRollupDay.count({ where: { tz: TZ } })).toBe(0);
  });

  it("a not-yet-built zone ignores deltas until its build begins", async () => {
    await t.db.reportingTimeZone.create({ data: { tz: TZ } });
    await ingest(installs("base", "2026-03-01T05:00:00Z", 3));
    expect(await t.db.deliveryRollupDay.count({ where: { tz: TZ } })).toBe(0);
    expect(await buildPendingZones(t.db, provider)).toContain(TZ);
    await expectTotalsMatchBuckets();
    // Carrying on a zone that was removed meanwhile does not bring it back.
    expect(await buildDailyTotals(t.db, provider, TZ, { resume: true })).toEqual({ days: 0, rows: 0 });
    expect(await t.db.reportingTimeZone.findUnique({ where: { tz: TZ } })).toBeNull();
  });
});
