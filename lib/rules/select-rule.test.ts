import { describe, expect, it } from "vitest";
import { selectRule } from "./select-rule";
import { makeRule } from "./test-factories";

const exact = makeRule({ id: "exact", eventName: "purchase" });
const catchAll = makeRule({ id: "all", eventName: "*" });

describe("selectRule", () => {
  it("prefers the exact rule over the catch-all, whatever their order", () => {
    expect(selectRule([catchAll, exact], "purchase")).toEqual({ rule: exact });
    expect(selectRule([exact, catchAll], "purchase")).toEqual({ rule: exact });
  });

  it("falls back to the catch-all", () => {
    expect(selectRule([exact, catchAll], "signup")).toEqual({ rule: catchAll });
  });

  it("matches names exactly", () => {
    expect(selectRule([exact], "Purchase")).toEqual({
      rule: null,
      ruleId: null,
      reason: 'no forwarding rule for event "Purchase"',
    });
  });

  it("lets a disabled exact rule stop the event instead of handing it to the catch-all", () => {
    const disabled = { ...exact, enabled: false };
    expect(selectRule([disabled, catchAll], "purchase")).toEqual({
      rule: null,
      ruleId: "exact",
      reason: 'forwarding rule for event "purchase" is disabled',
    });
  });

  it("explains a disabled catch-all", () => {
    expect(selectRule([{ ...catchAll, enabled: false }], "signup")).toEqual({
      rule: null,
      ruleId: "all",
      reason: 'no forwarding rule for event "signup" and the catch-all rule "*" is disabled',
    });
  });

  it("explains no rule at all", () => {
    expect(selectRule([], "purchase")).toEqual({
      rule: null,
      ruleId: null,
      reason: 'no forwarding rule for event "purchase"',
    });
  });
});
