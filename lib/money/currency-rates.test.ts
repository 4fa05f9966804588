import { describe, expect, it } from "vitest";
import { type FxRateRow, findRate } from "./currency-rates";

const usdBase: FxRateRow[] = [
  { currency: "EUR", quote: "USD", rate: "1.0837" },
  { currency: "GBP", quote: "USD", rate: "1.2700" },
  { currency: "JPY", quote: "USD", rate: "0.0067" },
];

describe("findRate", () => {
  it("returns 1 for the same currency, even with no rows", () => {
    expect(findRate([], "EUR", "EUR")).toBe("1");
    expect(findRate([], "eur", "EUR")).toBe("1");
  });

  it("uses a stored pair as written, normalised", () => {
    expect(findRate(usdBase, "EUR", "USD")).toBe("1.0837");
    expect(findRate(usdBase, "GBP", "USD")).toBe("1.27");
  });

  it("matches codes case-insensitively", () => {
    expect(findRate(usdBase, "eur", "usd")).toBe("1.0837");
  });

  it("inverts the opposite pair to 12 significant digits", () => {
    expect(findRate(usdBase, "USD", "EUR")).toBe("0.92276460275");
    expect(findRate(usdBase, "USD", "JPY")).toBe("149.253731343");
    expect(findRate([{ currency: "X", quote: "Y", rate: "3" }], "Y", "X")).toBe("0.333333333333");
    expect(findRate([{ currency: "X", quote: "Y", rate: "1.5" }], "Y", "X")).toBe("0.666666666667");
    expect(findRate([{ currency: "X", quote: "Y", rate: "4" }], "Y", "X")).toBe("0.25");
  });

  it("prefers a stored pair over inverting the opposite one", () => {
    const rows = [
      { currency: "USD", quote: "EUR", rate: "0.92" },
      { currency: "EUR", quote: "USD", rate: "1.0837" },
    ];
    expect(findRate(rows, "USD", "EUR")).toBe("0.92");
  });

  it("crosses through a common quote", () => {
    expect(findRate(usdBase, "EUR", "GBP")).toBe("0.853307086614");
    expect(findRate(usdBase, "GBP", "EUR")).toBe("1.17191104549");
    expect(findRate(usdBase, "EUR", "JPY")).toBe("161.746268657");
  });

  it("crosses through a common base and through a chain", () => {
    const eurBase = [
      { currency: "EUR", quote: "USD", rate: "1.08" },
      { currency: "EUR", quote: "GBP", rate: "0.9" },
    ];
    expect(findRate(eurBase, "USD", "GBP")).toBe("0.833333333333");
    const chain = [
      { currency: "EUR", quote: "USD", rate: "1.1" },
      { currency: "USD", quote: "JPY", rate: "150.5" },
    ];
    expect(findRate(chain, "EUR", "JPY")).toBe("165.55");
  });

  it("returns null when no path of at most two legs exists", () => {
    expect(findRate(usdBase, "EUR", "CHF")).toBeNull();
    expect(findRate([], "EUR", "USD")).toBeNull();
    const threeLegs = [
      { currency: "A", quote: "B", rate: "2" },
      { currency: "B", quote: "C", rate: "2" },
      { currency: "C", quote: "D", rate: "2" },
    ];
    expect(findRate(threeLegs, "A", "D")).toBeNull();
  });

  it("ignores rows whose rate is malformed, zero or negative", () => {
    const rows = [
      { currency: "EUR", quote: "USD", rate: "abc" },
      { currency: "GBP", quote: "USD", rate: "0" },
      { currency: "JPY", quote: "USD", rate: "-1" },
    ];
    expect(findRate(rows, "EUR", "USD")).toBeNull();
    expect(findRate(rows, "USD", "GBP")).toBeNull();
    expect(findRate(rows, "JPY", "USD")).toBeNull();
  });

  it("takes the first valid row when a pair is stored twice", () => {
    const rows = [
      { currency: "EUR", quote: "USD", rate: "bad" },
      { currency: "EUR", quote: "USD", rate: "1.1" },
      { currency: "EUR", quote: "USD", rate: "1.2" },
    ];
    expect(findRate(rows, "EUR", "USD")).toBe("1.1");
  });
});
