import "server-only";
import { getEnv } from "../env";
import type { KeyRing } from "./cipher";

let ring: KeyRing | undefined;

export function getKeyRing(): KeyRing {
  if (ring) return ring;
  const env = getEnv();
  if (!env.RICOCHET_SECRET_KEY) {
    throw new Error(
      "RICOCHET_SECRET_KEY is not set: start Ricochet with `npm start` or set it (openssl rand -base64 32)",
    );
  }
  const previous = (env.RICOCHET_PREVIOUS_SECRET_KEYS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => Buffer.from(s, "base64"));
  ring = { current: Buffer.from(env.RICOCHET_SECRET_KEY, "base64"), previous };
  return ring;
}
