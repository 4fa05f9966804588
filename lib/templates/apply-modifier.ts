import Decimal from "decimal.js";
import { base64Utf8 } from "./codecs/base64";
import { md5Hex } from "./codecs/md5";
import { percentEncode } from "./codecs/percent-encode";
import { sha256Hex } from "./codecs/sha256";
import type { MacroValue } from "./macros";
import type { ModifierName } from "./modifiers";

// Enough digits that any amount the rules produce is multiplied exactly; ties round half away
// from zero, like the rest of Ricochet's money code.
const Exact = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP });
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** `problem` follows the offending value in the message, which the caller quotes (or masks). */
export type ModifierOutcome = { value: MacroValue } | { problem: string; offending: string };

const asText = (v: string | Date): string => (typeof v === "string" ? v : v.toISOString());

// A default (or a property) may put text where a date is expected: it is kept as written.
const onDate = (v: string | Date, format: (d: Date) => string): string => (typeof v === "string" ? v : format(v));

/**
 * Applies one transform modifier to a present value. Policies and output modifiers (omit,
 * required, raw, number) and `default` are handled by the caller and return the value unchanged.
 */
export function applyModifier(name: ModifierName, value: string | Date): ModifierOutcome {
  switch (name) {
    case "lower":
      return { value: asText(value).toLowerCase() };
    case "upper":
      return { value: asText(value).toUpperCase() };
    case "trim":
      return { value: asText(value).trim() };
    case "unix":
      return { value: onDate(value, (d) => String(Math.floor(d.getTime() / 1000))) };
    case "unix_ms":
      return { value: onDate(value, (d) => String(d.getTime())) };
    case "iso":
      return { value: onDate(value, (d) => d.toISOString()) };
    case "date":
      return { value: onDate(value, (d) => d.toISOString().slice(0, 10)) };
    case "cents":
      return toCents(asText(value));
    case "sha256":
      return { value: sha256Hex(asText(value)) };
    case "md5":
      return { value: md5Hex(asText(value)) };
    case "base64":
      return { value: base64Utf8(asText(value)) };
    case "urlencode":
      return { value: percentEncode(asText(value)) };
    case "raw":
    case "default":
    case "omit":
    case "required":
    case "number":
      return { value };
  }
}

function toCents(text: string): ModifierOutcome {
  if (!DECIMAL.test(text)) return { problem: `is not an amount, so "cents" cannot convert it`, offending: text };
  const cents = new Exact(text).times(100).toDecimalPlaces(0, Exact.ROUND_HALF_UP);
  return { value: cents.isZero() ? "0" : cents.toFixed(0) };
}
