import { describe, expect, it } from "vitest";
import { toEventFacts } from "./event-facts";
import { eventInputSchema } from "./schemas";

describe("toEventFacts", () => {
  it("keeps what rules look at from a parsed ingest event", () => {
    const input = eventInputSchema.parse({
      id: "e1",
      name: "purchase",
      occurredAt: "2026-11-27T10:00:00Z",
      network: " Acme ",
      clickAt: "2026-11-26T10:00:00Z",
      platform: "iOS",
      country: "us",
      revenue: 4.99,
      currency: "eur",
    });
    expect(toEventFacts(input)).toEqual({
      name: "purchase",
      occurredAt: new Date("2026-11-27T10:00:00Z"),
      networkSlug: "acme",
      clickAt: new Date("2026-11-26T10:00:00Z"),
      installAt: null,
      platform: "ios",
      country: "US",
      revenue: "4.99",
      currency: "EUR",
    });
  });

  it("treats a blank or missing network as organic", () => {
    const base = { id: "e1", name: "open", occurredAt: "2026-11-27T10:00:00Z" };
    expect(toEventFacts(eventInputSchema.parse({ ...base, network: "  " })).networkSlug).toBeNull();
    expect(toEventFacts(eventInputSchema.parse({ ...base, network: null })).networkSlug).toBeNull();
    expect(toEventFacts(eventInputSchema.parse(base))).toMatchObject({
      networkSlug: null,
      platform: null,
      country: null,
      revenue: null,
    });
  });
});
