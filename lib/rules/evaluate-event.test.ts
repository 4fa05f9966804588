import { describe, expect, it } from "vitest";
import { evaluateEvent } from "./evaluate-event";
import { makeEvent, makeNetwork, makeRule } from "./test-factories";

const now = new Date("2026-11-27T12:00:00Z");
const acme = makeNetwork();
const beacon = makeNetwork({
  id: "net-beacon",
  slug: "beacon",
  name: "Beacon",
  rules: [makeRule({ id: "rule-beacon" })],
});
const firehose = makeNetwork({
  id: "net-fire",
  slug: "firehose",
  name: "Firehose",
  scope: "all",
  rules: [makeRule({ id: "rule-fire" })],
});

const pending = {
  networkId: "net-acme",
  status: "pending",
  ruleId: "rule-purchase",
  partnerEventName: "purchase",
  sendRevenue: false,
  revenue: null,
  currency: null,
  fxRate: null,
  deadlineAt: null,
  attributed: true,
  reason: null,
};

describe("evaluateEvent: which networks get a decision", () => {
  it("gives the attributed network a pending decision", () => {
    expect(evaluateEvent(makeEvent(), [acme, beacon], [], now)).toEqual([pending]);
  });

  it("gives the attributed network a filtered decision when it has no rule for the event", () => {
    const bare = makeNetwork({ rules: [] });
    expect(evaluateEvent(makeEvent(), [bare], [], now)).toEqual([
      {
        networkId: "net-acme",
        status: "filtered",
        ruleId: null,
        reason: 'no forwarding rule for event "purchase"',
        attributed: true,
        partnerEventName: null,
        deadlineAt: null,
        sendRevenue: false,
        revenue: null,
        currency: null,
        fxRate: null,
      },
    ]);
  });

  it("gives the attributed network a filtered decision naming its disabled rule", () => {
    const off = makeNetwork({ rules: [makeRule({ enabled: false })] });
    expect(evaluateEvent(makeEvent(), [off], [], now)).toMatchObject([
      { status: "filtered", ruleId: "rule-purchase", reason: 'forwarding rule for event "purchase" is disabled' },
    ]);
  });

  it("keeps decisions pending for a paused or auto-disabled network, which holds them until resumed", () => {
    expect(evaluateEvent(makeEvent(), [makeNetwork({ status: "paused" })], [], now)).toEqual([pending]);
    expect(evaluateEvent(makeEvent(), [makeNetwork({ status: "disabled" })], [], now)).toEqual([pending]);
  });

  it("gives a scope-attributed network nothing for organic or other-network events", () => {
    expect(evaluateEvent(makeEvent({ networkSlug: null }), [acme], [], now)).toEqual([]);
    expect(evaluateEvent(makeEvent({ networkSlug: "beacon" }), [acme, beacon], [], now)).toEqual([
      { ...pending, networkId: "net-beacon", ruleId: "rule-beacon" },
    ]);
  });

  it("treats a blank slug as organic", () => {
    expect(evaluateEvent(makeEvent({ networkSlug: "" }), [acme, firehose], [], now)).toEqual([
      { ...pending, networkId: "net-fire", ruleId: "rule-fire", attributed: false },
    ]);
  });

  it("gives a scope-all network organic and other-network events its rules take, marked unattributed", () => {
    expect(evaluateEvent(makeEvent({ networkSlug: null }), [acme, firehose], [], now)).toEqual([
      { ...pending, networkId: "net-fire", ruleId: "rule-fire", attributed: false },
    ]);
    expect(evaluateEvent(makeEvent(), [acme, firehose], [], now)).toEqual([
      pending,
      { ...pending, networkId: "net-fire", ruleId: "rule-fire", attributed: false },
    ]);
  });

  it("marks a scope-all network's own events attributed", () => {
    expect(evaluateEvent(makeEvent({ networkSlug: "firehose" }), [firehose], [], now)).toEqual([
      { ...pending, networkId: "net-fire", ruleId: "rule-fire", attributed: true },
    ]);
  });

  it("gives a scope-all network nothing for events no enabled rule takes", () => {
    expect(evaluateEvent(makeEvent({ name: "signup", networkSlug: null }), [firehose], [], now)).toEqual([]);
    const off = makeNetwork({ ...firehose, rules: [makeRule({ id: "rule-fire", enabled: false })] });
    expect(evaluateEvent(makeEvent({ networkSlug: null }), [off], [], now)).toEqual([]);
  });

  it("records a scope-all network's filtered decision when its rule takes the event but a filter rejects it", () => {
    const iosOnly = makeNetwork({ ...firehose, rules: [makeRule({ id: "rule-fire", platforms: ["ios"] })] });
    expect(evaluateEvent(makeEvent({ networkSlug: null, platform: "web" }), [iosOnly], [], now)).toMatchObject([
      {
        networkId: "net-fire",
        status: "filtered",
        ruleId: "rule-fire",
        reason: 'platform "web" not in rule filter [ios]',
        attributed: false,
      },
    ]);
  });

  it("gives no decisions at all for an event attributed to an unknown slug", () => {
    expect(evaluateEvent(makeEvent({ networkSlug: "nobody" }), [acme, firehose], [], now)).toEqual([]);
  });

  it("matches slugs case-insensitively", () => {
    expect(evaluateEvent(makeEvent({ networkSlug: "ACME" }), [acme], [], now)).toEqual([pending]);
  });
});

describe("evaluateEvent: rules", () => {
  it("forwards under the partner event name when the rule sets one", () => {
    const renamed = makeNetwork({ rules: [makeRule({ partnerEventName: "af_purchase" })] });
    expect(evaluateEvent(makeEvent(), [renamed], [], now)).toEqual([{ ...pending, partnerEventName: "af_purchase" }]);
  });

  it("falls back to the event name when the partner name is blank", () => {
    const blank = makeNetwork({ rules: [makeRule({ partnerEventName: "  " })] });
    expect(evaluateEvent(makeEvent(), [blank], [], now)).toEqual([pending]);
  });

  it("prefers the exact rule over the catch-all and uses the catch-all otherwise", () => {
    const rules = [
      makeRule({ id: "rule-all", eventName: "*", partnerEventName: "conversion" }),
      makeRule({ partnerEventName: "buy" }),
    ];
    const network = makeNetwork({ rules });
    expect(evaluateEvent(makeEvent(), [network], [], now)).toEqual([{ ...pending, partnerEventName: "buy" }]);
    expect(evaluateEvent(makeEvent({ name: "signup" }), [network], [], now)).toEqual([
      { ...pending, ruleId: "rule-all", partnerEventName: "conversion" },
    ]);
  });

  it("uses the event's own name under a catch-all without a partner name", () => {
    const network = makeNetwork({ rules: [makeRule({ id: "rule-all", eventName: "*" })] });
    expect(evaluateEvent(makeEvent({ name: "level_up" }), [network], [], now)).toEqual([
      { ...pending, ruleId: "rule-all", partnerEventName: "level_up" },
    ]);
  });

  it("reports filters with the rule's id and partner name and no deadline", () => {
    const network = makeNetwork({
      acceptanceWindowHours: 48,
      rules: [makeRule({ partnerEventName: "buy", countries: ["US", "GB"] })],
    });
    const event = makeEvent({ country: "FR", clickAt: new Date("2026-11-27T00:00:00Z") });
    expect(evaluateEvent(event, [network], [], now)).toEqual([
      {
        networkId: "net-acme",
        status: "filtered",
        ruleId: "rule-purchase",
        reason: 'country "FR" not in rule filter [US, GB]',
        attributed: true,
        partnerEventName: "buy",
        deadlineAt: null,
        sendRevenue: false,
        revenue: null,
        currency: null,
        fxRate: null,
      },
    ]);
  });

  it("filters by post-install window before judging the acceptance window", () => {
    const network = makeNetwork({ acceptanceWindowHours: 1, rules: [makeRule({ postInstallWindowDays: 7 })] });
    const event = makeEvent({ installAt: new Date("2026-11-01T00:00:00Z"), clickAt: new Date("2026-10-31T00:00:00Z") });
    expect(evaluateEvent(event, [network], [], now)).toMatchObject([
      { status: "filtered", reason: "event occurred 26 days 10 h after install; rule limits to 7 days after install" },
    ]);
  });
});
