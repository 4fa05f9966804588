// Raw HTTP rate of Ricochet's outbound client vs end-to-end ingest → postback rate, same receiver, same run.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { deliveriesCsvStream } from "@/lib/deliveries/export-csv";
import { deliveryListQuerySchema } from "@/lib/deliveries/schemas";
import { ingestEvents } from "@/lib/events/ingest";
import { createNetwork } from "@/lib/networks/mutations";
import { parseAllowList, sendRequest } from "@/lib/outbound";
import { startWorker } from "@/lib/worker/runner";
import { startReceiverProcess } from "./receiver-process";

const allow = parseAllowList("127.0.0.1/32");

async function benchRawHttp(url: string, total: number, concurrency: number) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const r = await sendRequest({
          method: "GET",
          url: `${url}/pb?c=${next}`,
          headers: [],
          body: null,
          connectTimeoutMs: 5000,
          timeoutMs: 15000,
          allow,
        });
        if (r.status !== 200) throw new Error(`raw request failed: ${r.errorMessage ?? r.status}`);
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

async function benchEndToEnd(url: string, receivedSoFar: () => Promise<number>, events: number, concurrency: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ricochet-bench-"));
  const dbUrl = `file:${path.join(dir, "bench.db")}`;
  await migrateDatabase(dbUrl);
  const db = createDb(dbUrl);
  const actor = { type: "system" as const, label: "bench" };
  await createNetwork(db, actor, {
    name: "Bench",
    slug: "bench",
    postback: { method: "GET", url: `${url}/pb?c={click_id}&e={event_name}&r={revenue}&cur={currency}` },
    rules: [{ eventName: "purchase", sendRevenue: true }],
    concurrency: Math.min(concurrency, 256),
  });
  const before = await receivedSoFar();
  const worker = startWorker({ db, provider: "sqlite", allow, concurrency, batchSize: 500, pollMs: 20 });
  const started = performance.now();
  let ingestMs = 0;
  for (let i = 0; i < events; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, events - i) }, (_, j) => ({
      id: `b-${i + j}`,
      name: "purchase",
      occurredAt: new Date().toISOString(),
      network: "bench",
      clickId: `c-${i + j}`,
      revenue: "1.99",
      currency: "USD",
    }));
    const t0 = performance.now();
    await ingestEvents(db, "sqlite", "bench", batch);
    ingestMs += performance.now() - t0;
  }
  // The clock stops when the receiver has every postback: that is what a network experiences.
  while ((await receivedSoFar()) - before < events) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  await waitUntilRecorded(db, events);
  await worker.stop();
  // The delivery log's CSV download of the whole run, read to the end as a browser would.
  const t1 = performance.now();
  const reader = deliveriesCsvStream(
    db,
    deliveryListQuerySchema.parse({ network: "bench", format: "csv" }),
  ).getReader();
  let lines = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read())
    for (const byte of r.value) if (byte === 10) lines++;
  if (lines !== events + 1) throw new Error(`CSV export wrote ${lines} lines for ${events} deliveries`);
  const csvRowsPerSec = events / ((performance.now() - t1) / 1000);
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
  return { postbacksPerSec: events / seconds, ingestPerSec: events / (ingestMs / 1000), seconds, csvRowsPerSec };
}

async function waitUntilRecorded(db: ReturnType<typeof createDb>, events: number) {
  while ((await db.delivery.count({ where: { status: "delivered" } })) < events)
    await new Promise((r) => setTimeout(r, 50));
}

export async function benchDelivery(opts: { quick: boolean }) {
  const rx = await startReceiverProcess();
  try {
    const n = opts.quick ? 3000 : 20000;
    const concurrency = 64;
    await benchRawHttp(rx.url, 500, concurrency); // warm-up: connections and JIT
    const rawHttpPerSec = await benchRawHttp(rx.url, n, concurrency);
    const e2e = await benchEndToEnd(rx.url, rx.count, n, concurrency);
    const received = await rx.count();
    return { events: n, concurrency, rawHttpPerSec, ...e2e, ratio: e2e.postbacksPerSec / rawHttpPerSec, received };
  } finally {
    rx.stop();
  }
}
