/**
 * Delay before each attempt, in seconds: element 0 is the first attempt (immediately), element n
 * the wait before attempt n+1. Ten attempts spread over about four days outlast a network's
 * weekend outage; after the last one the delivery is dead-lettered.
 */
export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [
  0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400,
];

/** A 429 without a usable Retry-After still waits this long: retrying in 5 s only earns another 429. */
export const RETRY_AFTER_MIN_SECONDS_FOR_429 = 60;

/** A Retry-After never pushes an attempt further out than this, whatever the server asks. */
export const RETRY_AFTER_MAX_SECONDS = 36_000;

/** Scheduled delays vary by ±20% so deliveries that failed together do not retry in lockstep. */
const RETRY_JITTER_RATIO = 0.2;

const MAX_SCHEDULE_LENGTH = 100;

export type AttemptOutcome = { kind: "success" | "retry" | "final"; reason: string };

const ERROR_CLASS_OUTCOMES: Record<string, AttemptOutcome> = {
  timeout: { kind: "retry", reason: "timed out waiting for the response" },
  connect_timeout: { kind: "retry", reason: "timed out connecting" },
  connection: { kind: "retry", reason: "connection failed" },
  dns: { kind: "retry", reason: "DNS lookup failed" },
  tls: { kind: "retry", reason: "TLS handshake failed" },
  blocked_target: { kind: "final", reason: "target address is blocked by the address policy" },
  invalid_request: { kind: "final", reason: "the request could not be built" },
};

/**
 * 2xx is success. 3xx is final: redirects are never followed and retrying will not change one.
 * 4xx is final except 408, 425 and 429. 5xx and transport errors are retried. A transport error
 * wins over a status (headers arrived, then the body timed out): the attempt did not complete.
 */
export function classifyAttempt(result: {
  status: number | null;
  errorClass: string | null;
  responseHeaders?: Record<string, string> | null;
}): AttemptOutcome {
  if (result.errorClass !== null) {
    return (
      ERROR_CLASS_OUTCOMES[result.errorClass] ?? { kind: "retry", reason: `unexpected error (${result.errorClass})` }
    );
  }
  const status = result.status;
  if (status === null) return { kind: "retry", reason: "no response" };
  if (status >= 200 && status <= 299) return { kind: "success", reason: `HTTP ${status}` };
  if (status >= 300 && status <= 399) {
    const location = result.responseHeaders?.location;
    const where = location ? ` redirect to ${location}` : " redirect";
    return { kind: "final", reason: `HTTP ${status}${where} not followed` };
  }
  if (status === 408) return { kind: "retry", reason: "HTTP 408 request timeout" };
  if (status === 425) return { kind: "retry", reason: "HTTP 425 too early" };
  if (status === 429) return { kind: "retry", reason: "HTTP 429 rate limited" };
  if (status === 410) return { kind: "final", reason: "HTTP 410 gone" };
  if (status >= 400 && status <= 499) return { kind: "final", reason: `HTTP ${status} client error` };
  if (status >= 500 && status <= 599) return { kind: "retry", reason: `HTTP ${status} server error` };
  return { kind: "retry", reason: `HTTP ${status} is not a valid final status` };
}

/**
 * Seconds to wait before the next attempt, or null when the schedule is exhausted and the
 * delivery should be dead-lettered. A Retry-After (clamped to [60 s for 429, 10 h]) can only
 * lengthen the wait, never shorten the schedule.
 */
export function nextAttemptDelaySeconds(input: {
  attemptsMade: number;
  schedule?: readonly number[];
  retryAfterSeconds?: number | null;
  status?: number | null;
  random?: () => number;
}): number | null {
  const schedule = input.schedule ?? DEFAULT_RETRY_SCHEDULE_SECONDS;
  const random = input.random ?? Math.random;
  if (!Number.isInteger(input.attemptsMade) || input.attemptsMade < 0) {
    throw new RangeError(`attemptsMade must be a non-negative integer, got ${input.attemptsMade}`);
  }
  if (input.attemptsMade >= schedule.length) return null;

  const scheduled = schedule[input.attemptsMade];
  const jitter = (random() * 2 - 1) * RETRY_JITTER_RATIO;
  let delay = Math.round(scheduled * (1 + jitter));

  const floor = input.status === 429 ? RETRY_AFTER_MIN_SECONDS_FOR_429 : 0;
  const retryAfter = input.retryAfterSeconds;
  if (retryAfter !== null && retryAfter !== undefined && Number.isFinite(retryAfter)) {
    delay = Math.max(delay, Math.min(Math.max(retryAfter, floor), RETRY_AFTER_MAX_SECONDS));
  } else {
    delay = Math.max(delay, floor);
  }
  return delay;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * Reads "0, 5s, 5m, 30m, 2h, 1d" (or "1h30m"; a bare number is seconds) into seconds.
 * Throws naming the first bad token so a settings form can show it next to the field.
 */
export function parseRetrySchedule(text: string): number[] {
  const tokens = text.split(",").map((t) => t.trim());
  if (tokens.length === 1 && tokens[0] === "")
    throw new Error("the retry schedule is empty; give at least one delay, e.g. 0");
  if (tokens.length > MAX_SCHEDULE_LENGTH)
    throw new Error(`the retry schedule has ${tokens.length} entries; at most ${MAX_SCHEDULE_LENGTH} are allowed`);
  return tokens.map((token, index) => {
    const seconds = parseDuration(token);
    if (seconds === null) {
      const shown = token === "" ? `entry ${index + 1} is empty` : `"${token}" is not a duration`;
      throw new Error(`${shown}; use a number with s, m, h or d, such as 30s, 5m, 2h or 1d`);
    }
    return seconds;
  });
}

function parseDuration(token: string): number | null {
  const compact = token.toLowerCase().replace(/\s+/g, "");
  if (/^\d+$/.test(compact)) return Number(compact);
  if (!/^(\d+[smhd])+$/.test(compact)) return null;
  let total = 0;
  for (const [, amount, unit] of compact.matchAll(/(\d+)([smhd])/g)) total += Number(amount) * UNIT_SECONDS[unit];
  return Number.isSafeInteger(total) ? total : null;
}

/** 0 -> "0s", 300 -> "5m", 5400 -> "1h30m", 86400 -> "1d": the inverse of parseRetrySchedule's tokens. */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds));
  if (rest === 0) return "0s";
  let text = "";
  for (const unit of ["d", "h", "m", "s"]) {
    const size = UNIT_SECONDS[unit];
    if (rest >= size) {
      text += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  return text;
}
