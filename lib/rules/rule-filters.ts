import { DAY_MS, formatDays, plural } from "./format-elapsed";
import type { EventFacts, RuleConfig } from "./types";

/**
 * Why the rule's platform, country or post-install filters reject the event, or null when they
 * all pass. Checked in that order, so the reason names the first filter that failed.
 */
export function findFilterReason(rule: RuleConfig, event: EventFacts): string | null {
  return platformReason(rule, event) ?? countryReason(rule, event) ?? postInstallReason(rule, event);
}

function listText(values: string[]): string {
  return `[${values.join(", ")}]`;
}

// Platforms compare case-insensitively: MMPs spell them "iOS", "ios" and "IOS".
function platformReason(rule: RuleConfig, event: EventFacts): string | null {
  if (rule.platforms.length === 0) return null;
  const platform = event.platform?.trim();
  if (!platform) return `event has no platform; rule requires one of ${listText(rule.platforms)}`;
  const wanted = platform.toLowerCase();
  if (rule.platforms.some((p) => p.toLowerCase() === wanted)) return null;
  return `platform "${platform}" not in rule filter ${listText(rule.platforms)}`;
}

function countryReason(rule: RuleConfig, event: EventFacts): string | null {
  if (rule.countries.length === 0) return null;
  const country = event.country?.trim().toUpperCase();
  if (!country) return `event has no country; rule requires one of ${listText(rule.countries)}`;
  if (rule.countries.some((c) => c.toUpperCase() === country)) return null;
  return `country "${country}" not in rule filter ${listText(rule.countries)}`;
}

// Exactly N days after install is still inside the window; an event before the install
// (clock skew between SDK and MMP) is too.
function postInstallReason(rule: RuleConfig, event: EventFacts): string | null {
  const days = rule.postInstallWindowDays;
  if (days === null) return null;
  const limit = `rule limits to ${plural(days, "day")} after install`;
  if (!event.installAt) return `event has no install time; ${limit}`;
  const elapsed = event.occurredAt.getTime() - event.installAt.getTime();
  if (elapsed <= days * DAY_MS) return null;
  return `event occurred ${formatDays(elapsed)} after install; ${limit}`;
}
