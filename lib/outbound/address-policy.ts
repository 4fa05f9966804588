import ipaddr from "ipaddr.js";

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;
type Address = IPv4 | IPv6;

/** CIDR ranges an operator has opened on purpose (local receivers, a private network). */
export type AllowList = {
  readonly ranges: readonly (readonly [Address, number])[];
  /** Canonical text of the ranges: equal lists share one connection pool. */
  readonly key: string;
};

export type AddressVerdict = {
  blocked: boolean;
  /** Why, phrased to follow an address: "10.0.0.5, a private address". */
  reason?: string;
  /** False for addresses the allow list can never open (metadata service, unparsable input). */
  overridable?: boolean;
};

export const EMPTY_ALLOW_LIST: AllowList = { ranges: [], key: "" };

// Ranges ipaddr.js names that are ordinary public unicast space. Anything else it names is
// special-purpose and refused, so a range added in a future ipaddr.js release fails closed.
const PUBLIC_RANGES = new Set(["unicast", "as112", "amt", "as112v6"]);

const RANGE_REASONS: Record<string, string> = {
  unspecified: "an unspecified address",
  broadcast: "the broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address",
  loopback: "a loopback address",
  carrierGradeNat: "a carrier-grade NAT address",
  private: "a private address",
  reserved: "a reserved address",
  benchmarking: "a benchmarking address",
  uniqueLocal: "a unique-local address",
  deprecatedSiteLocal: "a site-local address",
  discard: "a discard-only address",
};

// Instance metadata services hand out cloud credentials. They stay refused even when a broad
// allow entry such as 169.254.0.0/16 covers them: no postback has a reason to go there.
const METADATA_ADDRESSES = ["169.254.169.254", "fd00:ec2::254"].map((a) => ipaddr.parse(a).toNormalizedString());

export function isBlockedAddress(ip: string, allow: AllowList): AddressVerdict {
  const address = parseAddress(ip);
  if (!address) return { blocked: true, reason: "not a valid IP address", overridable: false };
  const forms = [address, ...embeddedIPv4(address).map((e) => e.address)];
  if (forms.some((a) => METADATA_ADDRESSES.includes(a.toNormalizedString()))) {
    return { blocked: true, reason: "the cloud metadata service address", overridable: false };
  }
  if (isAllowed(address, allow)) return { blocked: false };
  const reason = specialPurposeReason(address);
  return reason ? { blocked: true, reason, overridable: true } : { blocked: false };
}

/**
 * Parses "127.0.0.1/32,::1/128,10.0.0.0/8". A bare address counts as a single-host range.
 * Throws naming the bad entry so a typo in the environment stops start-up instead of
 * silently leaving a receiver unreachable (or a range open).
 */
export function parseAllowList(csv: string | undefined): AllowList {
  const entries = (csv ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const ranges = entries.map(parseRange);
  const key = ranges
    .map(([a, bits]) => `${a.toNormalizedString()}/${bits}`)
    .sort()
    .join(",");
  return { ranges, key };
}

function parseRange(entry: string): readonly [Address, number] {
  const [addressPart, bitsPart, ...rest] = entry.split("/");
  const address = parseAddress(addressPart);
  const maxBits = address instanceof ipaddr.IPv4 ? 32 : 128;
  const bits = bitsPart === undefined ? maxBits : /^\d{1,3}$/.test(bitsPart) ? Number(bitsPart) : NaN;
  if (!address || rest.length > 0 || !(bits >= 0 && bits <= maxBits)) {
    throw new Error(`invalid allow-list entry "${entry}": expected a CIDR range such as 10.0.0.0/8 or ::1/128`);
  }
  return [address, bits];
}

// Strict parsing: ipaddr.parse also takes "127.1" and "0x7f000001", which no resolver returns
// and which would only make allow-list typos harder to see.
function parseAddress(text: string): Address | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!ipaddr.IPv6.isValid(text)) return null;
  const parsed = ipaddr.IPv6.parse(text);
  const [bare] = text.split("%");
  if (!bare.includes(".")) return parsed;
  // ipaddr.js reads any dotted tail as IPv4-mapped ("::10.0.0.1" becomes ::ffff:a00:1), but
  // the dotted part only fills the last 32 bits; rebuild the prefix from the text itself.
  const head = bare.slice(0, bare.lastIndexOf(":") + 1);
  if (!ipaddr.IPv6.isValid(`${head}0:0`)) return null;
  const parts = ipaddr.IPv6.parse(`${head}0:0`).parts.slice(0, 6).concat(parsed.parts.slice(6));
  const fixed = new ipaddr.IPv6(parts);
  fixed.zoneId = parsed.zoneId;
  return fixed;
}

function isAllowed(address: Address, allow: AllowList): boolean {
  // The kernel connects ::ffff:a.b.c.d to a.b.c.d, so an IPv4 allow entry covers that form too.
  const forms = [address];
  if (address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress()) forms.push(address.toIPv4Address());
  return allow.ranges.some(([base, bits]) => forms.some((a) => a.kind() === base.kind() && a.match(base, bits)));
}

function specialPurposeReason(address: Address): string | null {
  if (address instanceof ipaddr.IPv4) return rangeReason(address.range());
  if (isIPv4Compatible(address)) return "a deprecated IPv4-compatible IPv6 address";
  const embedded = embeddedIPv4(address);
  if (embedded.length > 0) {
    for (const { form, address: inner } of embedded) {
      const innerReason = rangeReason(inner.range());
      if (innerReason) return `${form} of ${inner.toString()}, ${innerReason}`;
    }
    return null;
  }
  return rangeReason(address.range());
}

function rangeReason(range: string): string | null {
  if (PUBLIC_RANGES.has(range)) return null;
  return RANGE_REASONS[range] ?? `a special-purpose address (${range})`;
}

// ::a.b.c.d (but not :: or ::1): obsolete, and some stacks still route it to the IPv4 address.
function isIPv4Compatible(address: IPv6): boolean {
  const p = address.parts;
  return p.slice(0, 6).every((x) => x === 0) && (p[6] !== 0 || p[7] > 1);
}

type Embedded = { form: string; address: IPv4 };

/** IPv4 addresses an IPv6 address carries and that a relay or translator may end up reaching. */
function embeddedIPv4(address: Address): Embedded[] {
  if (address instanceof ipaddr.IPv4) return [];
  const p = address.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  switch (address.range()) {
    case "ipv4Mapped":
      return [{ form: "an IPv4-mapped form", address: address.toIPv4Address() }];
    case "rfc6145":
      return [{ form: "an IPv4-translated form", address: v4(p[6], p[7]) }];
    case "rfc6052":
      return [{ form: "a NAT64 form", address: v4(p[6], p[7]) }];
    case "6to4":
      return [{ form: "a 6to4 form", address: v4(p[1], p[2]) }];
    case "teredo":
      // 2001:0:server:server:flags:port:client^ffff:client^ffff
      return [
        { form: "a Teredo form", address: v4(p[6] ^ 0xffff, p[7] ^ 0xffff) },
        { form: "a Teredo form (server)", address: v4(p[2], p[3]) },
      ];
    default:
      return [];
  }
}
