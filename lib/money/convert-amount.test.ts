import { describe, expect, it } from "vitest";
import { convertAmount } from "./convert-amount";
import { fromMicros, toMicros } from "./micros";

describe("convertAmount", () => {
  it("multiplies exactly", () => {
    expect(convertAmount("19.99", "1.0837")).toBe("21.663163");
    expect(convertAmount("0.1", "3")).toBe("0.3");
    expect(convertAmount("0.3", "0.1")).toBe("0.03");
    expect(convertAmount("123456789012345.123456789012", "1")).toBe("123456789012345.123457");
  });

  it("rounds half up to 6 places and normalises", () => {
    expect(convertAmount("1", "0.0000005")).toBe("0.000001");
    expect(convertAmount("1", "0.00000049")).toBe("0");
    expect(convertAmount("2.50", "2")).toBe("5");
    expect(convertAmount("10", "0.92276460275")).toBe("9.227646");
    expect(convertAmount("-1", "0.0000005")).toBe("-0.000001");
  });

  it("gives results that round-trip through micros", () => {
    const converted = convertAmount("4.99", "0.853307086614");
    expect(converted).toBe("4.258002");
    expect(fromMicros(toMicros(converted))).toBe(converted);
  });
});
