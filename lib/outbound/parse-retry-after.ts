/**
 * Seconds from `now` until the time a Retry-After header names, or null when absent or
 * unreadable. Accepts delta-seconds and the HTTP-date forms (IMF-fixdate, RFC 850, asctime).
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text), Number.MAX_SAFE_INTEGER);
  // Every HTTP-date form spells the month; without this, Date.parse would read "1.5" as a date.
  if (!/[A-Za-z]{3}/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  // Rounded up: retrying a second late is harmless, a second early earns another 429.
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
