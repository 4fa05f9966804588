import { formatDecimal, MoneyDecimal, parseDecimal } from "./decimal";

/** One FxRate row: 1 unit of `currency` is worth `rate` units of `quote`. */
export interface FxRateRow {
  currency: string;
  quote: string;
  rate: string;
}

// Derived rates are divisions with no finite decimal expansion, so they are cut at 12 significant
// digits: far below a micro on any realistic amount, and short enough to show and store as text.
const DerivedRate = MoneyDecimal.clone({ precision: 12 });

type Leg = { multiply: MoneyDecimal } | { divide: MoneyDecimal };

/**
 * The rate that turns 1 `from` into `to`, as an exact decimal string, or null when the rows cannot
 * produce one. Tried in order: identity ("1"), the stored pair as written, the inverse of the
 * opposite pair, then two legs through a shared currency (EUR->USD and GBP->USD give EUR->GBP).
 * Rows with a malformed or non-positive rate are ignored, as if missing.
 */
export function findRate(rates: FxRateRow[], from: string, to: string): string | null {
  const source = from.trim().toUpperCase();
  const target = to.trim().toUpperCase();
  if (source === target) return "1";

  const direct = indexRates(rates);
  const stored = direct.get(pairKey(source, target));
  if (stored) return formatDecimal(stored);

  const single = legBetween(direct, source, target);
  if (single) return formatDecimal(combine([single]));

  for (const via of currenciesOf(direct)) {
    if (via === source || via === target) continue;
    const first = legBetween(direct, source, via);
    const second = first && legBetween(direct, via, target);
    if (first && second) return formatDecimal(combine([first, second]));
  }
  return null;
}

function pairKey(from: string, to: string): string {
  return `${from}>${to}`;
}

// First valid row wins for a pair, so the caller's ordering decides between duplicates.
function indexRates(rates: FxRateRow[]): Map<string, MoneyDecimal> {
  const index = new Map<string, MoneyDecimal>();
  for (const row of rates) {
    const key = pairKey(row.currency.trim().toUpperCase(), row.quote.trim().toUpperCase());
    if (index.has(key)) continue;
    const rate = tryParsePositive(row.rate);
    if (rate) index.set(key, rate);
  }
  return index;
}

function tryParsePositive(s: string): MoneyDecimal | null {
  try {
    const d = parseDecimal(s);
    return d.isPositive() && !d.isZero() ? d : null;
  } catch {
    return null;
  }
}

function currenciesOf(direct: Map<string, MoneyDecimal>): string[] {
  const seen = new Set<string>();
  for (const key of direct.keys()) for (const code of key.split(">")) seen.add(code);
  return [...seen];
}

function legBetween(direct: Map<string, MoneyDecimal>, from: string, to: string): Leg | null {
  const forward = direct.get(pairKey(from, to));
  if (forward) return { multiply: forward };
  const backward = direct.get(pairKey(to, from));
  return backward ? { divide: backward } : null;
}

// Products of stored rates are exact at MoneyDecimal precision, so the single division at the end
// is the only rounding step: the result is correctly rounded, not rounded twice.
function combine(legs: Leg[]): MoneyDecimal {
  let numerator = new MoneyDecimal(1);
  let denominator = new MoneyDecimal(1);
  for (const leg of legs) {
    if ("multiply" in leg) numerator = numerator.times(leg.multiply);
    else denominator = denominator.times(leg.divide);
  }
  return new MoneyDecimal(new DerivedRate(numerator).div(denominator));
}
