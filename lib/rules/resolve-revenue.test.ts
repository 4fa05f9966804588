import { describe, expect, it } from "vitest";
import { resolveRevenue } from "./resolve-revenue";
import { makeEvent, makeRule } from "./test-factories";

const rates = [
  { currency: "EUR", quote: "USD", rate: "1.0837" },
  { currency: "GBP", quote: "USD", rate: "1.27" },
];
const none = { revenue: null, currency: null, fxRate: null };
const eur = makeEvent({ revenue: "19.99", currency: "EUR" });

describe("resolveRevenue", () => {
  it("sends nothing when the rule does not send revenue", () => {
    expect(resolveRevenue(makeRule({ sendRevenue: false }), eur, rates)).toEqual(none);
  });

  it("sends nothing when the event has no revenue", () => {
    const rule = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "USD" });
    expect(resolveRevenue(rule, makeEvent({ revenue: null, currency: "EUR" }), rates)).toEqual(none);
  });

  it("passes the amount through as received, normalised", () => {
    const rule = makeRule({ sendRevenue: true });
    const event = makeEvent({ revenue: "019.9900", currency: "EUR" });
    expect(resolveRevenue(rule, event, rates)).toEqual({ revenue: "19.99", currency: "EUR", fxRate: null });
  });

  it("converts exactly and records the rate", () => {
    const rule = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "USD" });
    expect(resolveRevenue(rule, eur, rates)).toEqual({ revenue: "21.663163", currency: "USD", fxRate: "1.0837" });
  });

  it("converts through inverse and cross rates", () => {
    const toEur = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "EUR" });
    const usd = makeEvent({ revenue: "10", currency: "USD" });
    expect(resolveRevenue(toEur, usd, rates)).toEqual({
      revenue: "9.227646",
      currency: "EUR",
      fxRate: "0.92276460275",
    });
    const toGbp = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "GBP" });
    expect(resolveRevenue(toGbp, eur, rates)).toEqual({
      revenue: "17.057609",
      currency: "GBP",
      fxRate: "0.853307086614",
    });
  });

  it("records a rate of 1 when the event is already in the target currency", () => {
    const rule = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "EUR" });
    expect(resolveRevenue(rule, eur, [])).toEqual({ revenue: "19.99", currency: "EUR", fxRate: "1" });
  });

  it("skips when no rate exists", () => {
    const rule = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "JPY" });
    expect(resolveRevenue(rule, eur, rates)).toEqual({ skipReason: "no exchange rate EUR→JPY" });
  });

  it("skips when the event revenue has no currency to convert from", () => {
    const rule = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: "USD" });
    expect(resolveRevenue(rule, makeEvent({ revenue: "5", currency: null }), rates)).toEqual({
      skipReason: "event revenue has no currency; rule converts to USD",
    });
  });

  it("skips when a converting rule has no target currency", () => {
    const rule = makeRule({ sendRevenue: true, currencyMode: "convert", targetCurrency: null });
    expect(resolveRevenue(rule, eur, rates)).toEqual({
      skipReason: "rule converts revenue but has no target currency",
    });
  });
});
