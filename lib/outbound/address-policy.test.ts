import { describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST, isBlockedAddress, parseAllowList } from "./address-policy";

describe("isBlockedAddress", () => {
  it.each([
    ["10.0.0.1", "a private address"],
    ["10.255.255.255", "a private address"],
    ["172.16.0.1", "a private address"],
    ["172.31.255.254", "a private address"],
    ["192.168.1.1", "a private address"],
    ["127.0.0.1", "a loopback address"],
    ["127.8.9.10", "a loopback address"],
    ["169.254.1.1", "a link-local address"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["100.127.255.254", "a carrier-grade NAT address"],
    ["0.0.0.0", "an unspecified address"],
    ["0.1.2.3", "an unspecified address"],
    ["224.0.0.1", "a multicast address"],
    ["239.255.255.250", "a multicast address"],
    ["255.255.255.255", "the broadcast address"],
    ["240.0.0.1", "a reserved address"],
    ["192.0.2.10", "a reserved address"],
    ["198.18.0.1", "a reserved address"],
    ["::1", "a loopback address"],
    ["::", "an unspecified address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["fc00::1", "a unique-local address"],
    ["fd12:3456::1", "a unique-local address"],
    ["ff02::1", "a multicast address"],
    ["2001:db8::1", "a reserved address"],
    ["::ffff:10.0.0.1", "an IPv4-mapped form of 10.0.0.1, a private address"],
    ["::ffff:7f00:1", "an IPv4-mapped form of 127.0.0.1, a loopback address"],
    ["::ffff:0:a00:1", "an IPv4-translated form of 10.0.0.1, a private address"],
    ["64:ff9b::c0a8:101", "a NAT64 form of 192.168.1.1, a private address"],
    ["2002:0a00:0001::1", "a 6to4 form of 10.0.0.1, a private address"],
    ["2002:7f00:0001::", "a 6to4 form of 127.0.0.1, a loopback address"],
    // Teredo client 10.0.0.1 is stored inverted: ~0a00 = f5ff, ~0001 = fffe.
    ["2001:0:4136:e378:8000:63bf:f5ff:fffe", "a Teredo form of 10.0.0.1, a private address"],
    ["::10.0.0.1", "a deprecated IPv4-compatible IPv6 address"],
    ["::8.8.8.8", "a deprecated IPv4-compatible IPv6 address"],
    ["64:ff9b::10.0.0.1", "a NAT64 form of 10.0.0.1, a private address"],
    ["::ffff:0:127.0.0.1", "an IPv4-translated form of 127.0.0.1, a loopback address"],
  ])("blocks %s as %s", (ip, reason) => {
    expect(isBlockedAddress(ip, EMPTY_ALLOW_LIST)).toEqual({ blocked: true, reason, overridable: true });
  });

  it.each(["169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254"])(
    "blocks the metadata address %s even when allow-listed",
    (ip) => {
      const verdict = isBlockedAddress(ip, parseAllowList("0.0.0.0/0,::/0"));
      expect(verdict).toEqual({ blocked: true, reason: "the cloud metadata service address", overridable: false });
    },
  );

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "172.15.255.255", // just below 172.16/12
    "172.32.0.1", // just above it
    "100.63.255.255", // just below CGNAT
    "100.128.0.0", // just above it
    "192.169.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "2002:0808:0808::1", // 6to4 of a public address
    "2001:0:4136:e378:8000:63bf:f7f7:f7f7", // Teredo of a public client and server
  ])("allows the public address %s", (ip) => {
    expect(isBlockedAddress(ip, EMPTY_ALLOW_LIST)).toEqual({ blocked: false });
  });

  it.each(["", "localhost", "10.0.0", "127.1", "0x7f000001", "999.1.1.1", "1.2.3.4/32", "::g"])(
    "refuses %j as not an address",
    (text) => {
      expect(isBlockedAddress(text, EMPTY_ALLOW_LIST)).toEqual({
        blocked: true,
        reason: "not a valid IP address",
        overridable: false,
      });
    },
  );

  describe("with an allow list", () => {
    const allow = parseAllowList("127.0.0.1/32, ::1/128, 10.0.0.0/8");

    it.each(["127.0.0.1", "::1", "10.1.2.3", "::ffff:10.1.2.3", "::ffff:127.0.0.1"])("allows %s", (ip) => {
      expect(isBlockedAddress(ip, allow).blocked).toBe(false);
    });

    it.each([
      ["127.0.0.2", "a loopback address"],
      ["192.168.0.1", "a private address"],
      ["11.0.0.1", null],
      ["fe80::1", "a link-local address"],
    ])("still judges %s on its own", (ip, reason) => {
      const verdict = isBlockedAddress(ip, allow);
      expect(verdict.blocked).toBe(reason !== null);
      expect(verdict.reason).toBe(reason ?? undefined);
    });
  });
});

describe("parseAllowList", () => {
  it("parses ranges and bare addresses into a canonical key", () => {
    const list = parseAllowList(" 10.0.0.0/8 ,127.0.0.1, ::1/128,,");
    expect(list.ranges).toHaveLength(3);
    expect(list.key).toBe("0:0:0:0:0:0:0:1/128,10.0.0.0/8,127.0.0.1/32");
    expect(parseAllowList("127.0.0.1/32,10.0.0.0/8").key).toBe(parseAllowList("10.0.0.0/8, 127.0.0.1/32").key);
  });

  it.each([undefined, "", " , "])("treats %j as an empty list", (csv) => {
    expect(parseAllowList(csv)).toEqual(EMPTY_ALLOW_LIST);
  });

  it.each(["10.0.0.0/33", "10.0.0/8", "::1/129", "10.0.0.0/8/1", "banana", "10.0.0.0/", "10.0.0.0/-1", "127.1/32"])(
    "names the bad entry %j",
    (entry) => {
      expect(() => parseAllowList(`127.0.0.1/32,${entry}`)).toThrow(`invalid allow-list entry "${entry}"`);
    },
  );
});
