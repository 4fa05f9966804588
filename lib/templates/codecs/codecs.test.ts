import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base64Utf8 } from "./base64";
import { md5Hex } from "./md5";
import { sha256Hex } from "./sha256";

// Lengths around the 55/56/64-byte padding boundaries, plus multi-byte UTF-8.
const inputs = ["", "a", "abc", "é日本🎉", "x".repeat(55), "x".repeat(56), "x".repeat(63), "x".repeat(64), "y".repeat(1000)];

describe("codecs", () => {
  it("sha256 matches node:crypto", () => {
    for (const s of inputs) expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("md5 matches node:crypto", () => {
    for (const s of inputs) expect(md5Hex(s)).toBe(createHash("md5").update(s, "utf8").digest("hex"));
    expect(md5Hex("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
  });

  it("base64 matches Buffer", () => {
    for (const s of inputs) expect(base64Utf8(s)).toBe(Buffer.from(s, "utf8").toString("base64"));
    expect(base64Utf8("é")).toBe("w6k=");
  });
});
