// Reconciliation query time over a large, realistic rollup data set: quarter-hour rollup rows are
// written directly (as ingest and the worker would have left them) into a fresh SQLite or
// PostgreSQL database, a DST-observing reporting time zone's daily totals are built from them with
// the code the app uses, then the same reconcile() the API calls is timed over the last 30 and 90
// days: in that zone (daily totals, the figure with the target) and in a zone that is not a
// reporting zone (the quarter-hour fallback, for comparison).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db, type DbProvider } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { addDays } from "@/lib/reconciliation/days";
import { reconcile } from "@/lib/reconciliation/reconcile";
import { buildDailyTotals } from "@/lib/reconciliation/reporting-zones";
import { reconciliationQuerySchema } from "@/lib/reconciliation/schemas";
import {
  EVENTS,
  generateRollups,
  pgRollupWriter,
  type RollupData,
  type RollupWriter,
  sqliteRollupWriter,
} from "./rollup-data";

const DEFAULT_PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** A fresh, empty database for one run, and how to get rid of it. */
interface Scratch {
  name: string;
  url: string;
  writer(): Promise<RollupWriter>;
  drop(): Promise<void>;
}

/** Both the signal handler and the normal path drop the database: the second waits for the first. */
function once(drop: () => Promise<void>): () => Promise<void> {
  let dropping: Promise<void> | undefined;
  return () => (dropping ??= drop());
}

function sqliteScratch(): Scratch {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ricochet-bench-recon-"));
  const file = path.join(dir, "recon.db");
  return {
    name: "SQLite",
    url: `file:${file}`,
    writer: async () => sqliteRollupWriter(file),
    drop: once(async () => rmSync(dir, { recursive: true, force: true })),
  };
}

/** Creates a uniquely named database next to the one `adminUrl` names (which only has to allow CREATE DATABASE). */
async function pgScratch(adminUrl: string): Promise<Scratch> {
  const dbName = `ricochet_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = async <T>(work: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  };
  const version = await admin(async (c) => {
    await c.query(`CREATE DATABASE "${dbName}"`);
    return (await c.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version.split(" ")[0];
  });
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return {
    name: `PostgreSQL ${version}`,
    url: url.toString(),
    writer: () => pgRollupWriter(url.toString()),
    // FORCE (PostgreSQL 13+) ends the connections a failed run may have left open.
    drop: once(() =>
      admin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      }),
    ),
  };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export interface ReconciliationBench {
  database: string;
  rows: number;
  p50Ms: number;
  p95Ms: number;
  fallbackP50Ms: number;
  buildSeconds: number;
  longestStepSeconds: number;
}

export async function benchReconciliation(opts: {
  rows: number;
  quick: boolean;
  provider: DbProvider;
  pgAdminUrl?: string;
}): Promise<ReconciliationBench> {
  const scratch =
    opts.provider === "sqlite" ? sqliteScratch() : await pgScratch(opts.pgAdminUrl ?? DEFAULT_PG_ADMIN_URL);
  // An interrupted run still drops its database: a full data set is a few GB on PostgreSQL.
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    console.error(`\n${signal}: dropping the benchmark database`);
    scratch.drop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  let db: Db | undefined;
  try {
    await migrateDatabase(scratch.url);
    const shape = opts.quick ? { networks: 10, days: 90 } : { networks: 20, days: 180 };
    const t0 = performance.now();
    const data = await generateRollups(await scratch.writer(), { deliveries: opts.rows, ...shape });
    const genSeconds = (performance.now() - t0) / 1000;

    db = createDb(scratch.url);
    const reporting = "America/New_York";
    const t1 = performance.now();
    // Writers wait for one step of the build at most (each step holds the bucket lock): time the longest.
    let stepStart = t1,
      longestStep = 0,
      steps = 0;
    await buildDailyTotals(db, opts.provider, reporting, {
      onProgress: () => {
        const now = performance.now();
        longestStep = Math.max(longestStep, now - stepStart);
        stepStart = now;
        steps++;
      },
    });
    const buildSeconds = (performance.now() - t1) / 1000;
    const longestStepSeconds = longestStep / 1000;
    // Built after the data set's ANALYZE: without statistics the planner takes the new daily
    // totals for a single row. Autovacuum would have analyzed them by the first read (if it is on).
    if (opts.provider === "postgresql")
      await db.$executeRawUnsafe(`ANALYZE "DeliveryRollupDay", "AttributionRollupDay"`);

    const m = await measure(db, opts.provider, data, reporting, opts.quick ? 3 : 7);
    console.log(
      `Reconciliation data set on ${scratch.name}: ${data.deliveries.toLocaleString("en-US")} deliveries in ${data.rollupRows.toLocaleString("en-US")} delivery rollup rows, ${shape.networks} networks × ${EVENTS.length} events × ${shape.days} days (generated in ${genSeconds.toFixed(0)} s; ${reporting} daily totals built in ${buildSeconds.toFixed(1)} s, ${steps} steps, the longest, which writers may wait for, ${longestStepSeconds.toFixed(2)} s)`,
    );
    console.table(m.table);
    return {
      database: scratch.name,
      rows: data.deliveries,
      p50Ms: m.p50Ms,
      p95Ms: m.p95Ms,
      fallbackP50Ms: m.fallbackP50Ms,
      buildSeconds,
      longestStepSeconds,
    };
  } catch (e) {
    // Dropping the database ends the connections under the running step: its error is only the echo.
    if (interrupted) {
      await scratch.drop();
      process.exit(130);
    }
    throw e;
  } finally {
    await db?.$disconnect();
    await scratch.drop();
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
}

/** Times reconcile() over the last 30 and 90 days, in the reporting zone and in one that is not. */
async function measure(db: Db, provider: DbProvider, data: RollupData, reporting: string, runs: number) {
  const daily: number[] = [];
  const fallback: number[] = [];
  const table: Record<string, Record<string, string>> = {};
  for (const [tz, into, label] of [
    [reporting, daily, "daily totals"],
    ["Asia/Kolkata", fallback, "quarter-hour buckets"],
  ] as const) {
    for (const days of [30, 90]) {
      const q = reconciliationQuerySchema.parse({ from: addDays(data.lastDay, -(days - 1)), to: data.lastDay, tz });
      const warm = await reconcile(db, provider, q); // and the page cache
      if (warm.source !== (tz === reporting ? "daily_totals" : "quarter_hour_buckets"))
        throw new Error(`${tz} read ${warm.source}`);
      const own: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        await reconcile(db, provider, q);
        own.push(performance.now() - s);
      }
      own.sort((a, b) => a - b);
      into.push(...own);
      table[`${tz}, last ${days} days`] = {
        source: label,
        "p50 ms": percentile(own, 0.5).toFixed(0),
        "p95 ms": percentile(own, 0.95).toFixed(0),
        "result rows": warm.rows.length.toLocaleString("en-US"),
      };
    }
  }
  daily.sort((a, b) => a - b);
  fallback.sort((a, b) => a - b);
  return {
    table,
    p50Ms: percentile(daily, 0.5),
    p95Ms: percentile(daily, 0.95),
    fallbackP50Ms: percentile(fallback, 0.5),
  };
}
