import Decimal from "decimal.js";

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const Exact = Decimal.clone({ precision: 100 });

/**
 * The JSON number text for a value, or null if it is not a number. Valid JSON numbers are kept
 * digit for digit ("49.990" stays "49.990"): a float round-trip could change an amount.
 * Other plain decimals ("+5", "007", "4.") are rewritten exactly by decimal.js.
 */
export function toJsonNumber(value: string): string | null {
  if (JSON_NUMBER.test(value)) return value;
  if (!PLAIN_DECIMAL.test(value)) return null;
  const d = new Exact(value);
  return d.isZero() ? "0" : d.toFixed();
}
