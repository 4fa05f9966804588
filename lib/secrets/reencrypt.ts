import "server-only";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
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
  await recordAudit(db, { type: "system", label: "cli" }, "secrets.reencrypt", undefined, { count: n });
  return n;
}
