// npm run bench [-- --quick] [-- --json] [-- --only=delivery|reconciliation]: prints a table of
// figures; with --json, a last line of JSON.
import { randomBytes } from "node:crypto";
import { benchDelivery } from "./delivery";
import { benchReconciliation } from "./reconciliation";

const quick = process.argv.includes("--quick");
const asJson = process.argv.includes("--json");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(2));

async function main() {
  // The benchmark's receiver is on loopback, and its throw-away database needs an encryption key.
  process.env.RICOCHET_LOG_LEVEL ??= "error";
  process.env.RICOCHET_ALLOW_PRIVATE_TARGETS = "127.0.0.1/32";
  process.env.RICOCHET_SECRET_KEY ??= randomBytes(32).toString("base64");
  const figures: Record<string, number> = {};
  console.log(`Ricochet benchmark (${quick ? "quick" : "full"}) on ${process.platform}, node ${process.version}\n`);

  if (!only || only === "delivery") await delivery(figures);
  if (!only || only === "reconciliation") await reconciliation(figures);

  if (asJson) console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 100) / 100]))));
  process.exit(0);
}

async function delivery(figures: Record<string, number>) {
  const d = await benchDelivery({ quick });
  figures.rawHttpPerSec = d.rawHttpPerSec;
  figures.postbacksPerSec = d.postbacksPerSec;
  figures.endToEndRatio = d.ratio;
  figures.ingestEventsPerSec = d.ingestPerSec;
  console.log("Delivery (SQLite, local receiver in another process, client concurrency " + d.concurrency + ")");
  console.table({
    "raw HTTP (same client stack)": { "per second": fmt(d.rawHttpPerSec) },
    "end to end: ingest → postback received": { "per second": fmt(d.postbacksPerSec) },
    "ingest alone (batches of 1,000)": { "per second": fmt(d.ingestPerSec) },
  });
  console.log(`end-to-end / raw = ${(d.ratio * 100).toFixed(1)}% (target ≥ 25%); ${d.events} events in ${d.seconds.toFixed(1)} s\n`);
}

async function reconciliation(figures: Record<string, number>) {
  const r = await benchReconciliation({ rows: quick ? 2_000_000 : 10_000_000, quick });
  figures.reconciliationRows = r.rows;
  figures.reconciliationP50Ms = r.p50Ms;
  figures.reconciliationP95Ms = r.p95Ms;
  figures.reconciliationFallbackP50Ms = r.fallbackP50Ms;
  figures.reconciliationBuildSeconds = r.buildSeconds;
  console.log(`Reconciliation API query over ${r.rows.toLocaleString("en-US")} deliveries' worth of rollups, in a reporting time zone: p50 ${r.p50Ms.toFixed(0)} ms, p95 ${r.p95Ms.toFixed(0)} ms (target < 500 ms); any other zone: p50 ${r.fallbackP50Ms.toFixed(0)} ms\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
