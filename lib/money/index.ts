export { convertAmount } from "./convert-amount";
export { type FxRateRow, findRate } from "./currency-rates";
export { MoneyDecimal, normalizeDecimal, parseDecimal } from "./decimal";
export { fromMicros, toMicros } from "./micros";
