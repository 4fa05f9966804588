import { describe, expect, it } from "vitest";
import { fromMicros, toMicros } from "./micros";

describe("toMicros", () => {
  it.each([
    ["4.99", 4_990_000n],
    ["0", 0n],
    ["-0", 0n],
    ["0.000001", 1n],
    ["123456789012345.123456", 123_456_789_012_345_123_456n],
    ["-19.99", -19_990_000n],
  ])("%s -> %s", (input, expected) => {
    expect(toMicros(input)).toBe(expected);
  });

  it("rounds half up beyond the sixth place", () => {
    expect(toMicros("0.0000005")).toBe(1n);
    expect(toMicros("0.00000049999")).toBe(0n);
    expect(toMicros("1.2345675")).toBe(1_234_568n);
    expect(toMicros("1.2345674999")).toBe(1_234_567n);
  });

  it("rounds negative ties away from zero so a refund mirrors its sale", () => {
    expect(toMicros("-0.0000005")).toBe(-1n);
    expect(toMicros("-1.2345675")).toBe(-toMicros("1.2345675"));
    expect(toMicros("-0.0000001")).toBe(0n);
  });

  it("keeps sums exact where floats would not", () => {
    expect(toMicros("0.1") + toMicros("0.2")).toBe(toMicros("0.3"));
  });
});

describe("fromMicros", () => {
  it.each([
    [4_990_000n, "4.99"],
    [0n, "0"],
    [1n, "0.000001"],
    [10_000_000n, "10"],
    [-4_990_000n, "-4.99"],
    [-1n, "-0.000001"],
    [123_456_789_012_345_123_456n, "123456789012345.123456"],
  ])("%s -> %s", (input, expected) => {
    expect(fromMicros(input)).toBe(expected);
  });

  it.each(["4.99", "0", "0.000001", "-19.99", "1000000", "21.663163", "-0.5"])("round-trips %s", (s) => {
    expect(fromMicros(toMicros(s))).toBe(s);
  });
});
