// npm run bench [-- --quick] [-- --json] [-- --only=delivery|reconciliation] [-- --db=sqlite|postgres|both]:
// prints a table of figures; with --json, a last line of JSON. --db picks the database(s) the
// reconciliation half runs on (SQLite only by default; PostgreSQL at RICOCHET_BENCH_PG_URL).
import { randomBytes } from "node:crypto";
import type { DbProvider } from "@/lib/db/client";
import { benchDelivery } from "./delivery";
import { benchReconciliation } from "./reconciliation";

const quick = process.argv.includes("--quick");
const asJson = process.argv.includes("--json");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const dbFlag = process.argv.find((a) => a.startsWith("--db="))?.slice("--db=".length) ?? "sqlite";
const DB_FLAGS: Record<string, DbProvider[]> = {
  sqlite: ["sqlite"],
  postgres: ["postgresql"],
  both: ["sqlite", "postgresql"],
};
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(2));

async function main() {
  if (!Object.hasOwn(DB_FLAGS, dbFlag)) throw new Error(`--db=${dbFlag}: expected sqlite, postgres or both`);
  // The benchmark's receiver is on loopback, and its throw-away database needs an encryption key.
  process.env.RICOCHET_LOG_LEVEL ??= "error";
  process.env.RICOCHET_ALLOW_PRIVATE_TARGETS = "127.0.0.1/32";
  process.env.RICOCHET_SECRET_KEY ??= randomBytes(32).toString("base64");
  const figures: Record<string, number> = {};
  console.log(`Ricochet benchmark (${quick ? "quick" : "full"}) on ${process.platform}, node ${process.version}\n`);

  if (!only || only === "delivery") await delivery(figures);
  if (!only || only === "reconciliation") await reconciliation(figures);

  if (asJson)
    console.log(
      JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 100) / 100]))),
    );
  process.exit(0);
}

async function delivery(figures: Record<string, number>) {
  const d = await benchDelivery({ quick });
  figures.rawHttpPerSec = d.rawHttpPerSec;
  figures.postbacksPerSec = d.postbacksPerSec;
  figures.endToEndRatio = d.ratio;
  figures.ingestEventsPerSec = d.ingestPerSec;
  figures.csvExportRowsPerSec = d.csvRowsPerSec;
  console.log(`Delivery (SQLite, local receiver in another process, client concurrency ${d.concurrency})`);
  console.table({
    "raw HTTP (same client stack)": { "per second": fmt(d.rawHttpPerSec) },
    "end to end: ingest → postback received": { "per second": fmt(d.postbacksPerSec) },
    "ingest alone (batches of 1,000)": { "per second": fmt(d.ingestPerSec) },
    "delivery log CSV download (rows)": { "per second": fmt(d.csvRowsPerSec) },
  });
  console.log(
    `end-to-end / raw = ${(d.ratio * 100).toFixed(1)}% (target ≥ 25%); ${d.events} events in ${d.seconds.toFixed(1)} s\n`,
  );
}

async function reconciliation(figures: Record<string, number>) {
  for (const provider of DB_FLAGS[dbFlag]) {
    const r = await benchReconciliation({
      rows: quick ? 2_000_000 : 10_000_000,
      quick,
      provider,
      pgAdminUrl: process.env.RICOCHET_BENCH_PG_URL,
    });
    // SQLite's figures keep their original names; PostgreSQL's are the same with a "pg" prefix.
    const name = (figure: string) => (provider === "sqlite" ? `reconciliation${figure}` : `pgReconciliation${figure}`);
    figures[name("Rows")] = r.rows;
    figures[name("P50Ms")] = r.p50Ms;
    figures[name("P95Ms")] = r.p95Ms;
    figures[name("FallbackP50Ms")] = r.fallbackP50Ms;
    figures[name("BuildSeconds")] = r.buildSeconds;
    figures[name("LongestBuildStepSeconds")] = r.longestStepSeconds;
    console.log(
      `Reconciliation API query on ${r.database} over ${r.rows.toLocaleString("en-US")} deliveries' worth of rollups, in a reporting time zone: p50 ${r.p50Ms.toFixed(0)} ms, p95 ${r.p95Ms.toFixed(0)} ms (target < 500 ms); any other zone: p50 ${r.fallbackP50Ms.toFixed(0)} ms\n`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
