import { formatDecimal, MoneyDecimal, parseDecimal } from "./decimal";

/**
 * amount x rate, computed exactly and then rounded half away from zero to 6 decimal places: the
 * precision revenue is stored and summed at (see toMicros), so the result round-trips through micros.
 */
export function convertAmount(amount: string, rate: string): string {
  const product = parseDecimal(amount).times(parseDecimal(rate));
  return formatDecimal(product.toDecimalPlaces(6, MoneyDecimal.ROUND_HALF_UP));
}
