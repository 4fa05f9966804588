import { convertAmount, type FxRateRow, findRate, normalizeDecimal } from "@/lib/money";
import type { EventFacts, RuleConfig } from "./types";

export type RevenueResolution =
  | { revenue: string | null; currency: string | null; fxRate: string | null }
  | { skipReason: string };

/**
 * The revenue a rule forwards for an event. Nothing when the rule does not send revenue or the
 * event has none (the template's missing-value policy decides what the partner sees). A conversion
 * with no usable rate skips the delivery rather than send a wrong amount in the wrong currency.
 */
export function resolveRevenue(rule: RuleConfig, event: EventFacts, rates: FxRateRow[]): RevenueResolution {
  if (!rule.sendRevenue || event.revenue === null) return { revenue: null, currency: null, fxRate: null };
  const revenue = normalizeDecimal(event.revenue);
  if (rule.currencyMode === "as_received") return { revenue, currency: event.currency, fxRate: null };

  const target = rule.targetCurrency?.trim().toUpperCase();
  if (!target) return { skipReason: "rule converts revenue but has no target currency" };
  if (!event.currency) return { skipReason: `event revenue has no currency; rule converts to ${target}` };
  const source = event.currency.trim().toUpperCase();
  const fxRate = findRate(rates, source, target);
  if (fxRate === null) return { skipReason: `no exchange rate ${source}→${target}` };
  return { revenue: convertAmount(revenue, fxRate), currency: target, fxRate };
}
