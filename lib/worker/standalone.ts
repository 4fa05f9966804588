import "server-only";
import { getDb } from "../db";
import { logger } from "../log";
import { closeOutboundAgents } from "../outbound";
import { workerOptionsFromEnv } from "./options-from-env";
import { startWorker } from "./runner";

/** `npm run worker`: a process that only delivers postbacks. Stops cleanly on SIGTERM/SIGINT. */
export async function runStandaloneWorker() {
  const worker = startWorker(workerOptionsFromEnv(getDb()));
  logger.info("postback worker started", { worker: worker.id });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  logger.info("stopping worker: finishing requests in flight", { worker: worker.id });
  await worker.stop();
  await closeOutboundAgents();
  process.exit(0);
}
