import type { FxRateRow } from "@/lib/money";
import { checkAcceptanceWindow } from "./acceptance-window";
import { resolveRevenue } from "./resolve-revenue";
import { findFilterReason } from "./rule-filters";
import { selectRule } from "./select-rule";
import type { ClosedDecision, Decision, EventFacts, NetworkConfig } from "./types";

/**
 * Decides, once at ingest, what each network gets for an event; the caller stores one delivery
 * row per decision so later config edits never re-judge old events.
 *
 * The network the event is attributed to always gets a decision, whatever its status: a paused
 * or auto-disabled network's deliveries wait as pending until it is resumed. A network with scope
 * "all" also gets one for any event one of its rules takes. An event attributed to a slug no
 * network has gets no decisions at all: the caller records it, and nothing is forwarded
 * for an attribution Ricochet cannot check.
 */
export function evaluateEvent(event: EventFacts, networks: NetworkConfig[], rates: FxRateRow[], now: Date): Decision[] {
  const slug = normalizeSlug(event.networkSlug);
  if (slug !== null && !networks.some((n) => normalizeSlug(n.slug) === slug)) return [];

  const decisions: Decision[] = [];
  for (const network of networks) {
    const attributed = slug !== null && normalizeSlug(network.slug) === slug;
    const takesAll = network.scope === "all" && selectRule(network.rules, event.name).rule !== null;
    if (attributed || takesAll) decisions.push(decideForNetwork(event, network, attributed, rates, now));
  }
  return decisions;
}

// Ingest lower-cases slugs already; an empty one means the MMP sent the field blank (organic).
function normalizeSlug(slug: string | null): string | null {
  const s = slug?.trim().toLowerCase();
  return s ? s : null;
}

function decideForNetwork(
  event: EventFacts,
  network: NetworkConfig,
  attributed: boolean,
  rates: FxRateRow[],
  now: Date,
): Decision {
  const closed = (
    fields: Pick<ClosedDecision, "status" | "ruleId" | "reason" | "partnerEventName" | "deadlineAt">,
  ): ClosedDecision => ({
    networkId: network.id,
    attributed,
    sendRevenue: false,
    revenue: null,
    currency: null,
    fxRate: null,
    ...fields,
  });

  const selection = selectRule(network.rules, event.name);
  if (!selection.rule) {
    return closed({
      status: "filtered",
      ruleId: selection.ruleId,
      reason: selection.reason,
      partnerEventName: null,
      deadlineAt: null,
    });
  }
  const rule = selection.rule;
  // A blank partner name would send an empty event parameter; fall back as if it were unset.
  const partnerEventName = rule.partnerEventName?.trim() || event.name;

  const filterReason = findFilterReason(rule, event);
  if (filterReason) {
    return closed({ status: "filtered", ruleId: rule.id, reason: filterReason, partnerEventName, deadlineAt: null });
  }

  const { deadlineAt, lateReason } = checkAcceptanceWindow(network, event, now);
  if (lateReason)
    return closed({ status: "expired", ruleId: rule.id, reason: lateReason, partnerEventName, deadlineAt });

  const revenue = resolveRevenue(rule, event, rates);
  if ("skipReason" in revenue) {
    return closed({ status: "skipped", ruleId: rule.id, reason: revenue.skipReason, partnerEventName, deadlineAt });
  }

  return {
    networkId: network.id,
    status: "pending",
    ruleId: rule.id,
    partnerEventName,
    sendRevenue: rule.sendRevenue,
    revenue: revenue.revenue,
    currency: revenue.currency,
    fxRate: revenue.fxRate,
    deadlineAt,
    attributed,
    reason: null,
  };
}
