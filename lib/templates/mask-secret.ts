const MASK = "****";
// Below this length the last four characters would give away too much of the secret.
const MIN_LENGTH_TO_SHOW_TAIL = 12;

/**
 * "sample-token-0000-1f7c" -> "****1f7c"; short secrets -> "****". The tail goes through
 * `encode` like any other value, so a masked URL stays a valid URL; the stars stay readable.
 * Lengths count code points, so an emoji is never cut in half.
 */
export function maskSecret(value: string, encode: (s: string) => string = (s) => s): string {
  const chars = Array.from(value);
  if (chars.length < MIN_LENGTH_TO_SHOW_TAIL) return MASK;
  return MASK + encode(chars.slice(-4).join(""));
}
