// Reconciliation query time over a large, realistic rollup data set: quarter-hour rollup rows are
// written directly (as ingest and the worker would have left them) into a fresh SQLite database,
// a DST-observing reporting time zone's daily totals are built from them with the code the app
// uses, then the same reconcile() the API calls is timed over the last 30 and 90 days: in that
// zone (daily totals, the figure with the target) and in a zone that is not a reporting zone
// (the quarter-hour fallback, for comparison).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { newId } from "@/lib/ids";
import { addDays } from "@/lib/reconciliation/days";
import { reconcile } from "@/lib/reconciliation/reconcile";
import { buildDailyTotals } from "@/lib/reconciliation/reporting-zones";
import { reconciliationQuerySchema } from "@/lib/reconciliation/schemas";

const BUCKET_MS = 15 * 60_000;
const EVENTS: [name: string, share: number, currency: string][] = [
  ["install", 0.45, ""], ["registration", 0.2, ""], ["purchase", 0.15, "USD"], ["level_up", 0.1, ""], ["trial", 0.06, ""], ["subscribe", 0.04, "EUR"],
];
// Shares of a delivery's final status (pending only in the last day: the worker keeps up).
const OUTCOMES: [status: string, share: number][] = [["delivered", 0.88], ["filtered", 0.05], ["failed", 0.04], ["expired", 0.015], ["skipped", 0.015]];

/** A small deterministic PRNG, so every run measures the same data. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(mean: number, rnd: () => number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * (rnd() + rnd() + rnd() - 1.5) * 2));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do { k++; p *= rnd(); } while (p > l);
  return k - 1;
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** Writes rollups worth about `deliveries` deliveries; returns the last day and how many were written. */
export function generateRollups(file: string, o: { deliveries: number; networks: number; days: number }) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const rnd = prng(42);
  const end = Date.UTC(2026, 9, 31); // exclusive: the data set ends on 2026-10-30
  const start = end - o.days * 86_400_000;
  const networkWeights = Array.from({ length: o.networks }, (_, i) => 1 / (i + 1) ** 0.7);
  const wSum = networkWeights.reduce((a, b) => a + b, 0);
  // Fewer conversions at night (UTC-ish), more in the afternoon.
  const diurnal = Array.from({ length: 96 }, (_, b) => 0.35 + 0.65 * (0.5 - 0.5 * Math.cos(((b - 20) / 96) * 2 * Math.PI)));
  const dSum = diurnal.reduce((a, b) => a + b, 0);
  const perDay = o.deliveries / o.days;

  const addNetwork = db.prepare(`INSERT INTO "Network" ("id", "slug", "name", "urlTemplate", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const addDelivery = db.prepare(`INSERT INTO "DeliveryRollup" ("bucket", "networkId", "eventName", "status", "currency", "count", "revenueMicros") VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const addAttribution = db.prepare(`INSERT INTO "AttributionRollup" ("bucket", "networkSlug", "eventName", "currency", "count", "revenueMicros") VALUES (?, ?, ?, ?, ?, ?)`);
  // Real ids are UUIDs: their length matters to how fast the database groups by them.
  const ids = Array.from({ length: o.networks }, () => newId());
  db.transaction(() => {
    for (let n = 0; n < o.networks; n++) addNetwork.run(ids[n], `network-${n}`, `Network ${n}`, "https://example.com/pb?c={click_id}", iso(start), iso(start));
  })();

  let deliveries = 0;
  let rows = 0;
  for (let day = 0; day < o.days; day++) {
    const recent = day >= o.days - 1;
    db.transaction(() => {
      for (let b = 0; b < 96; b++) {
        const bucket = iso(start + (day * 96 + b) * BUCKET_MS);
        for (let n = 0; n < o.networks; n++) {
          for (const [event, share, currency] of EVENTS) {
            const mean = perDay * (networkWeights[n] / wSum) * share * (diurnal[b] / dSum);
            const total = poisson(mean, rnd);
            if (total === 0) continue;
            const price = currency ? 4_990_000 : 0;
            addAttribution.run(bucket, `network-${n}`, event, currency, total, total * price);
            let left = total;
            let sentToWorker = 0;
            for (const [status, p] of OUTCOMES.slice(1)) {
              const k = Math.min(left, poisson(total * p, rnd));
              if (k === 0) continue;
              left -= k;
              if (status === "failed") sentToWorker += k;
              addDelivery.run(bucket, ids[n], event, status, "", k, 0);
              rows++;
            }
            const pending = recent ? Math.min(left, poisson(left * 0.1, rnd)) : 0;
            left -= pending;
            sentToWorker += left + pending;
            if (left > 0) { addDelivery.run(bucket, ids[n], event, "delivered", currency, left, left * price); rows++; }
            // Ingest counts a send-able delivery as pending and the worker moves it on, leaving the pending row at zero.
            if (sentToWorker > 0) { addDelivery.run(bucket, ids[n], event, "pending", currency, pending, 0); rows++; }
            deliveries += total;
          }
        }
      }
    })();
  }
  db.exec("ANALYZE");
  db.close();
  return { lastDay: new Date(end - 86_400_000).toISOString().slice(0, 10), deliveries, rollupRows: rows };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export interface ReconciliationBench { rows: number; p50Ms: number; p95Ms: number; fallbackP50Ms: number; buildSeconds: number }

export async function benchReconciliation(opts: { rows: number; quick: boolean }): Promise<ReconciliationBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ricochet-bench-recon-"));
  const file = path.join(dir, "recon.db");
  const url = `file:${file}`;
  try {
    await migrateDatabase(url);
    const shape = opts.quick ? { networks: 10, days: 90 } : { networks: 20, days: 180 };
    const t0 = performance.now();
    const data = generateRollups(file, { deliveries: opts.rows, ...shape });
    const genSeconds = (performance.now() - t0) / 1000;

    const db = createDb(url);
    const reporting = "America/New_York";
    const t1 = performance.now();
    await buildDailyTotals(db, "sqlite", reporting);
    const buildSeconds = (performance.now() - t1) / 1000;

    const runs = opts.quick ? 3 : 7;
    const daily: number[] = [];
    const fallback: number[] = [];
    const table: Record<string, Record<string, string>> = {};
    for (const [tz, into, label] of [[reporting, daily, "daily totals"], ["Asia/Kolkata", fallback, "quarter-hour buckets"]] as const) {
      for (const days of [30, 90]) {
        const q = reconciliationQuerySchema.parse({ from: addDays(data.lastDay, -(days - 1)), to: data.lastDay, tz });
        const warm = await reconcile(db, "sqlite", q); // and the page cache
        if (warm.source !== (tz === reporting ? "daily_totals" : "quarter_hour_buckets")) throw new Error(`${tz} read ${warm.source}`);
        const own: number[] = [];
        for (let i = 0; i < runs; i++) {
          const s = performance.now();
          await reconcile(db, "sqlite", q);
          own.push(performance.now() - s);
        }
        own.sort((a, b) => a - b);
        into.push(...own);
        table[`${tz}, last ${days} days`] = { source: label, "p50 ms": percentile(own, 0.5).toFixed(0), "p95 ms": percentile(own, 0.95).toFixed(0), "result rows": warm.rows.length.toLocaleString("en-US") };
      }
    }
    await db.$disconnect();
    daily.sort((a, b) => a - b);
    fallback.sort((a, b) => a - b);
    console.log(`Reconciliation data set: ${data.deliveries.toLocaleString("en-US")} deliveries in ${data.rollupRows.toLocaleString("en-US")} delivery rollup rows, ${shape.networks} networks × ${EVENTS.length} events × ${shape.days} days (generated in ${genSeconds.toFixed(0)} s; ${reporting} daily totals built in ${buildSeconds.toFixed(1)} s)`);
    console.table(table);
    return { rows: data.deliveries, p50Ms: percentile(daily, 0.5), p95Ms: percentile(daily, 0.95), fallbackP50Ms: percentile(fallback, 0.5), buildSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
