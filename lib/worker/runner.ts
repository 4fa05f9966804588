import "server-only";
import { hostname } from "node:os";
import { evaluateAlerts } from "../alerts/evaluate";
import type { Db, DbProvider } from "../db/client";
import { newId } from "../ids";
import { logger } from "../log";
import type { AllowList } from "../outbound";
import { buildPendingZones } from "../reconciliation/reporting-zones";
import { claimDueDeliveries, dueCountsByNetwork } from "./claim";
import {
  ALERT_EVALUATION_MS,
  HEARTBEAT_MS,
  HEARTBEAT_STALE_MS,
  LEASE_MARGIN_MS,
  PREFETCH_FACTOR,
  RESULT_FLUSH_MAX,
  RESULT_FLUSH_MS,
  STALLED_ZONE_BUILD_MS,
} from "./constants";
import { type AttemptRecord, type DeliveryWithEvent, executeAttempt } from "./execute-attempt";
import { fetchClaimed } from "./fetch-claimed";
import { loadNetworkRuntimes, type NetworkRuntime } from "./network-runtime";
import { persistResults } from "./persist-results";
import { TokenBucket } from "./token-bucket";

export interface WorkerOptions {
  db: Db;
  provider: DbProvider;
  allow: AllowList;
  /** Requests in flight across all networks in this process. */
  concurrency: number;
  batchSize: number;
  pollMs: number;
  leaseMarginMs?: number;
  /** How often this worker offers to evaluate alerts and carry on stopped zone builds (default a minute). */
  maintenanceMs?: number;
  id?: string;
}

export interface WorkerHandle {
  id: string;
  stop(): Promise<void>;
  stats(): { sent: number; inFlight: number; queued: number; flushes: number };
}

const CONFIG_TTL_MS = 2_000;
/** How often a worker busy with some networks still counts what is due for all of them. */
const DUE_COUNT_MS = 500;

interface Lane {
  queue: DeliveryWithEvent[];
  inFlight: number;
  bucket: TokenBucket | null;
  timer: NodeJS.Timeout | null;
}

/**
 * The delivery loop. Per network it claims due rows ahead of need (up to a few times the
 * network's concurrency), sends them within that network's concurrency and rate limit, and
 * writes outcomes back in groups. Any number of workers may run, in one process or many: the
 * claim gives each attempt to exactly one of them, and one slow network fills only its own lane.
 */
export function startWorker(o: WorkerOptions): WorkerHandle {
  const id = o.id ?? `${hostname()}:${process.pid}:${newId().slice(-6)}`;
  const leaseMargin = o.leaseMarginMs ?? LEASE_MARGIN_MS;
  let running = true;
  let inFlight = 0;
  let sent = 0;
  let flushes = 0;
  const lanes = new Map<string, Lane>();
  let results: AttemptRecord[] = [];
  let networks = new Map<string, NetworkRuntime>();
  let networksLoadedAt = 0;
  let liveWorkers = 1;
  let wake: (() => void) | null = null;
  let wakeRequested = false;
  const startedAt = new Date();

  const nudge = () => {
    wakeRequested = true;
    wake?.();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (wakeRequested) {
        wakeRequested = false;
        return resolve();
      }
      const t = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(t);
        wake = null;
        wakeRequested = false;
        resolve();
      };
    });

  const lane = (networkId: string): Lane => {
    let l = lanes.get(networkId);
    if (!l) {
      l = { queue: [], inFlight: 0, bucket: null, timer: null };
      lanes.set(networkId, l);
    }
    return l;
  };

  async function refreshNetworks() {
    if (Date.now() - networksLoadedAt < CONFIG_TTL_MS) return;
    networks = await loadNetworkRuntimes(o.db);
    networksLoadedAt = Date.now();
    for (const n of networks.values()) {
      const l = lane(n.id);
      if (!n.rateLimitPerSec) {
        l.bucket = null;
        continue;
      }
      // A network's rate limit is shared by every live worker process.
      const share = Math.max(0.1, n.rateLimitPerSec / liveWorkers);
      if (l.bucket) l.bucket.setRate(share);
      else l.bucket = new TokenBucket(share);
    }
  }

  async function heartbeat() {
    const now = new Date();
    await o.db.workerHeartbeat.upsert({
      where: { id },
      create: { id, hostname: hostname(), pid: process.pid, startedAt, lastSeenAt: now },
      update: { lastSeenAt: now, stats: JSON.stringify({ sent, inFlight }) },
    });
    liveWorkers = Math.max(
      1,
      await o.db.workerHeartbeat.count({
        where: { lastSeenAt: { gte: new Date(now.getTime() - HEARTBEAT_STALE_MS) } },
      }),
    );
  }

  let flushing: Promise<void> = Promise.resolve();
  function flush(): Promise<void> {
    if (results.length === 0) return flushing;
    const batch = results;
    results = [];
    flushing = flushing.then(async () => {
      for (let tries = 0; ; tries++) {
        try {
          await persistResults(o.db, o.provider, id, batch);
          flushes++;
          return;
        } catch (err) {
          // Outcomes stay in memory until written; the leases keep other workers off these rows meanwhile.
          logger.error("could not record delivery outcomes; retrying", { worker: id, count: batch.length, err });
          if (tries >= 5) {
            results.unshift(...batch);
            return;
          }
          await new Promise((r) => setTimeout(r, 500 * (tries + 1)));
        }
      }
    });
    return flushing;
  }
  const flushTimer = setInterval(() => void flush(), RESULT_FLUSH_MS);
  // Every worker offers to evaluate alerts; a lease in the database lets one of them do it each minute.
  let zonesBuilding = false;
  const alertTimer = setInterval(() => {
    evaluateAlerts(o.db, new Date()).catch((err: unknown) =>
      logger.error("alert evaluation failed", { worker: id, err }),
    );
    // A reporting zone whose build stopped part-way (the process building it died) is carried on
    // by a live worker. Were two to build at once they would only take turns, each step under the
    // same lock; waiting for a stall just saves the duplicate effort.
    if (zonesBuilding) return;
    zonesBuilding = true;
    buildPendingZones(o.db, o.provider, { stalledForMs: STALLED_ZONE_BUILD_MS })
      .then((built) => {
        if (built.length) logger.info("carried on reporting zone builds", { worker: id, zones: built });
      })
      .catch((err: unknown) => logger.error("reporting zone build failed", { worker: id, err }))
      .finally(() => {
        zonesBuilding = false;
      });
  }, o.maintenanceMs ?? ALERT_EVALUATION_MS);

  function pump(networkId: string) {
    const l = lane(networkId);
    const n = networks.get(networkId);
    if (!n || l.timer) return;
    while (l.queue.length && l.inFlight < n.concurrency && inFlight < o.concurrency) {
      const wait = l.bucket?.take() ?? 0;
      if (wait > 0) {
        l.bucket?.refund();
        l.timer = setTimeout(() => {
          l.timer = null;
          pump(networkId);
        }, wait);
        return;
      }
      const d = l.queue.shift();
      if (!d) break;
      l.inFlight++;
      inFlight++;
      void send(d, n, l);
    }
  }

  async function send(d: DeliveryWithEvent, n: NetworkRuntime, l: Lane) {
    try {
      // Not `results.push(await ...)`: that would push into the array a flush has since swapped out.
      const record = await executeAttempt(d, n, o.allow);
      results.push(record);
      sent++;
      if (results.length >= RESULT_FLUSH_MAX) void flush();
    } catch (err) {
      logger.error("delivery attempt crashed; its lease will expire and it will be retried", { deliveryId: d.id, err });
    } finally {
      l.inFlight--;
      inFlight--;
      pump(n.id);
      if (l.queue.length < n.concurrency) nudge();
    }
  }

  // Networks whose last claim came back full: more is surely due, so under load the next tick
  // claims for them straight away instead of first counting the whole backlog. The count still
  // runs every DUE_COUNT_MS so other networks' due deliveries are found.
  const busy = new Set<string>();
  let countedAt = 0;
  async function tick(): Promise<number> {
    await refreshNetworks();
    const now = new Date();
    const due = new Map<string, number>([...busy].map((networkId) => [networkId, Number.MAX_SAFE_INTEGER]));
    busy.clear();
    if (due.size === 0 || now.getTime() - countedAt >= DUE_COUNT_MS) {
      for (const [networkId, count] of await dueCountsByNetwork(o.db, o.provider, now)) due.set(networkId, count);
      countedAt = now.getTime();
    }
    let claimed = 0;
    for (const [networkId, count] of due) {
      const n = networks.get(networkId);
      if (n?.status !== "active") continue;
      const l = lane(networkId);
      const room = Math.min(count, o.batchSize, n.concurrency * PREFETCH_FACTOR - l.queue.length - l.inFlight);
      if (room <= 0) continue;
      // Every claimed row may wait behind the rest of the prefetch before its own request.
      const leaseMs = (PREFETCH_FACTOR + 1) * (n.timeoutMs + n.connectTimeoutMs) + leaseMargin;
      const ids = await claimDueDeliveries(o.db, o.provider, { networkId, limit: room, workerId: id, leaseMs, now });
      if (ids.length === room) busy.add(networkId);
      if (ids.length === 0) continue;
      const rows = await fetchClaimed(o.db, ids);
      l.queue.push(...rows);
      claimed += rows.length;
      pump(networkId);
    }
    return claimed;
  }

  const loop = (async () => {
    let lastBeat = 0;
    while (running) {
      try {
        if (Date.now() - lastBeat > HEARTBEAT_MS) {
          await heartbeat();
          lastBeat = Date.now();
        }
        const claimed = await tick();
        if (claimed === 0) await sleep(o.pollMs);
        else await sleep(RESULT_FLUSH_MS);
      } catch (err) {
        logger.error("worker loop error", { worker: id, err });
        await sleep(1_000);
      }
    }
  })();

  return {
    id,
    stats: () => ({ sent, inFlight, queued: [...lanes.values()].reduce((s, l) => s + l.queue.length, 0), flushes }),
    async stop() {
      running = false;
      nudge();
      await loop;
      for (const l of lanes.values()) {
        if (l.timer) clearTimeout(l.timer);
        l.timer = null;
      }
      // Claimed rows not yet sent go back to the queue now rather than when their lease ends.
      const unsent = [...lanes.values()].flatMap((l) => l.queue.splice(0).map((d) => d.id));
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
      clearInterval(flushTimer);
      clearInterval(alertTimer);
      await flush();
      if (unsent.length) {
        await o.db.delivery.updateMany({
          where: { id: { in: unsent }, lockedBy: id, status: "sending" },
          data: { status: "pending", lockedBy: null, leaseUntil: null },
        });
      }
      await o.db.workerHeartbeat.delete({ where: { id } }).catch(() => {});
    },
  };
}
