import type { LookupFunction } from "node:net";
import { Agent } from "undici";
import type { AllowList } from "./address-policy";
import { resolveTargetHost } from "./resolve-target-host";

/** Codes our lookup fails with; classify-send-error maps them to error classes. */
export const BLOCKED_TARGET_CODE = "RICOCHET_BLOCKED_TARGET";
export const DNS_FAILURE_CODE = "RICOCHET_DNS";

// One agent per (connect timeout, allow list): keep-alive pools live inside an agent, so
// creating an agent per request would pay a TCP (and TLS) handshake on every postback.
const agents = new Map<string, Agent>();

export function getPinnedAgent(connectTimeoutMs: number, allow: AllowList): Agent {
  const key = `${connectTimeoutMs}|${allow.key}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({
      connect: { timeout: connectTimeoutMs, lookup: pinnedLookup(allow) },
      // Postback hosts are few and hot; idle sockets are cheap next to fresh handshakes.
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 60_000,
    });
    agents.set(key, agent);
  }
  return agent;
}

/** Closes every pooled connection; call on shutdown so the process can exit promptly. */
export async function closeOutboundAgents(): Promise<void> {
  const closing = [...agents.values()];
  agents.clear();
  await Promise.all(closing.map((agent) => agent.close()));
}

/**
 * The socket connects to exactly the addresses checked here, so there is no window between
 * "checked" and "connected" for DNS rebinding. Node skips lookup for IP-literal hosts; the
 * caller checks those itself before dispatching.
 */
function pinnedLookup(allow: AllowList): LookupFunction {
  return (hostname, options, callback) => {
    const family = typeof options.family === "number" ? options.family : 0;
    resolveTargetHost(hostname, allow, { family }).then(
      (outcome) => {
        if (!outcome.ok) {
          const code = outcome.errorClass === "dns" ? DNS_FAILURE_CODE : BLOCKED_TARGET_CODE;
          callback(Object.assign(new Error(outcome.message), { code }), "", 0);
        } else if (options.all) {
          callback(null, outcome.addresses);
        } else {
          callback(null, outcome.addresses[0].address, outcome.addresses[0].family);
        }
      },
      (error: unknown) => callback(Object.assign(new Error(String(error)), { code: DNS_FAILURE_CODE }), "", 0),
    );
  };
}
