// Reconciliation against ground truth: real traffic through ingest, the worker and receivers
// answering 200, 410 and 503, with events either side of local midnight in three time zones.
import { NextRequest } from "next/server";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as GET_DELIVERIES } from "@/app/api/v1/deliveries/route";
import { replayDelivery } from "@/lib/deliveries/replay";
import { toMicros } from "@/lib/money";
import { gapBreakdown } from "@/lib/reconciliation/gaps";
import { importNetworkReport, listNetworkReports } from "@/lib/reconciliation/network-reports";
import { reconcile } from "@/lib/reconciliation/reconcile";
import { reconciliationCsv } from "@/lib/reconciliation/reconciliation-csv";
import { reportCsv } from "@/lib/reconciliation/report-csv";
import { buildDailyTotals, removeReportingZone } from "@/lib/reconciliation/reporting-zones";
import { gapsQuerySchema, type ReconciliationRow, reconciliationQuerySchema } from "@/lib/reconciliation/schemas";
import { apiKeyWithRole, serveRoutesFrom } from "../fixtures/call-route";
import { engine, system } from "../fixtures/engine";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { createTestDb, resetDb, type TestDb, testProviders, waitUntil } from "../fixtures/test-db";

const providers = await testProviders();

// Either side of midnight in UTC, New York (EST, then EDT from 2026-03-08 07:00 UTC) and Kolkata (+05:30).
const instants = [
  "2026-03-07T18:15:00.000Z", // 23:45 in Kolkata
  "2026-03-07T18:45:00.000Z", // 00:15 next day in Kolkata
  "2026-03-07T23:30:00.000Z", // 23:30 UTC
  "2026-03-08T00:30:00.000Z", // 00:30 UTC
  "2026-03-08T04:45:00.000Z", // 23:45 EST
  "2026-03-08T05:15:00.000Z", // 00:15 EST
  "2026-03-08T06:59:00.000Z", // last minute before the DST change
  "2026-03-09T03:30:00.000Z", // 23:30 EDT
  "2026-03-09T04:30:00.000Z", // 00:30 EDT
];
const zones = ["UTC", "America/New_York", "Asia/Kolkata"];
// Where each zone's counts come from: UTC is listed but not built (a fresh install before start),
// New York's daily totals exist before the traffic and grow with it, Kolkata's are built after it.
const expectedSource = {
  UTC: "quarter_hour_buckets",
  "America/New_York": "daily_totals",
  "Asia/Kolkata": "daily_totals",
} as const;
const range = { from: "2026-03-06", to: "2026-03-10" };

/** The local day of an instant, computed here independently of the code under test. */
function dayIn(tz: string, at: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

interface Truth {
  attributed: number;
  delivered: number;
  failed: number;
  filtered: number;
  expired: number;
  skipped: number;
  pending: number;
  revAttributed: Map<string, bigint>;
  revSent: Map<string, bigint>;
}
const emptyTruth = (): Truth => ({
  attributed: 0,
  delivered: 0,
  failed: 0,
  filtered: 0,
  expired: 0,
  skipped: 0,
  pending: 0,
  revAttributed: new Map(),
  revSent: new Map(),
});
const addRev = (m: Map<string, bigint>, cur: string | null, v: bigint | null) => {
  if (cur && v !== null) m.set(cur, (m.get(cur) ?? 0n) + v);
};

describe.each(providers)("reconciliation on %s", (provider) => {
  let t: TestDb;
  let ok: Receiver;
  let gone: Receiver;
  let down: Receiver;

  beforeAll(async () => {
    t = await createTestDb(provider);
    await resetDb(t.db);
    ok = await startReceiver();
    gone = await startReceiver((_r, res) => {
      res.writeHead(410).end("gone");
    });
    down = await startReceiver((_r, res) => {
      res.writeHead(503).end("down");
    });
    const e = engine(t.db, provider);
    await e.createNetwork({
      name: "Alpha",
      slug: "alpha",
      postback: { method: "GET", url: `${ok.url}/a?c={click_id}&g={gaid|required}&r={revenue}&cur={currency}` },
      rules: [
        { eventName: "install", countries: ["US"] },
        { eventName: "purchase", sendRevenue: true },
      ],
    });
    await e.createNetwork({
      name: "Beta",
      slug: "beta",
      postback: { method: "GET", url: `${gone.url}/b?c={click_id}` },
      rules: [{ eventName: "install" }],
    });
    await e.createNetwork({
      name: "Gamma",
      slug: "gamma",
      postback: { method: "GET", url: `${down.url}/g?c={click_id}` },
      rules: [{ eventName: "install" }],
      retrySchedule: [0, 0],
      acceptanceWindowHours: 24,
    });
    await e.createNetwork({
      name: "Omni",
      slug: "omni",
      scope: "all",
      postback: { method: "GET", url: `${ok.url}/o?c={click_id}` },
      rules: [{ eventName: "install" }],
    });
    await e.createNetwork({
      name: "Zeta",
      slug: "zeta",
      status: "paused",
      postback: { method: "GET", url: `${ok.url}/z?c={click_id}` },
      rules: [{ eventName: "install" }],
    });

    await buildDailyTotals(t.db, provider, "America/New_York");
    const now = Date.now();
    const events: Record<string, unknown>[] = [];
    let n = 0;
    const ev = (o: Record<string, unknown>) =>
      events.push({ id: `r-${n}`, clickId: `k-${n++}`, name: "install", ...o });
    for (const at of instants) {
      const occurredAt = at;
      ev({ occurredAt, network: "alpha", country: "US", gaid: "g-1" }); // delivered
      ev({ occurredAt, network: "alpha", country: "FR", gaid: "g-1" }); // filtered by country
      ev({ occurredAt, network: "alpha", country: "US" }); // skipped: {gaid|required}
      ev({ occurredAt, network: "alpha", name: "purchase", gaid: "g-1", revenue: "4.99", currency: "USD" }); // delivered with revenue
      ev({ occurredAt, network: "alpha", name: "purchase", gaid: "g-1", revenue: "1000000.000001", currency: "EUR" });
      ev({ occurredAt, network: "beta" }); // 410: failed
      ev({ occurredAt, network: "gamma", clickAt: new Date(now - 3600_000).toISOString() }); // 503 twice: failed
      ev({ occurredAt, network: "gamma", clickAt: new Date(Date.parse(at) - 3600_000).toISOString() }); // window long over: expired
      ev({ occurredAt, network: "zeta" }); // paused: pending
      ev({ occurredAt }); // organic: only Omni (scope all) gets it
      ev({ occurredAt, network: "omni" });
      ev({ occurredAt, network: "ghost" }); // attributed to a slug no network has
    }
    const r = await e.ingest(events);
    expect(r.accepted).toBe(events.length);
    e.startWorker();
    await waitUntil(
      async () => {
        const open = await t.db.delivery.count({
          where: { status: { in: ["pending", "sending"] }, network: { slug: { not: "zeta" } } },
        });
        return open === 0 || undefined;
      },
      60_000,
      "deliveries to settle",
    );
    await e.stopWorkers();
    await buildDailyTotals(t.db, provider, "Asia/Kolkata");
  });

  afterAll(async () => {
    await Promise.all([ok?.close(), gone?.close(), down?.close()]);
    await t.cleanup();
  });

  async function groundTruth(tz: string, network?: string) {
    const events = await t.db.conversionEvent.findMany();
    const deliveries = await t.db.delivery.findMany({ include: { network: true } });
    const truth = new Map<string, Truth>();
    const at = (slug: string, day: string, event: string) => {
      const k = `${slug}|${day}|${event}`;
      if (!truth.has(k)) truth.set(k, emptyTruth());
      return truth.get(k)!;
    };
    for (const e of events) {
      if (!e.networkSlug || (network && e.networkSlug !== network)) continue;
      const x = at(e.networkSlug, dayIn(tz, e.occurredAt), e.name);
      x.attributed++;
      addRev(x.revAttributed, e.currency, e.revenueMicros);
    }
    for (const d of deliveries) {
      if (network && d.network.slug !== network) continue;
      const x = at(d.network.slug, dayIn(tz, d.occurredAt), d.eventName);
      const status = d.status === "sending" ? "pending" : d.status;
      x[status as "delivered"]++;
      if (status === "delivered") addRev(x.revSent, d.currency, d.revenueMicros);
    }
    return truth;
  }

  function expectMatches(rows: ReconciliationRow[], truth: Map<string, Truth>) {
    const got = new Map(rows.map((r) => [`${r.network}|${r.day}|${r.event}`, r]));
    expect([...got.keys()].sort()).toEqual([...truth.keys()].sort());
    for (const [key, x] of truth) {
      const r = got.get(key)!;
      const { revAttributed, revSent, ...counts } = x;
      expect({ key, ...pick(r, Object.keys(counts)) }).toEqual({ key, ...counts });
      expect(r.discrepancy).toBe(x.attributed - x.delivered);
      const revenue = new Map(r.revenue.map((l) => [l.currency, l]));
      for (const [cur, v] of revAttributed) expect(toMicros(revenue.get(cur)!.attributed!)).toBe(v);
      for (const [cur, v] of revSent) expect(toMicros(revenue.get(cur)!.sent!)).toBe(v);
      expect(r.revenue.filter((l) => l.attributed !== null).length).toBe(revAttributed.size);
      expect(r.revenue.filter((l) => l.sent !== null).length).toBe(revSent.size);
    }
  }
  const pick = (o: object, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));

  it("saw every outcome the scenario is built to produce", async () => {
    const statuses = await t.db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({
      // Alpha: the US install with a gaid and both purchases; Omni (scope all): all nine installs but Ghost's.
      delivered: instants.length * 12,
      failed: instants.length * 2,
      filtered: instants.length,
      skipped: instants.length,
      expired: instants.length,
      pending: instants.length,
    });
  });

  it.each(zones)("matches ground truth per network, %s day and event", async (tz) => {
    const q = reconciliationQuerySchema.parse({ ...range, tz });
    const result = await reconcile(t.db, provider, q);
    expect(result.source).toBe(expectedSource[tz as keyof typeof expectedSource]);
    expectMatches(result.rows, await groundTruth(tz));
    // Totals are the sums of the rows.
    const sum = (k: "attributed" | "delivered" | "failed") => result.rows.reduce((s, r) => s + r[k], 0);
    expect(result.totals.attributed).toBe(sum("attributed"));
    expect(result.totals.delivered).toBe(sum("delivered"));
    expect(result.byDay.reduce((s, d) => s + d.failed, 0)).toBe(sum("failed"));
    expect(result.byDay.map((d) => d.day)).toEqual([
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);
  });

  it("splits the same events into different days per time zone", async () => {
    const days = async (tz: string) => {
      const r = await reconcile(t.db, provider, reconciliationQuerySchema.parse({ ...range, tz, network: "beta" }));
      return Object.fromEntries(r.byDay.filter((d) => d.attributed).map((d) => [d.day, d.attributed]));
    };
    expect(await days("UTC")).toEqual({ "2026-03-07": 3, "2026-03-08": 4, "2026-03-09": 2 });
    expect(await days("America/New_York")).toEqual({ "2026-03-07": 5, "2026-03-08": 3, "2026-03-09": 1 });
    expect(await days("Asia/Kolkata")).toEqual({ "2026-03-07": 1, "2026-03-08": 6, "2026-03-09": 2 });
  });

  it("the New York day of the DST change is 23 hours long", async () => {
    const r = await reconcile(
      t.db,
      provider,
      reconciliationQuerySchema.parse({ from: "2026-03-08", to: "2026-03-08", tz: "America/New_York" }),
    );
    const [d] = r.byDay;
    expect(d.start).toBe("2026-03-08T05:00:00.000Z");
    expect(d.end).toBe("2026-03-09T04:00:00.000Z");
  });

  it("filters to one network and keeps exact revenue", async () => {
    const r = await reconcile(
      t.db,
      provider,
      reconciliationQuerySchema.parse({ ...range, tz: "Asia/Kolkata", network: "alpha" }),
    );
    expectMatches(r.rows, await groundTruth("Asia/Kolkata", "alpha"));
    expect(new Set(r.rows.map((x) => x.network))).toEqual(new Set(["alpha"]));
    const eur = r.totals.revenue.find((l) => l.currency === "EUR")!;
    expect(eur.attributed).toBe("9000000.000009");
    expect(eur.sent).toBe("9000000.000009");
    expect(r.totals.revenue.find((l) => l.currency === "USD")).toMatchObject({ attributed: "44.91", sent: "44.91" });
  });

  it("reports attributions to a slug without a network, and deliveries beyond attribution for scope all", async () => {
    const r = await reconcile(t.db, provider, reconciliationQuerySchema.parse({ ...range, tz: "UTC" }));
    const ghost = r.byNetwork.find((n) => n.network === "ghost")!;
    expect(ghost).toMatchObject({
      configured: false,
      attributed: instants.length,
      delivered: 0,
      discrepancy: instants.length,
    });
    const omni = r.byNetwork.find((n) => n.network === "omni")!;
    // Omni takes every install whatever the attribution, so it delivers more than it was attributed.
    expect(omni.attributed).toBe(instants.length);
    expect(omni.delivered).toBeGreaterThan(omni.attributed);
    expect(omni.discrepancy).toBeLessThan(0);
  });

  it("exports the same numbers as CSV, one line per network, day and event", async () => {
    const result = await reconcile(
      t.db,
      provider,
      reconciliationQuerySchema.parse({ ...range, tz: "America/New_York" }),
    );
    const csv = reconciliationCsv(result);
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(result.rows.length);
    for (const [i, line] of parsed.data.entries()) {
      const r = result.rows[i];
      expect(line.date).toBe(r.day);
      expect(line.network).toBe(r.network);
      expect(line.event).toBe(r.event);
      for (const k of [
        "attributed",
        "delivered",
        "failed",
        "filtered",
        "expired",
        "skipped",
        "pending",
        "discrepancy",
      ] as const)
        expect(Number(line[k])).toBe(r[k]);
      for (const l of r.revenue) {
        expect(line[`revenue_attributed_${l.currency}`]).toBe(l.attributed ?? "");
        expect(line[`revenue_sent_${l.currency}`]).toBe(l.sent ?? "");
      }
    }
  });

  it("breaks a day's gaps down by status and reason", async () => {
    const q = (network: string, day: string, tz = "UTC") =>
      gapBreakdown(t.db, gapsQuerySchema.parse({ network, day, tz }));
    const beta = await q("beta", "2026-03-08");
    expect(beta.groups).toEqual([
      expect.objectContaining({ status: "failed", label: "HTTP 410 gone", count: 4, lastStatusCode: 410 }),
    ]);
    expect(beta.groups[0].link).toBe(
      "/deliveries?network=beta&status=failed&time=occurred&from=2026-03-08T00%3A00%3A00.000Z&to=2026-03-09T00%3A00%3A00.000Z",
    );

    const alpha = await q("alpha", "2026-03-08", "America/New_York");
    const byLabel = Object.fromEntries(alpha.groups.map((g) => [`${g.status}: ${g.label}`, g.count]));
    expect(byLabel).toEqual({
      'filtered: country "FR" not in rule filter [US]': 3,
      "skipped: required value {gaid} is missing": 3,
    });

    const gamma = await q("gamma", "2026-03-07", "Asia/Kolkata");
    expect(gamma.totals).toEqual({ failed: 1, filtered: 0, expired: 1, skipped: 0, pending: 0 });
    expect(gamma.groups.find((g) => g.status === "failed")!.label).toMatch(
      /^HTTP 503 server error; gave up after 2 attempts/,
    );
    expect(gamma.groups.find((g) => g.status === "expired")!.label).toMatch(
      /^postback would arrive … after the click; Gamma accepts 24 h$/,
    );

    // The day's file for the network: every delivery the reconciliation row counts, whatever its outcome.
    serveRoutesFrom(t.db);
    const key = await apiKeyWithRole(t.db, "analyst");
    const res = await GET_DELIVERIES(
      new NextRequest(new URL(alpha.csv, "http://localhost"), { headers: { authorization: `Bearer ${key}` } }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(200);
    const lines = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true }).data;
    const day = (
      await reconcile(
        t.db,
        provider,
        reconciliationQuerySchema.parse({
          from: "2026-03-08",
          to: "2026-03-08",
          tz: "America/New_York",
          network: "alpha",
        }),
      )
    ).rows;
    const counted = day.reduce(
      (n, r) => n + r.delivered + r.failed + r.filtered + r.expired + r.skipped + r.pending,
      0,
    );
    expect(counted).toBeGreaterThan(0);
    expect(lines).toHaveLength(counted);
    expect(lines.filter((l) => l.status === "filtered")).toHaveLength(3);
    expect(new Set(lines.map((l) => l.network))).toEqual(new Set(["alpha"]));

    const zeta = await q("zeta", "2026-03-09");
    expect(zeta.totals.pending).toBe(2);
    expect(zeta.groups).toEqual([
      expect.objectContaining({ status: "pending", label: "waiting for the first attempt", count: 2 }),
    ]);
  });

  it("imports network reports all or nothing, flags differences and round-trips the export", async () => {
    const bad = await importNetworkReport(
      t.db,
      provider,
      system,
      [
        "date,network,event,count,revenue,currency",
        "2026-03-08,alpha,install,1,,",
        "2026-02-30,alpha,install,2,,",
        "2026-03-08,nobody,install,2,,",
        "2026-03-08,alpha,install,x,,",
        "2026-03-08,alpha,purchase,1,4.99,",
        "2026-03-08,alpha,install,5,,",
      ].join("\n"),
      { dryRun: false },
    );
    expect(bad.written).toBe(false);
    expect(bad.errors).toEqual([
      { line: 3, field: "date", message: '"2026-02-30" is not a date as YYYY-MM-DD' },
      { line: 4, field: "network", message: 'no network has the slug "nobody"' },
      { line: 5, field: "count", message: '"x" is not a whole number of 0 or more' },
      { line: 6, field: "currency", message: "is required when revenue is given" },
      { line: 7, field: "(line)", message: "repeats line 2 (same date, network, event and currency)" },
    ]);
    expect(await t.db.networkReport.count()).toBe(0);

    const tz = "UTC";
    const before = await reconcile(t.db, provider, reconciliationQuerySchema.parse({ ...range, tz, network: "alpha" }));
    const installs = before.rows.find((r) => r.day === "2026-03-08" && r.event === "install")!;
    const purchases = before.rows.find((r) => r.day === "2026-03-08" && r.event === "purchase")!;
    const good = await importNetworkReport(
      t.db,
      provider,
      system,
      [
        "date,network,event,count,revenue,currency",
        `2026-03-08,alpha,install,${installs.delivered},,`,
        `2026-03-08,ALPHA,purchase,${purchases.delivered / 2 - 1},19.96,usd`,
        `2026-03-08,alpha,purchase,${purchases.delivered / 2},"4000000.000004",EUR`,
        `2026-03-07,beta,install,3,,`,
      ].join("\r\n"),
      { dryRun: false },
    );
    expect(good).toMatchObject({ written: true, imported: 4, errors: [] });

    const after = await reconcile(t.db, provider, reconciliationQuerySchema.parse({ ...range, tz, network: "alpha" }));
    const row = (day: string, event: string) => after.rows.find((r) => r.day === day && r.event === event)!;
    expect(row("2026-03-08", "install")).toMatchObject({ reported: installs.delivered, flag: null });
    expect(row("2026-03-08", "purchase")).toMatchObject({ reported: purchases.delivered - 1, flag: "under_reported" });
    expect(row("2026-03-08", "purchase").revenue.find((l) => l.currency === "USD")!.reported).toBe("19.96");
    expect(row("2026-03-07", "install").reported).toBeNull();
    // With a wide enough tolerance the row is no longer flagged.
    const lenient = await reconcile(
      t.db,
      provider,
      reconciliationQuerySchema.parse({ ...range, tz, network: "alpha", tolerance: "50" }),
    );
    expect(lenient.rows.find((r) => r.day === "2026-03-08" && r.event === "purchase")!.flag).toBeNull();

    const exported = reportCsv(await listNetworkReports(t.db, {}));
    expect(exported).toBe(
      [
        "date,network,event,count,revenue,currency",
        "2026-03-07,beta,install,3,,",
        `2026-03-08,alpha,install,${installs.delivered},,`,
        `2026-03-08,alpha,purchase,${purchases.delivered / 2},4000000.000004,EUR`,
        `2026-03-08,alpha,purchase,${purchases.delivered / 2 - 1},19.96,USD`,
        "",
      ].join("\r\n"),
    );
    await t.db.networkReport.deleteMany();
    const again = await importNetworkReport(t.db, provider, system, exported, { dryRun: false });
    expect(again.imported).toBe(4);
    expect(reportCsv(await listNetworkReports(t.db, {}))).toBe(exported);
    // Importing the same file twice replaces rather than adds.
    await importNetworkReport(t.db, provider, system, exported, { dryRun: false });
    expect(await t.db.networkReport.count()).toBe(4);

    const dry = await importNetworkReport(
      t.db,
      provider,
      system,
      "date,network,event,count\n2026-03-09,beta,install,9\n",
      { dryRun: true },
    );
    expect(dry).toMatchObject({
      written: false,
      imported: 0,
      errors: [],
      rows: [expect.objectContaining({ line: 2, network: "beta", count: 9 })],
    });
    expect(await t.db.networkReport.count()).toBe(4);
  });

  it("daily totals equal the quarter-hour buckets, kept through replays and concurrent ingest", async () => {
    const e = engine(t.db, provider);
    const strip = ({ generatedAt: _g, source: _s, ...rest }: Awaited<ReturnType<typeof reconcile>>) => rest;
    const both = async (tz: string) => {
      const q = reconciliationQuerySchema.parse({ ...range, tz });
      const daily = await reconcile(t.db, provider, q);
      expect(daily.source).toBe("daily_totals");
      await removeReportingZone(t.db, tz);
      const buckets = await reconcile(t.db, provider, q);
      expect(buckets.source).toBe("quarter_hour_buckets");
      expect(strip(daily)).toEqual(strip(buckets));
      return buckets;
    };
    // A replay moves a failed delivery back to pending in both.
    const failed = await t.db.delivery.findFirstOrThrow({ where: { status: "failed", network: { slug: "beta" } } });
    await replayDelivery(t.db, provider, system, failed.id);
    // Ingest while Berlin's totals are being built: every event lands in both or the build sees it.
    const late = Array.from({ length: 120 }, (_, i) => ({
      id: `late-${i}`,
      clickId: `lk-${i}`,
      name: "install",
      network: i % 2 ? "beta" : "zeta",
      occurredAt: instants[i % instants.length],
    }));
    const [, ingested] = await Promise.all([
      buildDailyTotals(t.db, provider, "Europe/Berlin"),
      (async () => {
        let accepted = 0;
        for (let i = 0; i < late.length; i += 20) accepted += (await e.ingest(late.slice(i, i + 20))).accepted;
        return accepted;
      })(),
    ]);
    expect(ingested).toBe(late.length);
    for (const tz of ["America/New_York", "Europe/Berlin"]) {
      const r = await both(tz);
      expectMatches(r.rows, await groundTruth(tz));
    }
  });

  it("rejects bad parameters with the field named", () => {
    const issues = (input: Record<string, string>) => {
      const r = reconciliationQuerySchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(issues({ from: "2026-03-01", to: "2026-03-02", tz: "Mars/Olympus" })).toEqual([
      'tz: "Mars/Olympus" is not a known IANA time zone (e.g. UTC, America/New_York, Asia/Kolkata)',
    ]);
    expect(issues({ from: "2025-01-01", to: "2026-01-02" })).toEqual(["to: the range may cover at most 366 days"]);
    expect(issues({ from: "2026-03-05", to: "2026-03-01" })).toEqual(["to: must be on or after from"]);
    expect(issues({ from: "03/01/2026", to: "2026-03-01" })).toEqual(["from: must be a date as YYYY-MM-DD"]);
    expect(issues({ from: "2026-03-01", to: "2026-03-01", tolerance: "abc" })).toHaveLength(1);
    expect(issues({ from: "2025-01-01", to: "2026-01-01" })).toEqual([]);
  });
});
