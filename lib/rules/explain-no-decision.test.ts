import { describe, expect, it } from "vitest";
import { explainNoDecision } from "./explain-no-decision";
import { makeNetwork, makeRule } from "./test-factories";

const acmeAds = makeNetwork({ name: "Acme Ads" });
const firehose = makeNetwork({ name: "Firehose", slug: "firehose", scope: "all" });

describe("explainNoDecision", () => {
  it("explains another network's event for a scope-attributed network", () => {
    expect(explainNoDecision({ name: "purchase", networkSlug: "beacon" }, acmeAds)).toBe(
      "Not attributed to Acme Ads, and Acme Ads only receives events attributed to it.",
    );
  });

  it("explains an organic event for a scope-attributed network", () => {
    expect(explainNoDecision({ name: "purchase", networkSlug: null }, acmeAds)).toBe(
      "Organic (not attributed to any network), and Acme Ads only receives events attributed to it.",
    );
  });

  it("explains an event attributed to the network before it existed", () => {
    expect(explainNoDecision({ name: "purchase", networkSlug: "acme" }, acmeAds)).toBe(
      'Attributed to Acme Ads, but no network with the slug "acme" existed when the event was received, so nothing was planned for it.',
    );
  });

  it("explains a scope-all network with no rule for the event", () => {
    expect(explainNoDecision({ name: "signup", networkSlug: null }, firehose)).toBe(
      'Firehose receives events from every source, but only those a forwarding rule takes: no forwarding rule for event "signup".',
    );
  });

  it("explains a scope-all network whose rule for the event is disabled", () => {
    const off = makeNetwork({ ...firehose, rules: [makeRule({ enabled: false })] });
    expect(explainNoDecision({ name: "purchase", networkSlug: null }, off)).toBe(
      'Firehose receives events from every source, but only those a forwarding rule takes: forwarding rule for event "purchase" is disabled.',
    );
  });

  it("explains a scope-all network whose rule now takes the event", () => {
    expect(explainNoDecision({ name: "purchase", networkSlug: null }, firehose)).toBe(
      'Firehose now has a rule for "purchase", but either it was added or enabled after this event was received.',
    );
    expect(explainNoDecision({ name: "purchase", networkSlug: "nobody" }, firehose)).toBe(
      'Firehose now has a rule for "purchase", but either it was added or enabled after this event was received, or "nobody" was not a configured network then (events attributed to an unknown network are not forwarded anywhere).',
    );
  });

  it("names the network by slug when it has no display name", () => {
    expect(explainNoDecision({ name: "purchase", networkSlug: null }, makeNetwork({ name: undefined }))).toBe(
      "Organic (not attributed to any network), and acme only receives events attributed to it.",
    );
  });
});
