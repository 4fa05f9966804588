import { MoneyDecimal, parseDecimal } from "./decimal";

const MICROS_PER_UNIT = 1_000_000n;

/**
 * "4.99" -> 4990000n. Revenue is summed in millionths (revenueMicros columns) so totals stay exact
 * integers; digits beyond the sixth place cannot be stored there, so they are rounded half away
 * from zero, the same rounding convertAmount uses, which keeps toMicros(convertAmount(...)) exact.
 */
export function toMicros(decimalString: string): bigint {
  const micros = parseDecimal(decimalString).toDecimalPlaces(6, MoneyDecimal.ROUND_HALF_UP).times(1_000_000);
  return BigInt(micros.toFixed(0));
}

/** 4990000n -> "4.99": the canonical decimal, with only the fractional digits that are needed. */
export function fromMicros(micros: bigint): string {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const whole = abs / MICROS_PER_UNIT;
  const fraction = (abs % MICROS_PER_UNIT).toString().padStart(6, "0").replace(/0+$/, "");
  const text = fraction === "" ? whole.toString() : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}
