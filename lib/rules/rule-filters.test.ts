import { describe, expect, it } from "vitest";
import { findFilterReason } from "./rule-filters";
import { makeEvent, makeRule } from "./test-factories";

const DAY = 86_400_000;

describe("findFilterReason: platforms", () => {
  const rule = makeRule({ platforms: ["ios", "android"] });

  it("passes a listed platform, case-insensitively", () => {
    expect(findFilterReason(rule, makeEvent({ platform: "ios" }))).toBeNull();
    expect(findFilterReason(rule, makeEvent({ platform: "iOS" }))).toBeNull();
    expect(findFilterReason(makeRule({ platforms: ["IOS"] }), makeEvent({ platform: "ios" }))).toBeNull();
  });

  it("filters an unlisted platform", () => {
    expect(findFilterReason(rule, makeEvent({ platform: "web" }))).toBe(
      'platform "web" not in rule filter [ios, android]',
    );
  });

  it("filters an event with no platform", () => {
    expect(findFilterReason(rule, makeEvent({ platform: null }))).toBe(
      "event has no platform; rule requires one of [ios, android]",
    );
    expect(findFilterReason(rule, makeEvent({ platform: " " }))).toBe(
      "event has no platform; rule requires one of [ios, android]",
    );
  });

  it("passes anything when the rule lists no platforms", () => {
    expect(findFilterReason(makeRule(), makeEvent({ platform: null }))).toBeNull();
  });
});

describe("findFilterReason: countries", () => {
  const rule = makeRule({ countries: ["US", "GB"] });

  it("passes a listed country, compared upper-case", () => {
    expect(findFilterReason(rule, makeEvent({ country: "GB" }))).toBeNull();
    expect(findFilterReason(rule, makeEvent({ country: "gb" }))).toBeNull();
  });

  it("filters an unlisted country, naming it upper-case", () => {
    expect(findFilterReason(rule, makeEvent({ country: "FR" }))).toBe('country "FR" not in rule filter [US, GB]');
    expect(findFilterReason(rule, makeEvent({ country: "fr" }))).toBe('country "FR" not in rule filter [US, GB]');
  });

  it("filters an event with no country", () => {
    expect(findFilterReason(rule, makeEvent({ country: null }))).toBe(
      "event has no country; rule requires one of [US, GB]",
    );
  });

  it("reports the platform before the country when both fail", () => {
    const both = makeRule({ platforms: ["android"], countries: ["GB"] });
    expect(findFilterReason(both, makeEvent({ platform: "ios", country: "FR" }))).toBe(
      'platform "ios" not in rule filter [android]',
    );
  });
});

describe("findFilterReason: post-install window", () => {
  const installAt = new Date("2026-10-01T00:00:00Z");
  const rule = makeRule({ postInstallWindowDays: 30 });
  const at = (ms: number) => makeEvent({ installAt, occurredAt: new Date(installAt.getTime() + ms) });

  it("passes up to and including exactly N days after install", () => {
    expect(findFilterReason(rule, at(0))).toBeNull();
    expect(findFilterReason(rule, at(30 * DAY))).toBeNull();
  });

  it("filters one ms past N days", () => {
    expect(findFilterReason(rule, at(30 * DAY + 1))).toBe(
      "event occurred 30 days 1 h after install; rule limits to 30 days after install",
    );
  });

  it("filters well past the window", () => {
    expect(findFilterReason(rule, at(31 * DAY))).toBe(
      "event occurred 31 days after install; rule limits to 30 days after install",
    );
  });

  it("passes an event stamped before its install (clock skew)", () => {
    expect(findFilterReason(rule, at(-DAY))).toBeNull();
  });

  it("filters an event with no install time", () => {
    expect(findFilterReason(rule, makeEvent({ installAt: null }))).toBe(
      "event has no install time; rule limits to 30 days after install",
    );
  });

  it("says day, not days, for a one-day window", () => {
    const oneDay = makeRule({ postInstallWindowDays: 1 });
    expect(findFilterReason(oneDay, makeEvent({ installAt: null }))).toBe(
      "event has no install time; rule limits to 1 day after install",
    );
  });

  it("ignores install time when the rule sets no window", () => {
    expect(findFilterReason(makeRule(), makeEvent({ installAt: null }))).toBeNull();
  });
});
