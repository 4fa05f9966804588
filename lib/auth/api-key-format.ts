import { createHash, randomBytes } from "node:crypto";

// "rk_" + 40 base62-ish chars; the prefix shown in lists identifies a key without revealing it.
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `rk_${randomBytes(30).toString("base64url")}`;
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}
