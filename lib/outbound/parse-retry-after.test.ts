import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./parse-retry-after";

const now = new Date("2026-11-27T10:00:00.250Z");

describe("parseRetryAfter", () => {
  it.each([
    ["120", 120],
    [" 0 ", 0],
    ["Fri, 27 Nov 2026 10:05:00 GMT", 300], // IMF-fixdate; rounded up from 299.75
    ["Friday, 27-Nov-26 10:05:00 GMT", 300], // RFC 850
    ["Fri Nov 27 10:05:00 2026", 300], // asctime
    ["Fri, 27 Nov 2026 09:00:00 GMT", 0], // already past
  ])("reads %j as %i seconds", (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it.each([undefined, null, "", "soon", "-5", "1.5", "12s", "Fri, 99 Nov 2026 10:05:00 GMT"])("ignores %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});
