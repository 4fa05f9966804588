// AES-256-GCM for network auth secrets at rest. The key id in each ciphertext lets an admin
// rotate RICOCHET_SECRET_KEY: old keys stay readable via RICOCHET_PREVIOUS_SECRET_KEYS until
// `npm run ricochet -- secrets:reencrypt` has rewritten every value under the new key.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

export interface KeyRing {
  current: Buffer;
  previous: Buffer[];
}

const keyId = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8);

export function encryptSecret(plain: string, ring: KeyRing): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", ring.current, iv);
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    "v1",
    keyId(ring.current),
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    ct.toString("base64url"),
  ].join(".");
}

export function decryptSecret(token: string, ring: KeyRing): string {
  const [v, kid, iv, tag, ct] = token.split(".");
  if (v !== "v1" || !kid || !iv || !tag || ct === undefined) throw new Error("Malformed encrypted secret");
  const key = [ring.current, ...ring.previous].find((k) => keyId(k) === kid);
  if (!key)
    throw new Error(
      `No key with id ${kid} to decrypt this secret: was RICOCHET_SECRET_KEY changed without listing the old one in RICOCHET_PREVIOUS_SECRET_KEYS?`,
    );
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}

export const isEncryptedWith = (token: string, key: Buffer) => token.split(".")[1] === keyId(key);

/** What may be shown of a secret: its last four characters, never more than a quarter of it. */
export function lastFour(plain: string): string {
  return plain.length >= 12 ? plain.slice(-4) : "";
}

export function maskSecret(plain: string): string {
  const tail = lastFour(plain);
  return tail ? `****${tail}` : "****";
}
