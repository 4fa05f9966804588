import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "./suggest";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("click_id", "click_id")).toBe(0);
    expect(editDistance("clik_id", "click_id")).toBe(1);
    expect(editDistance("clickk_id", "click_id")).toBe(1);
    expect(editDistance("clack_id", "click_id")).toBe(1);
    expect(editDistance("clikc_id", "click_id")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("closestName", () => {
  const names = ["click_id", "click_time", "country", "ip"];

  it("picks the nearest candidate, ignoring case", () => {
    expect(closestName("clik_id", names)).toBe("click_id");
    expect(closestName("CLICK_TIM", names)).toBe("click_time");
    expect(closestName("iq", names)).toBe("ip");
  });

  it("returns null when nothing is a plausible typo", () => {
    expect(closestName("revenue", names)).toBeNull();
    expect(closestName("x", names)).toBeNull();
  });
});
