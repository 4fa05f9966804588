import "server-only";
import type { Db } from "../db/client";
import { getEnv } from "../env";
import type { WorkerOptions } from "./runner";

export function workerOptionsFromEnv(db: Db): WorkerOptions {
  const env = getEnv();
  return {
    db,
    provider: env.provider,
    allow: env.allowPrivateTargets,
    concurrency: env.RICOCHET_WORKER_CONCURRENCY,
    batchSize: env.RICOCHET_WORKER_BATCH,
    pollMs: env.RICOCHET_WORKER_POLL_MS,
    leaseMarginMs: env.RICOCHET_LEASE_MARGIN_MS,
  };
}
