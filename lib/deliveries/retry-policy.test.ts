import { describe, expect, it } from "vitest";
import {
  classifyAttempt,
  DEFAULT_RETRY_SCHEDULE_SECONDS,
  formatDuration,
  nextAttemptDelaySeconds,
  parseRetrySchedule,
  RETRY_AFTER_MAX_SECONDS,
  RETRY_AFTER_MIN_SECONDS_FOR_429,
} from "./retry-policy";

const ok = (status: number) => ({ status, errorClass: null });

describe("classifyAttempt", () => {
  it.each([200, 201, 202, 204, 299])("treats HTTP %i as success", (status) => {
    expect(classifyAttempt(ok(status))).toEqual({ kind: "success", reason: `HTTP ${status}` });
  });

  it("treats a redirect as final and says where it pointed", () => {
    const result = classifyAttempt({
      status: 302,
      errorClass: null,
      responseHeaders: { location: "https://example.com/x" },
    });
    expect(result).toEqual({ kind: "final", reason: "HTTP 302 redirect to https://example.com/x not followed" });
    expect(classifyAttempt(ok(301))).toEqual({ kind: "final", reason: "HTTP 301 redirect not followed" });
  });

  it.each([400, 401, 403, 404, 409, 410, 422, 499])("treats HTTP %i as final", (status) => {
    expect(classifyAttempt(ok(status)).kind).toBe("final");
  });

  it("says 410 means gone", () => {
    expect(classifyAttempt(ok(410)).reason).toBe("HTTP 410 gone");
  });

  it.each([408, 425, 429, 500, 502, 503, 504, 599])("retries HTTP %i", (status) => {
    expect(classifyAttempt(ok(status)).kind).toBe("retry");
  });

  it.each(["timeout", "connect_timeout", "connection", "dns", "tls"])(
    "retries the transport error %s",
    (errorClass) => {
      expect(classifyAttempt({ status: null, errorClass }).kind).toBe("retry");
    },
  );

  it.each(["blocked_target", "invalid_request"])("does not retry %s", (errorClass) => {
    expect(classifyAttempt({ status: null, errorClass }).kind).toBe("final");
  });

  it("lets a transport error win over a status whose body never completed", () => {
    expect(classifyAttempt({ status: 200, errorClass: "timeout" }).kind).toBe("retry");
  });
});

describe("nextAttemptDelaySeconds", () => {
  const middle = () => 0.5; // no jitter
  const schedule = DEFAULT_RETRY_SCHEDULE_SECONDS;

  it("follows the default schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((attemptsMade) =>
      nextAttemptDelaySeconds({ attemptsMade, schedule, random: middle }),
    );
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);
    expect(nextAttemptDelaySeconds({ attemptsMade: 0, schedule, random: middle })).toBe(0);
  });

  it("returns null once the schedule is exhausted", () => {
    expect(nextAttemptDelaySeconds({ attemptsMade: 10, schedule, random: middle })).toBeNull();
    expect(nextAttemptDelaySeconds({ attemptsMade: 11, schedule, random: middle })).toBeNull();
    expect(nextAttemptDelaySeconds({ attemptsMade: 2, schedule: [0, 60], random: middle })).toBeNull();
    expect(nextAttemptDelaySeconds({ attemptsMade: 1, schedule: [0, 60], random: middle })).toBe(60);
  });

  it("jitters by at most ±20%", () => {
    expect(nextAttemptDelaySeconds({ attemptsMade: 2, schedule, random: () => 0 })).toBe(240);
    expect(nextAttemptDelaySeconds({ attemptsMade: 2, schedule, random: () => 0.999999 })).toBe(360);
    expect(nextAttemptDelaySeconds({ attemptsMade: 2, schedule, random: () => 0.25 })).toBe(270);
    for (let i = 0; i < 200; i++) {
      const delay = nextAttemptDelaySeconds({ attemptsMade: 4, schedule }) ?? -1;
      expect(delay).toBeGreaterThanOrEqual(7200 * 0.8);
      expect(delay).toBeLessThanOrEqual(7200 * 1.2);
    }
  });

  it("waits for a Retry-After longer than the schedule", () => {
    expect(
      nextAttemptDelaySeconds({ attemptsMade: 1, schedule, retryAfterSeconds: 120, status: 503, random: middle }),
    ).toBe(120);
  });

  it("never lets a short Retry-After shorten the schedule", () => {
    expect(
      nextAttemptDelaySeconds({ attemptsMade: 3, schedule, retryAfterSeconds: 10, status: 503, random: middle }),
    ).toBe(1800);
  });

  it("caps Retry-After at 10 hours", () => {
    const delay = nextAttemptDelaySeconds({
      attemptsMade: 1,
      schedule,
      retryAfterSeconds: 999_999,
      status: 503,
      random: middle,
    });
    expect(delay).toBe(RETRY_AFTER_MAX_SECONDS);
    expect(RETRY_AFTER_MAX_SECONDS).toBe(36_000);
  });

  it("waits at least 60 s after a 429, with or without Retry-After", () => {
    expect(
      nextAttemptDelaySeconds({ attemptsMade: 1, schedule, retryAfterSeconds: 2, status: 429, random: middle }),
    ).toBe(60);
    expect(
      nextAttemptDelaySeconds({ attemptsMade: 1, schedule, retryAfterSeconds: null, status: 429, random: middle }),
    ).toBe(60);
    expect(nextAttemptDelaySeconds({ attemptsMade: 1, schedule, status: 429, random: middle })).toBe(
      RETRY_AFTER_MIN_SECONDS_FOR_429,
    );
    expect(nextAttemptDelaySeconds({ attemptsMade: 3, schedule, status: 429, random: middle })).toBe(1800);
  });

  it("does not apply the 429 floor to other statuses", () => {
    expect(
      nextAttemptDelaySeconds({ attemptsMade: 1, schedule, retryAfterSeconds: 2, status: 503, random: middle }),
    ).toBe(5);
  });

  it("rejects a negative attempt count", () => {
    expect(() => nextAttemptDelaySeconds({ attemptsMade: -1, schedule })).toThrow(RangeError);
  });
});

describe("parseRetrySchedule", () => {
  it("reads human durations", () => {
    expect(parseRetrySchedule("0, 5s, 5m, 30m, 2h, 1d")).toEqual([0, 5, 300, 1800, 7200, 86400]);
    expect(parseRetrySchedule("10,1h30m, 2H ,90")).toEqual([10, 5400, 7200, 90]);
  });

  it("round-trips the default schedule through formatDuration", () => {
    const text = DEFAULT_RETRY_SCHEDULE_SECONDS.map(formatDuration).join(", ");
    expect(text).toBe("0s, 5s, 5m, 30m, 2h, 5h, 10h, 14h, 20h, 1d");
    expect(parseRetrySchedule(text)).toEqual(DEFAULT_RETRY_SCHEDULE_SECONDS);
  });

  it.each([
    ["0, 5x, 5m", '"5x" is not a duration; use a number with s, m, h or d, such as 30s, 5m, 2h or 1d'],
    ["0, -5", '"-5" is not a duration'],
    ["0, 1.5h", '"1.5h" is not a duration'],
    ["0, m5", '"m5" is not a duration'],
    ["0,,5m", "entry 2 is empty"],
    ["", "the retry schedule is empty"],
    ["  ", "the retry schedule is empty"],
    [Array(101).fill("1m").join(","), "at most 100"],
  ])("refuses %j naming the problem", (text, message) => {
    expect(() => parseRetrySchedule(text)).toThrow(message);
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0s"],
    [5, "5s"],
    [60, "1m"],
    [90, "1m30s"],
    [5400, "1h30m"],
    [86400, "1d"],
    [90061, "1d1h1m1s"],
  ])("formats %i as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
