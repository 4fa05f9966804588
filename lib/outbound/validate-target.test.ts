import { describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST, parseAllowList } from "./address-policy";
import { validatePostbackTarget } from "./validate-target";

describe("validatePostbackTarget", () => {
  it("accepts a public IP-literal target without touching DNS", async () => {
    expect(await validatePostbackTarget("https://93.184.216.34/pb?click=abc", EMPTY_ALLOW_LIST)).toEqual({ ok: true });
    expect(await validatePostbackTarget("http://[2606:4700:4700::1111]:8080/pb", EMPTY_ALLOW_LIST)).toEqual({
      ok: true,
    });
  });

  it("names the address and the setting for a private IP literal", async () => {
    expect(await validatePostbackTarget("http://10.0.0.5/pb", EMPTY_ALLOW_LIST)).toEqual({
      ok: false,
      message:
        "10.0.0.5 is a private address; postbacks to private addresses are refused (RICOCHET_ALLOW_PRIVATE_TARGETS)",
    });
  });

  it("checks the IPv4 address inside an IPv4-mapped IPv6 literal", async () => {
    const result = await validatePostbackTarget("http://[::ffff:192.168.0.9]/pb", EMPTY_ALLOW_LIST);
    expect(result).toEqual({
      ok: false,
      message:
        "::ffff:c0a8:9 is an IPv4-mapped form of 192.168.0.9, a private address; postbacks to private addresses are refused (RICOCHET_ALLOW_PRIVATE_TARGETS)",
    });
  });

  it("resolves a hostname and refuses it when it resolves to loopback", async () => {
    const result = await validatePostbackTarget("http://localhost:3000/pb", EMPTY_ALLOW_LIST);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(
        /^localhost resolves to (127\.0\.0\.1|::1), a loopback address; postbacks to private addresses are refused \(RICOCHET_ALLOW_PRIVATE_TARGETS\)$/,
      );
    }
  });

  it("accepts a local receiver once the allow list covers every address", async () => {
    expect(await validatePostbackTarget("http://localhost:3000/pb", parseAllowList("127.0.0.1/32,::1/128"))).toEqual({
      ok: true,
    });
    expect(await validatePostbackTarget("http://10.0.0.5/pb", parseAllowList("10.0.0.0/8"))).toEqual({ ok: true });
  });

  it("never opens the metadata service, whatever the allow list says", async () => {
    expect(await validatePostbackTarget("http://169.254.169.254/latest", parseAllowList("0.0.0.0/0"))).toEqual({
      ok: false,
      message: "169.254.169.254 is the cloud metadata service address; postbacks to it are always refused",
    });
  });

  it("refuses a host that does not resolve", async () => {
    const result = await validatePostbackTarget("https://no-such-host.invalid/pb", EMPTY_ALLOW_LIST);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^could not resolve no-such-host\.invalid \(/);
  });

  it.each([
    ["not a url", "is not a valid absolute URL"],
    ["ftp://example.com/file", "uses ftp; only http and https are supported"],
    ["javascript:alert(1)", "uses javascript; only http and https are supported"],
    [
      "https://user:secret@93.184.216.34/pb",
      "must not contain a user name or password; send credentials in a header instead",
    ],
    [
      "https://:secret@93.184.216.34/pb",
      "must not contain a user name or password; send credentials in a header instead",
    ],
  ])("refuses %j", async (url, message) => {
    expect(await validatePostbackTarget(url, EMPTY_ALLOW_LIST)).toEqual({ ok: false, message });
  });
});
