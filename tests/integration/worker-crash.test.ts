// A worker killed with SIGKILL mid-batch loses nothing, and only what it had in flight is sent again.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engine, event } from "../fixtures/engine";
import { startReceiver } from "../fixtures/receiver";
import { createTestDb, type TestDb, testProviders, waitUntil } from "../fixtures/test-db";

const providers = await testProviders();
const root = path.resolve(__dirname, "..", "..");

/**
 * The worker in one process: node with tsx as a loader. (tsx's CLI would run it in a child
 * process, and a SIGKILL to the CLI leaves that child running: no crash at all.)
 */
function spawnWorker(url: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "--conditions", "react-server", "lib/cli/main.ts", "worker"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      RICOCHET_LEASE_MARGIN_MS: "500",
      RICOCHET_WORKER_POLL_MS: "50",
      RICOCHET_LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

describe.each(providers)("worker crash on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("SIGKILL mid-batch: every event delivered, only unrecorded in-flight ones sent twice", async () => {
    const rx = await startReceiver((_r, res) => {
      setTimeout(() => res.writeHead(200).end("ok"), 60);
    });
    const e = engine(t.db, provider);
    await e.createNetwork({
      name: "Acme",
      slug: "acme",
      postback: { method: "GET", url: `${rx.url}/pb?c={click_id}` },
      rules: [{ eventName: "install" }],
      timeoutMs: 1000,
      connectTimeoutMs: 500,
      concurrency: 8,
    });
    await e.ingest(Array.from({ length: 200 }, (_, i) => event({ clickId: `k-${i}` })));

    const a = spawnWorker(t.url);
    await rx.waitFor(40, 60_000);
    a.kill("SIGKILL");
    await new Promise((r) => a.once("exit", r));
    const atKill = await t.db.delivery.findMany({ include: { event: true } });
    const recordedAtKill = new Set(atKill.filter((d) => d.status === "delivered").map((d) => d.event.clickId!));
    // What the first worker had claimed and not yet written down: its lease still held the rows.
    const heldAtKill = atKill.filter((d) => d.status === "sending");
    const heldClicks = new Set(heldAtKill.map((d) => d.event.clickId!));
    // The second worker sends to another path, so every request can be told apart by who sent it,
    // however late the receiver reads the first worker's last requests.
    await t.db.network.updateMany({ data: { urlTemplate: `${rx.url}/second?c={click_id}` } });
    e.startWorker();
    await waitUntil(
      async () => (await t.db.delivery.count({ where: { status: "delivered" } })) === 200 || undefined,
      60_000,
      "all delivered",
    );
    await e.stopWorkers();
    await rx.close();

    const clicks = (path: string) =>
      rx.requests.filter((q) => q.url.startsWith(path)).map((q) => new URL(q.url, rx.url).searchParams.get("c")!);
    const byA = clicks("/pb?"),
      byB = clicks("/second?");
    expect(new Set([...byA, ...byB]).size).toBe(200);
    expect(new Set(byA).size).toBe(byA.length);
    expect(new Set(byB).size).toBe(byB.length);
    expect(byB.filter((c) => recordedAtKill.has(c))).toEqual([]);
    // Sent twice: only rows the first worker still held when it died (sent, outcome not yet
    // flushed). How many that is depends on the machine's speed; which ones does not.
    const twice = byB.filter((c) => byA.includes(c));
    expect(twice.filter((c) => !heldClicks.has(c))).toEqual([]);
    // Held rows wait out their lease: the second worker re-sent none of them before it ran out.
    const leaseEnd = new Map(heldAtKill.map((d) => [d.event.clickId!, d.leaseUntil!.getTime()]));
    const early = rx.requests
      .filter((q) => q.url.startsWith("/second?"))
      .map((q) => ({ c: new URL(q.url, rx.url).searchParams.get("c")!, at: q.at }))
      .filter((q) => leaseEnd.has(q.c) && q.at < leaseEnd.get(q.c)!);
    expect(early).toEqual([]);
  }, 120_000);
});
