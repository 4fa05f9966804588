import type { ForwardingRule, Network, NetworkSecret } from "../db/generated/sqlite/client";
import { type NetworkOutput, networkOutputSchema, type RuleOutput, ruleOutputSchema } from "./schemas";

const json = <T>(text: string | null, fallback: T): T => {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export function serializeRule(r: ForwardingRule): RuleOutput {
  return ruleOutputSchema.parse({ ...r, platforms: json(r.platforms, []), countries: json(r.countries, []) });
}

export function serializeNetwork(n: Network & { secrets: NetworkSecret[]; rules: ForwardingRule[] }): NetworkOutput {
  return networkOutputSchema.parse({
    ...n,
    postback: {
      method: n.method,
      url: n.urlTemplate,
      headers: json(n.headers, []),
      bodyType: n.bodyType,
      body: n.bodyTemplate,
    },
    secrets: n.secrets
      .map((s) => ({ name: s.name, lastFour: s.lastFour, rotatedAt: s.rotatedAt }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    rules: [...n.rules]
      .sort((a, b) => a.position - b.position || a.eventName.localeCompare(b.eventName))
      .map(serializeRule),
    retrySchedule: json<number[] | null>(n.retrySchedule, null),
  });
}

export const parseJsonColumn = json;
