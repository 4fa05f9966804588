import { describe, expect, it } from "vitest";
import { formatDays, formatHours } from "./format-elapsed";

const H = 3_600_000;

describe("formatHours", () => {
  it.each([
    [49 * H, "49 h"],
    [48 * H + 1, "48 h 1 min"],
    [48 * H + 30 * 60_000, "48 h 30 min"],
    [59 * 60_000 + 1, "1 h"],
    [0, "0 h"],
  ])("%d ms -> %s", (ms, text) => {
    expect(formatHours(ms)).toBe(text);
  });
});

describe("formatDays", () => {
  it.each([
    [31 * 24 * H, "31 days"],
    [30 * 24 * H + 1, "30 days 1 h"],
    [24 * H, "1 day"],
    [24 * H + 5 * H, "1 day 5 h"],
    [H, "0 days 1 h"],
  ])("%d ms -> %s", (ms, text) => {
    expect(formatDays(ms)).toBe(text);
  });
});
