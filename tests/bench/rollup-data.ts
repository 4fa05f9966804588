// The reconciliation benchmark's data set: quarter-hour rollup rows as ingest and the worker would
// have left them, generated from a fixed seed so that every run, on either database, measures the
// same rows. Generation is shared; only the writer differs (better-sqlite3 into a file, or pg
// into a PostgreSQL database in multi-row INSERTs).
import Database from "better-sqlite3";
import pg from "pg";
import { newId } from "@/lib/ids";

const BUCKET_MS = 15 * 60_000;
export const EVENTS: [name: string, share: number, currency: string][] = [
  ["install", 0.45, ""],
  ["registration", 0.2, ""],
  ["purchase", 0.15, "USD"],
  ["level_up", 0.1, ""],
  ["trial", 0.06, ""],
  ["subscribe", 0.04, "EUR"],
];
// Shares of a delivery's final status (pending only in the last day: the worker keeps up).
const OUTCOMES: [status: string, share: number][] = [
  ["delivered", 0.88],
  ["filtered", 0.05],
  ["failed", 0.04],
  ["expired", 0.015],
  ["skipped", 0.015],
];

const TABLES = {
  Network: ["id", "slug", "name", "urlTemplate", "createdAt", "updatedAt"],
  DeliveryRollup: ["bucket", "networkId", "eventName", "status", "currency", "count", "revenueMicros"],
  AttributionRollup: ["bucket", "networkSlug", "eventName", "currency", "count", "revenueMicros"],
} as const;
type Table = keyof typeof TABLES;
/** One row, its values in the order of TABLES[table]. */
type Row = (string | number)[];

export interface RollupShape {
  deliveries: number;
  networks: number;
  days: number;
}
export interface RollupData {
  lastDay: string;
  deliveries: number;
  rollupRows: number;
}

/** Takes the generated rows one day at a time, each day in the generator's order. */
export interface RollupWriter {
  networks(rows: Row[]): Promise<void>;
  day(rows: { deliveries: Row[]; attributions: Row[] }): Promise<void>;
  /** Gathers planner statistics (and on PostgreSQL vacuums), as a long-running install would have them. */
  analyze(): Promise<void>;
  /** Lets go of the database, also after a failure. */
  close(): Promise<void>;
}

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
  do {
    k++;
    p *= rnd();
  } while (p > l);
  return k - 1;
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** Writes rollups worth about `o.deliveries` deliveries; returns the last day and how many were written. */
export async function generateRollups(writer: RollupWriter, o: RollupShape): Promise<RollupData> {
  try {
    return await generate(writer, o);
  } finally {
    await writer.close();
  }
}

async function generate(writer: RollupWriter, o: RollupShape): Promise<RollupData> {
  const rnd = prng(42);
  const end = Date.UTC(2026, 9, 31); // exclusive: the data set ends on 2026-10-30
  const start = end - o.days * 86_400_000;
  const networkWeights = Array.from({ length: o.networks }, (_, i) => 1 / (i + 1) ** 0.7);
  const wSum = networkWeights.reduce((a, b) => a + b, 0);
  // Fewer conversions at night (UTC-ish), more in the afternoon.
  const diurnal = Array.from(
    { length: 96 },
    (_, b) => 0.35 + 0.65 * (0.5 - 0.5 * Math.cos(((b - 20) / 96) * 2 * Math.PI)),
  );
  const dSum = diurnal.reduce((a, b) => a + b, 0);
  const perDay = o.deliveries / o.days;

  // Real ids are UUIDs: their length matters to how fast the database groups by them.
  const ids = Array.from({ length: o.networks }, () => newId());
  await writer.networks(
    ids.map((id, n) => [
      id,
      `network-${n}`,
      `Network ${n}`,
      "https://example.com/pb?c={click_id}",
      iso(start),
      iso(start),
    ]),
  );

  let deliveries = 0;
  let rows = 0;
  for (let day = 0; day < o.days; day++) {
    const recent = day >= o.days - 1;
    const out = { deliveries: [] as Row[], attributions: [] as Row[] };
    for (let b = 0; b < 96; b++) {
      const bucket = iso(start + (day * 96 + b) * BUCKET_MS);
      for (let n = 0; n < o.networks; n++) {
        for (const [event, share, currency] of EVENTS) {
          const mean = perDay * (networkWeights[n] / wSum) * share * (diurnal[b] / dSum);
          const total = poisson(mean, rnd);
          if (total === 0) continue;
          const price = currency ? 4_990_000 : 0;
          out.attributions.push([bucket, `network-${n}`, event, currency, total, total * price]);
          let left = total;
          let sentToWorker = 0;
          for (const [status, p] of OUTCOMES.slice(1)) {
            const k = Math.min(left, poisson(total * p, rnd));
            if (k === 0) continue;
            left -= k;
            if (status === "failed") sentToWorker += k;
            out.deliveries.push([bucket, ids[n], event, status, "", k, 0]);
          }
          const pending = recent ? Math.min(left, poisson(left * 0.1, rnd)) : 0;
          left -= pending;
          sentToWorker += left + pending;
          if (left > 0) out.deliveries.push([bucket, ids[n], event, "delivered", currency, left, left * price]);
          // Ingest counts a send-able delivery as pending and the worker moves it on, leaving the pending row at zero.
          if (sentToWorker > 0) out.deliveries.push([bucket, ids[n], event, "pending", currency, pending, 0]);
          deliveries += total;
        }
      }
    }
    rows += out.deliveries.length;
    await writer.day(out);
  }
  await writer.analyze();
  return { lastDay: new Date(end - 86_400_000).toISOString().slice(0, 10), deliveries, rollupRows: rows };
}

const columnList = (table: Table) => TABLES[table].map((c) => `"${c}"`).join(", ");

/** Writes into a migrated SQLite file, one transaction per day. */
export function sqliteRollupWriter(file: string): RollupWriter {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const insert = (table: Table) => {
    const stmt = db.prepare(
      `INSERT INTO "${table}" (${columnList(table)}) VALUES (${TABLES[table].map(() => "?").join(", ")})`,
    );
    return db.transaction((rows: Row[]) => {
      for (const r of rows) stmt.run(r);
    });
  };
  const networks = insert("Network");
  const deliveries = insert("DeliveryRollup");
  const attributions = insert("AttributionRollup");
  const day = db.transaction((d: { deliveries: Row[]; attributions: Row[] }) => {
    // Nested better-sqlite3 transactions become savepoints inside this one.
    attributions(d.attributions);
    deliveries(d.deliveries);
  });
  return {
    networks: async (rows) => {
      networks(rows);
    },
    day: async (d) => {
      day(d);
    },
    analyze: async () => {
      db.exec("ANALYZE");
    },
    close: async () => {
      db.close();
    },
  };
}

/** Rows per INSERT: ~7,000 parameters, well under PostgreSQL's 65,535, and few round trips. */
const PG_BATCH = 1000;

/** Writes into a migrated PostgreSQL database, one transaction per day, in multi-row INSERTs. */
export async function pgRollupWriter(url: string): Promise<RollupWriter> {
  const client = new pg.Client({ connectionString: url });
  // A connection ended under us (the database dropped on an interrupt) fails the pending query;
  // without a listener it would also throw as an unhandled 'error' event.
  client.on("error", () => {});
  await client.connect();
  // A throw-away database: losing the last commits on a crash costs nothing, waiting for each flush does.
  await client.query("SET synchronous_commit = off").catch(async (e) => {
    await client.end();
    throw e;
  });
  const insertSql = (table: Table, rows: number) => {
    const width = TABLES[table].length;
    const tuples = Array.from(
      { length: rows },
      (_, r) => `(${TABLES[table].map((_, c) => `$${r * width + c + 1}`).join(", ")})`,
    );
    return `INSERT INTO "${table}" (${columnList(table)}) VALUES ${tuples.join(", ")}`;
  };
  const fullBatch = new Map<Table, string>();
  const insert = async (table: Table, rows: Row[]) => {
    for (let i = 0; i < rows.length; i += PG_BATCH) {
      const batch = rows.slice(i, i + PG_BATCH);
      const full = batch.length === PG_BATCH;
      if (full && !fullBatch.has(table)) fullBatch.set(table, insertSql(table, PG_BATCH));
      // Full batches reuse one prepared statement per table: parsed and planned once.
      const text = full ? fullBatch.get(table)! : insertSql(table, batch.length);
      await client.query({ name: full ? `bench-${table}` : undefined, text, values: batch.flat() });
    }
  };
  const inTransaction = async (work: () => Promise<void>) => {
    await client.query("BEGIN");
    try {
      await work();
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    }
  };
  return {
    networks: (rows) => inTransaction(() => insert("Network", rows)),
    day: (d) =>
      inTransaction(async () => {
        await insert("AttributionRollup", d.attributions);
        await insert("DeliveryRollup", d.deliveries);
      }),
    // Vacuumed too, as autovacuum leaves a long-running install: all-visible pages, and no
    // insert-triggered autovacuum of a GB of new rows competing with the timed reads.
    analyze: async () => {
      await client.query("VACUUM (ANALYZE)");
    },
    close: () => client.end(),
  };
}
