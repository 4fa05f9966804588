import { describe, expect, it } from "vitest";
import { keyed } from "./keyed";

describe("keyed", () => {
  it("keys items by content and numbers repeats", () => {
    expect(keyed(["a", "b", "a", "a"], (s) => s).map((k) => k.key)).toEqual(["a", "b", "a#2", "a#3"]);
  });

  it("keeps an item's key when an item before it goes", () => {
    const before = keyed(["x", "y", "z"], (s) => s);
    const after = keyed(["y", "z"], (s) => s);
    expect(after.map((k) => k.key)).toEqual(before.slice(1).map((k) => k.key));
  });
});
