import "server-only";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { decryptSecret, encryptSecret, isEncryptedWith } from "./cipher";
import { getKeyRing } from "./key-ring";

/** Rewrites every network secret under the current key; afterwards the previous keys can be dropped. */
export async function reencryptAllSecrets(db: Db): Promise<number> {
  const ring = getKeyRing();
  const rows = await db.networkSecret.findMany();
  let n = 0;
  for (const row of rows) {
    if (isEncryptedWith(row.ciphertext, ring.current)) continue;
    const plain = decryptSecret(row.ciphertext, ring);
    await db.networkSecret.update({ where: { id: row.id }, data: { ciphertext: encryptSecret(plain, ring) } });
    n++;
  }
  n += await reencryptAlertWebhook(db, ring);
  await recordAudit(db, { type: "system", label: "cli" }, "secrets.reencrypt", undefined, { count: n });
  return n;
}

/** The alert webhook URL (a credential for Slack-style hooks) lives encrypted in the `alerts` setting. */
async function reencryptAlertWebhook(db: Db, ring: ReturnType<typeof getKeyRing>): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: "alerts" } });
  if (!row) return 0;
  const value = JSON.parse(row.value) as { webhook?: { ciphertext?: string } | null };
  const webhook = value.webhook;
  if (!webhook?.ciphertext || isEncryptedWith(webhook.ciphertext, ring.current)) return 0;
  webhook.ciphertext = encryptSecret(decryptSecret(webhook.ciphertext, ring), ring);
  await db.setting.update({ where: { key: "alerts" }, data: { value: JSON.stringify(value) } });
  return 1;
}
