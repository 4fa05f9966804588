import type { Readable } from "node:stream";

/**
 * Past this many discarded bytes the connection is dropped instead of drained: draining keeps
 * a keep-alive socket usable, but not at the price of reading an endless response.
 */
export const MAX_DRAINED_BYTES = 1024 * 1024;

export type CappedBody = { text: string; truncated: boolean };

/** Keeps the first maxBytes of a response body and discards the rest without buffering it. */
export function readCappedBody(body: Readable, maxBytes: number): Promise<CappedBody> {
  return new Promise((resolve, reject) => {
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let totalBytes = 0;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve({ text: Buffer.concat(kept).toString("utf8"), truncated: totalBytes > keptBytes });
    };
    body.on("data", (chunk: Buffer) => {
      totalBytes += chunk.length;
      if (keptBytes < maxBytes) {
        const slice = chunk.subarray(0, maxBytes - keptBytes);
        kept.push(slice);
        keptBytes += slice.length;
      }
      if (totalBytes - keptBytes > MAX_DRAINED_BYTES) {
        // Settle first: undici reports the destroy as an abort error, which is not a failure here.
        finish();
        body.destroy();
      }
    });
    body.once("end", finish);
    body.once("error", (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    body.once("close", finish);
  });
}
