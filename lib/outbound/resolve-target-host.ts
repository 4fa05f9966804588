import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { type AddressVerdict, type AllowList, isBlockedAddress } from "./address-policy";

type CheckedAddress = { address: string; family: 4 | 6 };

export type ResolveOutcome =
  | { ok: true; addresses: CheckedAddress[] }
  | { ok: false; errorClass: "dns" | "blocked_target"; message: string };

/** getaddrinfo cannot be cancelled; past this we stop waiting for it. */
const DEFAULT_DNS_TIMEOUT_MS = 5_000;

/**
 * Resolves a URL hostname and checks every address against the policy. One blocked address
 * refuses the whole host: a name that answers with both public and private addresses is how
 * rebinding attacks look, and the connection could land on either.
 */
export async function resolveTargetHost(
  hostname: string,
  allow: AllowList,
  options: { family?: number; timeoutMs?: number } = {},
): Promise<ResolveOutcome> {
  const host = stripBrackets(hostname);
  const literalFamily = isIP(host);
  if (literalFamily !== 0) {
    const verdict = isBlockedAddress(host, allow);
    if (verdict.blocked)
      return { ok: false, errorClass: "blocked_target", message: describeBlockedAddress(host, host, verdict) };
    return { ok: true, addresses: [{ address: host, family: literalFamily === 6 ? 6 : 4 }] };
  }

  let addresses: CheckedAddress[];
  try {
    const family = options.family === 4 || options.family === 6 ? options.family : 0;
    const found = await withTimeout(lookup(host, { all: true, family }), options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS);
    addresses = found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } catch (error) {
    return { ok: false, errorClass: "dns", message: `could not resolve ${host} (${errorCode(error)})` };
  }
  if (addresses.length === 0) return { ok: false, errorClass: "dns", message: `${host} resolved to no addresses` };

  for (const { address } of addresses) {
    const verdict = isBlockedAddress(address, allow);
    if (verdict.blocked)
      return { ok: false, errorClass: "blocked_target", message: describeBlockedAddress(host, address, verdict) };
  }
  return { ok: true, addresses };
}

/** "acme.local resolves to 10.0.0.5, a private address; postbacks to private addresses are refused (...)" */
function describeBlockedAddress(host: string, address: string, verdict: AddressVerdict): string {
  const reason = verdict.reason ?? "a blocked address";
  const subject = host === address ? `${address} is ${reason}` : `${host} resolves to ${address}, ${reason}`;
  const hint =
    verdict.overridable === false
      ? "postbacks to it are always refused"
      : "postbacks to private addresses are refused (RICOCHET_ALLOW_PRIVATE_TARGETS)";
  return `${subject}; ${hint}`;
}

export function stripBrackets(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("DNS lookup timed out"), { code: "ETIMEOUT" })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function errorCode(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}
