import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base64Utf8 } from "./base64";
import { md5Hex } from "./md5";
import { percentEncode } from "./percent-encode";
import { sha256Hex } from "./sha256";

// Lengths around the 55/56/64-byte padding boundaries, plus multi-byte UTF-8.
const inputs = [
  "",
  "a",
  "abc",
  "é日本🎉",
  "x".repeat(55),
  "x".repeat(56),
  "x".repeat(63),
  "x".repeat(64),
  "y".repeat(1000),
];

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

describe("percentEncode", () => {
  it("encodes everything but A-Z a-z 0-9 - . _ ~ as UTF-8 with uppercase hex", () => {
    expect(percentEncode("AZaz09-._~")).toBe("AZaz09-._~");
    expect(percentEncode(" &=#+%\"'/?:@!$()*,;[]")).toBe(
      "%20%26%3D%23%2B%25%22%27%2F%3F%3A%40%21%24%28%29%2A%2C%3B%5B%5D",
    );
    expect(percentEncode("é日本🎉\n\r\t")).toBe("%C3%A9%E6%97%A5%E6%9C%AC%F0%9F%8E%89%0A%0D%09");
  });

  it("replaces a lone surrogate with U+FFFD instead of throwing", () => {
    expect(percentEncode("a\uD83Cb")).toBe("a%EF%BF%BDb");
  });
});
