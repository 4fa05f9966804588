import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, isEncryptedWith, lastFour, maskSecret } from "./cipher";

const k1 = randomBytes(32),
  k2 = randomBytes(32);

describe("secret cipher", () => {
  it("round-trips and never stores the plain text", () => {
    const token = encryptSecret("tok_live_abcdef123456", { current: k1, previous: [] });
    expect(token).not.toContain("tok_live");
    expect(decryptSecret(token, { current: k1, previous: [] })).toBe("tok_live_abcdef123456");
  });
  it("uses a fresh IV each time", () => {
    const ring = { current: k1, previous: [] };
    expect(encryptSecret("same", ring)).not.toBe(encryptSecret("same", ring));
  });
  it("reads values under a previous key after rotation, and knows which key wrote them", () => {
    const old = encryptSecret("s3cret-value-xyz", { current: k1, previous: [] });
    expect(decryptSecret(old, { current: k2, previous: [k1] })).toBe("s3cret-value-xyz");
    expect(isEncryptedWith(old, k2)).toBe(false);
    expect(() => decryptSecret(old, { current: k2, previous: [] })).toThrow(/RICOCHET_PREVIOUS_SECRET_KEYS/);
  });
  it("rejects tampered ciphertext", () => {
    const token = encryptSecret("value", { current: k1, previous: [] });
    const parts = token.split(".");
    parts[4] = Buffer.from("other").toString("base64url");
    expect(() => decryptSecret(parts.join("."), { current: k1, previous: [] })).toThrow();
  });
  it("shows at most the last four characters, and nothing of short secrets", () => {
    expect(lastFour("abcdefghijkl1234")).toBe("1234");
    expect(maskSecret("abcdefghijkl1234")).toBe("****1234");
    expect(maskSecret("short")).toBe("****");
  });
});
