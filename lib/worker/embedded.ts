import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { logger } from "../log";
import { closeOutboundAgents } from "../outbound";
import { workerOptionsFromEnv } from "./options-from-env";
import { startWorker, type WorkerHandle } from "./runner";

const g = globalThis as unknown as { ricochetWorker?: WorkerHandle };

/** Starts the worker inside the web process (the embedded default), once per process. */
export async function startEmbeddedWorker() {
  if (getEnv().RICOCHET_WORKER === "off" || g.ricochetWorker) return;
  const worker = startWorker(workerOptionsFromEnv(getDb()));
  g.ricochetWorker = worker;
  logger.info("postback worker started in the web process", { worker: worker.id });
  const stop = async () => {
    await worker.stop().catch(() => {});
    await closeOutboundAgents().catch(() => {});
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
