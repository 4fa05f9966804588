import { describe, expect, it } from "vitest";
import { normalizeDecimal, parseDecimal } from "./decimal";

describe("parseDecimal", () => {
  it("parses plain decimals exactly", () => {
    expect(parseDecimal("0.1").plus(parseDecimal("0.2")).toFixed()).toBe("0.3");
    expect(parseDecimal(" -12.5 ").toFixed()).toBe("-12.5");
    expect(parseDecimal("123456789012345.123456789012").toFixed()).toBe("123456789012345.123456789012");
  });

  it.each(["", "abc", "1e3", "NaN", "Infinity", "1.2.3", "1,5", "--1"])("rejects %j", (s) => {
    expect(() => parseDecimal(s)).toThrow(RangeError);
  });

  it("names the value in the error", () => {
    expect(() => parseDecimal("abc")).toThrow('not a decimal number: "abc"');
  });
});

describe("normalizeDecimal", () => {
  it.each([
    ["004.9900", "4.99"],
    ["4.990000000000", "4.99"],
    ["10", "10"],
    ["10.000", "10"],
    ["0.000", "0"],
    ["-0.00", "0"],
    ["-004.50", "-4.5"],
    [".5", "0.5"],
    ["+7.", "7"],
    ["0.000000000001", "0.000000000001"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeDecimal(input)).toBe(expected);
  });
});
