import "server-only";
import type { Db } from "../db/client";
import { DEFAULT_RETRY_SCHEDULE_SECONDS } from "../deliveries/retry-policy";
import { parseJsonColumn } from "../networks/serialize";
import type { PostbackConfig } from "../networks/validate-config";
import { decryptSecret } from "../secrets/cipher";
import { getKeyRing } from "../secrets/key-ring";

/** What a worker needs of a network to send its postbacks, with secrets decrypted in memory only. */
export interface NetworkRuntime {
  id: string;
  slug: string;
  name: string;
  status: string;
  postback: PostbackConfig;
  secrets: Record<string, string>;
  secretError: string | null;
  connectTimeoutMs: number;
  timeoutMs: number;
  rateLimitPerSec: number | null;
  concurrency: number;
  retrySchedule: readonly number[];
  autoDisableAfter: number | null;
  configVersion: number;
}

export async function loadNetworkRuntimes(db: Pick<Db, "network">): Promise<Map<string, NetworkRuntime>> {
  const rows = await db.network.findMany({ include: { secrets: true } });
  const ring = getKeyRing();
  const out = new Map<string, NetworkRuntime>();
  for (const n of rows) {
    const secrets: Record<string, string> = {};
    let secretError: string | null = null;
    for (const s of n.secrets) {
      try {
        secrets[s.name] = decryptSecret(s.ciphertext, ring);
      } catch (e) {
        secretError = `secret "${s.name}" cannot be decrypted: ${(e as Error).message}`;
      }
    }
    out.set(n.id, {
      id: n.id,
      slug: n.slug,
      name: n.name,
      status: n.status,
      postback: {
        method: n.method as PostbackConfig["method"],
        urlTemplate: n.urlTemplate,
        headers: parseJsonColumn(n.headers, []),
        bodyType: n.bodyType as PostbackConfig["bodyType"],
        bodyTemplate: n.bodyTemplate,
      },
      secrets,
      secretError,
      connectTimeoutMs: n.connectTimeoutMs,
      timeoutMs: n.timeoutMs,
      rateLimitPerSec: n.rateLimitPerSec,
      concurrency: n.concurrency,
      retrySchedule: parseJsonColumn<number[] | null>(n.retrySchedule, null) ?? DEFAULT_RETRY_SCHEDULE_SECONDS,
      autoDisableAfter: n.autoDisableAfter,
      configVersion: n.configVersion,
    });
  }
  return out;
}
