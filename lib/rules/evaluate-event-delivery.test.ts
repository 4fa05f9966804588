import { describe, expect, it } from "vitest";
import { evaluateEvent } from "./evaluate-event";
import { makeEvent, makeNetwork, makeRule } from "./test-factories";

const H = 3_600_000;
const clickAt = new Date("2026-11-25T10:00:00Z");
const deadlineAt = new Date(clickAt.getTime() + 48 * H);
const acme = makeNetwork({ acceptanceWindowHours: 48 });
const rates = [{ currency: "EUR", quote: "USD", rate: "1.0837" }];

describe("evaluateEvent: acceptance window", () => {
  it("is pending with the deadline recorded exactly at the deadline", () => {
    expect(evaluateEvent(makeEvent({ clickAt }), [acme], [], deadlineAt)).toMatchObject([
      { status: "pending", deadlineAt },
    ]);
  });

  it("expires one ms after the deadline", () => {
    const late = new Date(deadlineAt.getTime() + 1);
    expect(evaluateEvent(makeEvent({ clickAt }), [acme], [], late)).toEqual([
      {
        networkId: "net-acme",
        status: "expired",
        ruleId: "rule-purchase",
        reason: "postback would arrive 48 h 1 min after the click; Acme accepts 48 h",
        attributed: true,
        partnerEventName: "purchase",
        deadlineAt,
        sendRevenue: false,
        revenue: null,
        currency: null,
        fxRate: null,
      },
    ]);
  });

  it("names the hours late", () => {
    const late = new Date(clickAt.getTime() + 49 * H);
    expect(evaluateEvent(makeEvent({ clickAt }), [acme], [], late)).toMatchObject([
      { status: "expired", reason: "postback would arrive 49 h after the click; Acme accepts 48 h" },
    ]);
  });

  it("measures from the install when there is no click", () => {
    const installAt = clickAt;
    const late = new Date(installAt.getTime() + 49 * H);
    expect(evaluateEvent(makeEvent({ installAt }), [acme], [], late)).toMatchObject([
      { status: "expired", deadlineAt, reason: "postback would arrive 49 h after the install; Acme accepts 48 h" },
    ]);
  });

  it("applies no window with neither a click nor an install", () => {
    expect(evaluateEvent(makeEvent(), [acme], [], new Date("2030-01-01T00:00:00Z"))).toMatchObject([
      { status: "pending", deadlineAt: null },
    ]);
  });

  it("still expires for a paused network: its held deliveries would be late too", () => {
    const paused = makeNetwork({ acceptanceWindowHours: 48, status: "paused" });
    expect(evaluateEvent(makeEvent({ clickAt }), [paused], [], new Date(deadlineAt.getTime() + 1))).toMatchObject([
      { status: "expired" },
    ]);
  });
});

describe("evaluateEvent: revenue", () => {
  const withRevenue = makeEvent({ clickAt, revenue: "19.99", currency: "EUR" });
  const onTime = clickAt;

  it("sends no revenue when the rule does not", () => {
    expect(evaluateEvent(withRevenue, [acme], rates, onTime)).toMatchObject([
      { status: "pending", sendRevenue: false, revenue: null, currency: null, fxRate: null },
    ]);
  });

  it("sends revenue as received", () => {
    const network = makeNetwork({ rules: [makeRule({ sendRevenue: true })] });
    expect(evaluateEvent(withRevenue, [network], rates, onTime)).toMatchObject([
      { status: "pending", sendRevenue: true, revenue: "19.99", currency: "EUR", fxRate: null },
    ]);
  });

  it("converts exactly and records the rate and the deadline", () => {
    const network = makeNetwork({
      acceptanceWindowHours: 48,
      rules: [makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "USD" })],
    });
    expect(evaluateEvent(withRevenue, [network], rates, onTime)).toEqual([
      {
        networkId: "net-acme",
        status: "pending",
        ruleId: "rule-purchase",
        partnerEventName: "purchase",
        sendRevenue: true,
        revenue: "21.663163",
        currency: "USD",
        fxRate: "1.0837",
        deadlineAt,
        attributed: true,
        reason: null,
      },
    ]);
  });

  it("skips when no exchange rate exists, keeping the deadline", () => {
    const network = makeNetwork({
      acceptanceWindowHours: 48,
      rules: [makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "JPY" })],
    });
    expect(evaluateEvent(withRevenue, [network], rates, onTime)).toEqual([
      {
        networkId: "net-acme",
        status: "skipped",
        ruleId: "rule-purchase",
        reason: "no exchange rate EUR→JPY",
        attributed: true,
        partnerEventName: "purchase",
        deadlineAt,
        sendRevenue: false,
        revenue: null,
        currency: null,
        fxRate: null,
      },
    ]);
  });

  it("leaves revenue empty when the event has none, for the template to decide", () => {
    const network = makeNetwork({
      rules: [makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "USD" })],
    });
    expect(evaluateEvent(makeEvent(), [network], rates, onTime)).toMatchObject([
      { status: "pending", sendRevenue: true, revenue: null, currency: null, fxRate: null },
    ]);
  });

  it("expires before it would skip for a missing rate", () => {
    const network = makeNetwork({
      acceptanceWindowHours: 48,
      rules: [makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "JPY" })],
    });
    expect(evaluateEvent(withRevenue, [network], rates, new Date(deadlineAt.getTime() + 1))).toMatchObject([
      { status: "expired" },
    ]);
  });
});
