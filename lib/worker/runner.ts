import "server-only";
import { hostname } from "node:os";
import type { Db, DbProvider } from "../db/client";
import { newId } from "../ids";
import { logger } from "../log";
import type { AllowList } from "../outbound";
import { claimDueDeliveries, dueCountsByNetwork } from "./claim";
import { HEARTBEAT_MS, HEARTBEAT_STALE_MS, LEASE_MARGIN_MS, RESULT_FLUSH_MAX, RESULT_FLUSH_MS } from "./constants";
import { executeAttempt, type AttemptRecord, type DeliveryWithEvent } from "./execute-attempt";
import { loadNetworkRuntimes, type NetworkRuntime } from "./network-runtime";
import { persistResults } from "./persist-results";
import { TokenBucket } from "./token-bucket";

export interface WorkerOptions {
  db: Db;
  provider: DbProvider;
  allow: AllowList;
  concurrency: number;
  batchSize: number;
  pollMs: number;
  id?: string;
}

export interface WorkerHandle {
  id: string;
  stop(): Promise<void>;
  /** Resolves when no delivery is due or in flight (tests and the benchmark wait on it). */
  stats(): { sent: number; inFlight: number; flushes: number };
}

const CONFIG_TTL_MS = 2_000;

/**
 * The delivery loop: claim due rows per network within that network's concurrency and rate
 * budget, send them, and write outcomes back in groups. Any number of these may run, in one
 * process or many; the claim makes each attempt belong to exactly one of them.
 */
export function startWorker(o: WorkerOptions): WorkerHandle {
  const id = o.id ?? `${hostname()}:${process.pid}:${newId().slice(-6)}`;
  let running = true;
  let inFlight = 0;
  let sent = 0;
  let flushes = 0;
  const inFlightByNetwork = new Map<string, number>();
  const buckets = new Map<string, TokenBucket>();
  let pending: AttemptRecord[] = [];
  let networks = new Map<string, NetworkRuntime>();
  let networksLoadedAt = 0;
  let liveWorkers = 1;
  let wake: (() => void) | null = null;
  const startedAt = new Date();

  const nudge = () => wake?.();
  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(() => { wake = null; resolve(); }, ms);
    wake = () => { clearTimeout(t); wake = null; resolve(); };
  });

  async function refreshNetworks() {
    if (Date.now() - networksLoadedAt < CONFIG_TTL_MS) return;
    networks = await loadNetworkRuntimes(o.db);
    networksLoadedAt = Date.now();
    for (const n of networks.values()) {
      if (!n.rateLimitPerSec) continue;
      // A network's rate limit is shared by every live worker process.
      const share = Math.max(1, n.rateLimitPerSec / liveWorkers);
      const b = buckets.get(n.id);
      if (b) b.setRate(share);
      else buckets.set(n.id, new TokenBucket(share));
    }
  }

  async function heartbeat() {
    const now = new Date();
    await o.db.workerHeartbeat.upsert({
      where: { id },
      create: { id, hostname: hostname(), pid: process.pid, startedAt, lastSeenAt: now },
      update: { lastSeenAt: now, stats: JSON.stringify({ sent, inFlight }) },
    });
    liveWorkers = Math.max(1, await o.db.workerHeartbeat.count({ where: { lastSeenAt: { gte: new Date(now.getTime() - HEARTBEAT_STALE_MS) } } }));
  }

  let flushing: Promise<void> = Promise.resolve();
  function flush() {
    if (pending.length === 0) return flushing;
    const batch = pending;
    pending = [];
    flushing = flushing.then(async () => {
      for (let tries = 0; ; tries++) {
        try {
          await persistResults(o.db, o.provider, id, batch);
          flushes++;
          return;
        } catch (err) {
          // Outcomes stay in memory until written; the leases keep other workers off these rows meanwhile.
          logger.error("could not record delivery outcomes; retrying", { worker: id, count: batch.length, err });
          if (tries >= 5) { pending.unshift(...batch); return; }
          await new Promise((r) => setTimeout(r, 500 * (tries + 1)));
        }
      }
    });
    return flushing;
  }

  async function runOne(d: DeliveryWithEvent, n: NetworkRuntime) {
    try {
      const wait = buckets.get(n.id)?.take() ?? 0;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const record = await executeAttempt(d, n, o.allow);
      pending.push(record);
      sent++;
      if (pending.length >= RESULT_FLUSH_MAX) void flush();
    } catch (err) {
      logger.error("delivery attempt crashed; the lease will expire and it will be retried", { deliveryId: d.id, err });
    } finally {
      inFlight--;
      inFlightByNetwork.set(n.id, (inFlightByNetwork.get(n.id) ?? 1) - 1);
      nudge();
    }
  }

  async function tick(): Promise<number> {
    await refreshNetworks();
    const free = o.concurrency - inFlight;
    if (free <= 0) return 0;
    const now = new Date();
    const due = await dueCountsByNetwork(o.db, o.provider, now);
    let started = 0;
    for (const [networkId, count] of due) {
      const n = networks.get(networkId);
      if (!n || n.status !== "active") continue;
      const room = Math.min(
        count, o.batchSize, o.concurrency - inFlight, n.concurrency - (inFlightByNetwork.get(networkId) ?? 0),
        buckets.get(networkId)?.available() ?? Infinity,
      );
      if (room <= 0) continue;
      const leaseMs = n.timeoutMs + n.connectTimeoutMs + LEASE_MARGIN_MS;
      const ids = await claimDueDeliveries(o.db, o.provider, { networkId, limit: room, workerId: id, leaseMs, now });
      if (ids.length === 0) continue;
      const rows = await o.db.delivery.findMany({ where: { id: { in: ids } }, include: { event: true } });
      for (const d of rows) {
        inFlight++;
        inFlightByNetwork.set(networkId, (inFlightByNetwork.get(networkId) ?? 0) + 1);
        started++;
        void runOne(d, n);
      }
    }
    return started;
  }

  const loop = (async () => {
    let lastBeat = 0;
    while (running) {
      try {
        if (Date.now() - lastBeat > HEARTBEAT_MS) { await heartbeat(); lastBeat = Date.now(); }
        const started = await tick();
        await flush();
        if (started === 0) await sleep(inFlight > 0 ? RESULT_FLUSH_MS : o.pollMs);
        else if (inFlight >= o.concurrency) await sleep(RESULT_FLUSH_MS);
      } catch (err) {
        logger.error("worker loop error", { worker: id, err });
        await sleep(1_000);
      }
    }
  })();

  return {
    id,
    stats: () => ({ sent, inFlight, flushes }),
    async stop() {
      running = false;
      nudge();
      await loop;
      // Let requests in flight finish and record them, so a clean stop re-sends nothing.
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
      await flush();
      await o.db.workerHeartbeat.delete({ where: { id } }).catch(() => {});
    },
  };
}
