export { parseDecimal, normalizeDecimal, MoneyDecimal } from "./decimal";
export { toMicros, fromMicros } from "./micros";
export { convertAmount } from "./convert-amount";
export { findRate, type FxRateRow } from "./currency-rates";
