import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/fixtures/test-db";
import { makeEvent, makeNetwork, makeRule } from "../rules/test-factories";
import { type DryRunEvent, dryRunNetwork, dryRunRequestSchema, runRulesDryRun } from "./dry-run";

const H = 3_600_000;
const receivedAt = new Date("2026-11-27T10:05:00Z");
const acme = makeNetwork({ name: "Acme Ads" });
const beacon = makeNetwork({
  id: "net-beacon",
  slug: "beacon",
  name: "Beacon",
  rules: [makeRule({ id: "rule-beacon" })],
});

type Delivery = NonNullable<DryRunEvent["delivery"]>;
const delivered = (overrides: Partial<Delivery> = {}): Delivery => ({
  id: "dlv-1",
  status: "delivered",
  reason: null,
  attempts: 1,
  partnerEventName: "purchase",
  revenue: null,
  currency: null,
  fxRate: null,
  ...overrides,
});
const stored = (overrides: Partial<DryRunEvent> = {}): DryRunEvent => ({
  ...makeEvent(),
  id: "evt-1",
  externalId: "ext-1",
  receivedAt,
  delivery: delivered(),
  ...overrides,
});

describe("dryRunNetwork", () => {
  it("reports no change when the edit decides what was recorded", () => {
    const result = dryRunNetwork(acme, [acme, beacon], [], [stored()]);
    expect(result.events[0]).toMatchObject({
      edited: { outcome: "send", partnerEventName: "purchase", reason: null },
      recorded: { outcome: "send", status: "delivered", deliveryId: "dlv-1" },
      changed: false,
      changes: [],
    });
    expect(result.totals).toEqual({
      edited: { send: 1, filtered: 0, expired: 0, skipped: 0, none: 0 },
      recorded: { send: 1, filtered: 0, expired: 0, skipped: 0, none: 0 },
      changed: 0,
    });
  });

  it("flags an event a new filter would stop, with the filter's reason", () => {
    const usOnly = makeNetwork({ ...acme, rules: [makeRule({ countries: ["US"] })] });
    const result = dryRunNetwork(usOnly, [acme], [], [stored({ country: "GB" })]);
    expect(result.events[0]).toMatchObject({
      edited: { outcome: "filtered", reason: 'country "GB" not in rule filter [US]' },
      changed: true,
      changes: [{ field: "outcome", from: "send", to: "filtered" }],
    });
    expect(result.totals.changed).toBe(1);
  });

  it("flags an event a new rule would send that was filtered", () => {
    const withSignup = makeNetwork({
      ...acme,
      rules: [makeRule(), makeRule({ id: "r2", eventName: "signup", partnerEventName: "register" })],
    });
    const event = stored({
      name: "signup",
      delivery: delivered({
        status: "filtered",
        attempts: 0,
        partnerEventName: null,
        reason: 'no forwarding rule for event "signup"',
      }),
    });
    expect(dryRunNetwork(withSignup, [acme], [], [event]).events[0]).toMatchObject({
      edited: { outcome: "send", partnerEventName: "register" },
      recorded: { outcome: "filtered", status: "filtered" },
      changes: [{ field: "outcome", from: "filtered", to: "send" }],
    });
  });

  it("flags a renamed partner event and a revenue change for events sent either way", () => {
    const renamed = makeNetwork({ ...acme, rules: [makeRule({ partnerEventName: "af_purchase", sendRevenue: true })] });
    const event = stored({ revenue: "19.99", currency: "EUR" });
    expect(dryRunNetwork(renamed, [acme], [], [event]).events[0].changes).toEqual([
      { field: "partnerEvent", from: "purchase", to: "af_purchase" },
      { field: "revenue", from: "none", to: "19.99 EUR" },
    ]);
  });

  it("does not call a converted amount changed because the exchange rate moved since ingest", () => {
    const converting = makeNetwork({
      ...acme,
      rules: [makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "USD" })],
    });
    const event = stored({
      revenue: "10",
      currency: "EUR",
      delivery: delivered({ revenue: "10.8", currency: "USD", fxRate: "1.08" }),
    });
    const result = dryRunNetwork(converting, [acme], [{ currency: "EUR", quote: "USD", rate: "1.1" }], [event]);
    expect(result.events[0]).toMatchObject({
      edited: { revenue: "11", currency: "USD", fxRate: "1.1" },
      changed: false,
    });
  });

  it("counts a delivery that failed or expired at send time as sent: the rules said send", () => {
    const failed = stored({ delivery: delivered({ status: "failed", attempts: 3 }) });
    const expiredLater = stored({ id: "evt-2", delivery: delivered({ status: "expired", attempts: 1 }) });
    const result = dryRunNetwork(acme, [acme], [], [failed, expiredLater]);
    expect(result.events.map((e) => [e.recorded.status, e.recorded.outcome, e.changed])).toEqual([
      ["failed", "send", false],
      ["expired", "send", false],
    ]);
  });

  it("judges the acceptance window as at ingest, not now", () => {
    const windowed = makeNetwork({ ...acme, acceptanceWindowHours: 24 });
    const onTime = stored({ clickAt: new Date(receivedAt.getTime() - 23 * H) });
    const late = stored({ id: "evt-2", clickAt: new Date(receivedAt.getTime() - 25 * H) });
    const result = dryRunNetwork(windowed, [acme], [], [onTime, late]);
    expect(result.events.map((e) => e.edited.outcome)).toEqual(["send", "expired"]);
    expect(result.events[1].edited.reason).toBe("postback would arrive 25 h after the click; Acme Ads accepts 24 h");
  });

  it("explains events the network gets nothing for, and counts none against none as unchanged", () => {
    const events = [
      stored({ id: "organic", networkSlug: null, delivery: null }),
      stored({ id: "other", networkSlug: "beacon", delivery: null }),
      stored({ id: "unknown", networkSlug: "nobody", delivery: null }),
    ];
    const result = dryRunNetwork(acme, [acme, beacon], [], events);
    expect(result.events.map((e) => [e.edited.outcome, e.edited.reason, e.recorded.outcome, e.changed])).toEqual([
      ["none", "organic; Acme Ads only receives events attributed to it", "none", false],
      ["none", "attributed to beacon; Acme Ads only receives events attributed to it", "none", false],
      ["none", 'attributed to "nobody", which is not a configured network, so it is sent nowhere', "none", false],
    ]);
    expect(result.totals.edited.none).toBe(3);
  });

  it("picks up other networks' events when the edit widens the scope to all events", () => {
    const everything = makeNetwork({ ...acme, scope: "all" });
    const result = dryRunNetwork(everything, [acme, beacon], [], [stored({ networkSlug: "beacon", delivery: null })]);
    expect(result.events[0]).toMatchObject({
      edited: { outcome: "send" },
      recorded: { outcome: "none", status: "none" },
      changed: true,
    });
  });

  it("explains a scope-all network whose rules take no such event", () => {
    const everything = makeNetwork({ ...acme, scope: "all" });
    const result = dryRunNetwork(
      everything,
      [everything],
      [],
      [stored({ name: "signup", networkSlug: null, delivery: null })],
    );
    expect(result.events[0].edited.reason).toBe(
      'not attributed to Acme Ads and no rule takes it: no forwarding rule for event "signup"',
    );
  });
});

describe("dryRunRequestSchema", () => {
  it("accepts the API's short rule names and leaves absent settings absent", () => {
    expect(dryRunRequestSchema.parse({ rules: [{ event: "purchase", partnerEvent: "buy" }] })).toEqual({
      rules: [expect.objectContaining({ eventName: "purchase", partnerEventName: "buy" })],
    });
  });

  it("takes a null acceptance window as no window", () => {
    expect(dryRunRequestSchema.parse({ rules: [], scope: "all", acceptanceWindowHours: null })).toMatchObject({
      scope: "all",
      acceptanceWindowHours: null,
    });
  });
});

describe("runRulesDryRun", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    const db = t.db;
    await db.network.create({
      data: {
        id: "n1",
        slug: "acme",
        name: "Acme Ads",
        urlTemplate: "https://acme.example/pb",
        acceptanceWindowHours: 48,
      },
    });
    await db.forwardingRule.create({ data: { id: "r1", networkId: "n1", eventName: "purchase" } });
    const base = { sender: "mmp", occurredAt: receivedAt, networkSlug: "acme", country: "US" };
    // uuidv7-like ids sort by creation: e3 is the newest.
    await db.conversionEvent.create({ data: { ...base, id: "e1", externalId: "x1", name: "purchase", receivedAt } });
    await db.conversionEvent.create({ data: { ...base, id: "e2", externalId: "x2", name: "signup", receivedAt } });
    await db.conversionEvent.create({
      data: { ...base, id: "e3", externalId: "x3", name: "purchase", receivedAt, country: "GB" },
    });
    const delivery = { networkId: "n1", attributed: true, occurredAt: receivedAt };
    await db.delivery.create({
      data: {
        ...delivery,
        id: "d1",
        eventId: "e1",
        status: "delivered",
        eventName: "purchase",
        partnerEventName: "purchase",
        attempts: 1,
      },
    });
    await db.delivery.create({
      data: { ...delivery, id: "d2", eventId: "e2", status: "filtered", eventName: "signup", reason: "no rule" },
    });
    await db.delivery.create({
      data: {
        ...delivery,
        id: "d3",
        eventId: "e3",
        status: "delivered",
        eventName: "purchase",
        partnerEventName: "purchase",
        attempts: 1,
      },
    });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("judges the newest events against the unsaved rules and settings of one network", async () => {
    const request = dryRunRequestSchema.parse({
      rules: [{ eventName: "purchase", countries: ["US"] }, { eventName: "signup" }],
      acceptanceWindowHours: null,
    });
    const result = await runRulesDryRun(t.db, "acme", request);
    expect(result.network).toEqual({ id: "n1", slug: "acme", name: "Acme Ads" });
    expect(result.events.map((e) => [e.eventId, e.recorded.status, e.edited.outcome, e.changed])).toEqual([
      ["e3", "delivered", "filtered", true],
      ["e2", "filtered", "send", true],
      ["e1", "delivered", "send", false],
    ]);
    expect(result.totals.changed).toBe(2);
  });

  it("stops at the limit, newest first", async () => {
    const result = await runRulesDryRun(t.db, "n1", dryRunRequestSchema.parse({ rules: [] }), 2);
    expect(result.events.map((e) => e.eventId)).toEqual(["e3", "e2"]);
  });

  it("rejects two rules for one event, naming the second", async () => {
    const request = dryRunRequestSchema.parse({ rules: [{ eventName: "purchase" }, { eventName: "purchase" }] });
    await expect(runRulesDryRun(t.db, "acme", request)).rejects.toMatchObject({
      status: 400,
      fields: { "rules.1.eventName": ["duplicates rule 1"] },
    });
  });

  it("is 404 for an unknown network", async () => {
    await expect(runRulesDryRun(t.db, "nobody", dryRunRequestSchema.parse({ rules: [] }))).rejects.toMatchObject({
      status: 404,
    });
  });
});
