import Decimal from "decimal.js";

// Amounts arrive with up to 15 integer and 12 fractional digits and rates with about as many, so an
// exact product needs ~55 significant digits; 100 leaves room and keeps every multiplication exact.
// Ties round half away from zero (decimal.js ROUND_HALF_UP), so a refund of -x rounds to exactly
// minus the rounding of x and reversals cancel out in sums.
export const MoneyDecimal = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP });
export type MoneyDecimal = InstanceType<typeof MoneyDecimal>;

// Plain decimal notation only: exponents ("1e3"), NaN and Infinity are never valid money or rates.
const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses a decimal string exactly; throws a RangeError naming the value when it is not one. */
export function parseDecimal(s: string): MoneyDecimal {
  const trimmed = s.trim();
  if (!DECIMAL_PATTERN.test(trimmed)) throw new RangeError(`not a decimal number: "${s}"`);
  return new MoneyDecimal(trimmed);
}

/** Canonical text for a decimal: plain notation, no leading or trailing zeros, never "-0". */
export function formatDecimal(d: MoneyDecimal): string {
  return d.isZero() ? "0" : d.toFixed();
}

/** "004.9900" -> "4.99": one spelling per value, so stored amounts compare as strings. */
export function normalizeDecimal(s: string): string {
  return formatDecimal(parseDecimal(s));
}
