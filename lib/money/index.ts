export { convertAmount } from "./convert-amount";
export { type FxRateRow, findRate } from "./currency-rates";
export { normalizeDecimal } from "./decimal";
export { fromMicros, toMicros } from "./micros";
