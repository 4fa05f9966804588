import type { RuleConfig } from "./types";

const CATCH_ALL_EVENT = "*";

export type RuleSelection = { rule: RuleConfig } | { rule: null; ruleId: string | null; reason: string };

/**
 * The rule that applies to an event name: the exact rule, else the catch-all "*".
 * A disabled exact rule is still the rule for that event and stops it, rather than handing it to
 * the catch-all: a postback sent by mistake cannot be taken back while a held one can be replayed,
 * and it gives a way to exclude one event from a catch-all.
 */
export function selectRule(rules: RuleConfig[], eventName: string): RuleSelection {
  const exact = rules.find((r) => r.eventName === eventName);
  if (exact) {
    return exact.enabled
      ? { rule: exact }
      : { rule: null, ruleId: exact.id, reason: `forwarding rule for event "${eventName}" is disabled` };
  }
  const catchAll = rules.find((r) => r.eventName === CATCH_ALL_EVENT);
  if (catchAll) {
    return catchAll.enabled
      ? { rule: catchAll }
      : {
          rule: null,
          ruleId: catchAll.id,
          reason: `no forwarding rule for event "${eventName}" and the catch-all rule "*" is disabled`,
        };
  }
  return { rule: null, ruleId: null, reason: `no forwarding rule for event "${eventName}"` };
}
