import type { EventFacts, NetworkConfig, RuleConfig } from "./types";

// Builders for the rules tests: a valid default, overridden per case, so each test shows only
// the fields it is about.

export function makeRule(overrides: Partial<RuleConfig> = {}): RuleConfig {
  return {
    id: "rule-purchase",
    eventName: "purchase",
    partnerEventName: null,
    enabled: true,
    sendRevenue: false,
    currencyMode: "as_received",
    targetCurrency: null,
    postInstallWindowDays: null,
    platforms: [],
    countries: [],
    ...overrides,
  };
}

export function makeNetwork(overrides: Partial<NetworkConfig> = {}): NetworkConfig {
  return {
    id: "net-acme",
    slug: "acme",
    name: "Acme",
    status: "active",
    scope: "attributed",
    acceptanceWindowHours: null,
    rules: [makeRule()],
    ...overrides,
  };
}

export function makeEvent(overrides: Partial<EventFacts> = {}): EventFacts {
  return {
    name: "purchase",
    occurredAt: new Date("2026-11-27T10:00:00Z"),
    networkSlug: "acme",
    clickAt: null,
    installAt: null,
    platform: "ios",
    country: "US",
    revenue: null,
    currency: null,
    ...overrides,
  };
}
