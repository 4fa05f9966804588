import "server-only";
import { z } from "zod";
import type { Db } from "../db";
import { invalid, notFound } from "../errors";
import { type FxRateRow, normalizeDecimal } from "../money";
import { type Decision, type EventFacts, evaluateEvent, type NetworkConfig, selectRule } from "../rules";
import { loadRoutingConfig } from "./routing-config";
import { apiRuleSchema, networkUpdateSchema } from "./schemas";

/** How many of the newest stored events a dry run judges: enough to see a pattern, cheap enough to run on every edit. */
const DRY_RUN_EVENT_LIMIT = 100;

/** The rule editor's unsaved state: the whole rule table, plus the network settings rules depend on. */
export const dryRunRequestSchema = z.object({
  rules: z.array(apiRuleSchema, "must be a list of rules").max(200, "may hold at most 200 rules"),
  scope: networkUpdateSchema.shape.scope,
  acceptanceWindowHours: networkUpdateSchema.shape.acceptanceWindowHours,
});
export type DryRunRequest = z.output<typeof dryRunRequestSchema>;

/**
 * What a network gets for an event, coarse enough to compare an ingest-time decision with a
 * delivery that has lived on since: "send" covers pending, sending, delivered and failed alike.
 */
const dryRunOutcomes = ["send", "filtered", "expired", "skipped", "none"] as const;
export type DryRunOutcome = (typeof dryRunOutcomes)[number];

export interface DryRunDecision {
  outcome: DryRunOutcome;
  partnerEventName: string | null;
  revenue: string | null;
  currency: string | null;
  fxRate: string | null; // set when the amount was converted
  reason: string | null;
}

interface RecordedDecision extends DryRunDecision {
  deliveryId: string | null;
  /** The delivery's current status, or "none" when the event has no delivery for this network. */
  status: string;
}

interface DryRunChange {
  field: "outcome" | "partnerEvent" | "revenue";
  from: string;
  to: string;
}

interface DryRunRow {
  eventId: string;
  externalId: string;
  name: string;
  network: string | null;
  platform: string | null;
  country: string | null;
  revenue: string | null;
  currency: string | null;
  occurredAt: Date;
  receivedAt: Date;
  edited: DryRunDecision;
  recorded: RecordedDecision;
  changed: boolean;
  changes: DryRunChange[];
}

type Counts = Record<DryRunOutcome, number>;

export interface DryRunResult {
  network: { id: string; slug: string; name: string };
  evaluated: number;
  totals: { edited: Counts; recorded: Counts; changed: number };
  events: DryRunRow[];
}

/** A stored event with what was recorded for the network under test. */
export interface DryRunEvent extends EventFacts {
  id: string;
  externalId: string;
  receivedAt: Date;
  delivery: {
    id: string;
    status: string;
    reason: string | null;
    attempts: number;
    partnerEventName: string | null;
    revenue: string | null;
    currency: string | null;
    fxRate: string | null;
  } | null;
}

const emptyCounts = (): Counts => ({ send: 0, filtered: 0, expired: 0, skipped: 0, none: 0 });

/**
 * Judges stored events as `target` would have at ingest and compares with what was recorded.
 * `networks` is every configured network, with `target` among them or not: the others matter
 * because an event attributed to a slug no network has is sent nowhere. Each event is judged
 * with `now` set to when it was received, so acceptance windows read as they did then.
 */
export function dryRunNetwork(
  target: NetworkConfig,
  networks: NetworkConfig[],
  rates: FxRateRow[],
  events: DryRunEvent[],
): DryRunResult {
  const all = [...networks.filter((n) => n.id !== target.id), target];
  const totals = { edited: emptyCounts(), recorded: emptyCounts(), changed: 0 };
  const rows = events.map((event): DryRunRow => {
    const decision = evaluateEvent(event, all, rates, event.receivedAt).find((d) => d.networkId === target.id);
    const edited = decision ? fromDecision(decision) : noDecision(noDecisionReason(event, target, all));
    const recorded = fromDelivery(event.delivery);
    const changes = compare(recorded, edited);
    totals.edited[edited.outcome]++;
    totals.recorded[recorded.outcome]++;
    if (changes.length) totals.changed++;
    return {
      eventId: event.id,
      externalId: event.externalId,
      name: event.name,
      network: event.networkSlug,
      platform: event.platform,
      country: event.country,
      revenue: event.revenue,
      currency: event.currency,
      occurredAt: event.occurredAt,
      receivedAt: event.receivedAt,
      edited,
      recorded,
      changed: changes.length > 0,
      changes,
    };
  });
  return {
    network: { id: target.id, slug: target.slug, name: target.name ?? target.slug },
    evaluated: rows.length,
    totals,
    events: rows,
  };
}

function fromDecision(d: Decision): DryRunDecision {
  if (d.status === "pending") {
    return {
      outcome: "send",
      partnerEventName: d.partnerEventName,
      revenue: d.revenue,
      currency: d.currency,
      fxRate: d.fxRate,
      reason: null,
    };
  }
  return {
    outcome: d.status,
    partnerEventName: d.partnerEventName,
    revenue: null,
    currency: null,
    fxRate: null,
    reason: d.reason,
  };
}

const noDecision = (reason: string | null): DryRunDecision => ({
  outcome: "none",
  partnerEventName: null,
  revenue: null,
  currency: null,
  fxRate: null,
  reason,
});

function noDecisionReason(event: EventFacts, target: NetworkConfig, networks: NetworkConfig[]): string {
  const slug = event.networkSlug?.trim().toLowerCase() || null;
  const name = target.name ?? target.slug;
  if (slug !== null && !networks.some((n) => n.slug.toLowerCase() === slug)) {
    return `attributed to "${slug}", which is not a configured network, so it is sent nowhere`;
  }
  if (target.scope === "attributed") {
    return slug === null
      ? `organic; ${name} only receives events attributed to it`
      : `attributed to ${slug}; ${name} only receives events attributed to it`;
  }
  const selection = selectRule(target.rules, event.name);
  return selection.rule
    ? `no decision for ${name}`
    : `not attributed to ${name} and no rule takes it: ${selection.reason}`;
}

// Workers bump `attempts` on every result, so a closed status with no attempts was decided at
// ingest; with attempts, the rules said send and the outcome came later (window passed, value missing).
function fromDelivery(d: DryRunEvent["delivery"]): RecordedDecision {
  if (!d) return { ...noDecision(null), deliveryId: null, status: "none" };
  const decidedAtIngest =
    d.attempts === 0 && (d.status === "filtered" || d.status === "expired" || d.status === "skipped");
  const outcome: DryRunOutcome =
    d.status === "filtered" ? "filtered" : decidedAtIngest ? (d.status as DryRunOutcome) : "send";
  return {
    outcome,
    partnerEventName: d.partnerEventName,
    revenue: d.revenue,
    currency: d.currency,
    fxRate: d.fxRate,
    reason: d.reason,
    deliveryId: d.id,
    status: d.status,
  };
}

const money = (d: DryRunDecision) =>
  d.revenue === null ? "none" : `${d.revenue}${d.currency ? ` ${d.currency}` : ""}`;

function sameAmount(a: string, b: string): boolean {
  try {
    return normalizeDecimal(a) === normalizeDecimal(b);
  } catch {
    return a === b;
  }
}

/**
 * What differs between the recorded and the edited decision. A converted amount that moved only
 * because exchange rates were updated since ingest is not a change the rules made.
 */
function compare(recorded: RecordedDecision, edited: DryRunDecision): DryRunChange[] {
  if (recorded.outcome !== edited.outcome) return [{ field: "outcome", from: recorded.outcome, to: edited.outcome }];
  if (edited.outcome !== "send") return [];
  const changes: DryRunChange[] = [];
  if ((recorded.partnerEventName ?? "") !== (edited.partnerEventName ?? "")) {
    changes.push({
      field: "partnerEvent",
      from: recorded.partnerEventName ?? "none",
      to: edited.partnerEventName ?? "none",
    });
  }
  const converted = recorded.fxRate !== null || edited.fxRate !== null;
  const revenueChanged =
    (recorded.revenue === null) !== (edited.revenue === null) ||
    (recorded.currency ?? "") !== (edited.currency ?? "") ||
    (recorded.revenue !== null &&
      edited.revenue !== null &&
      !converted &&
      !sameAmount(recorded.revenue, edited.revenue));
  if (revenueChanged) changes.push({ field: "revenue", from: money(recorded), to: money(edited) });
  return changes;
}

/** Loads the newest events and the network's configuration, swaps in the unsaved edit, and judges. */
export async function runRulesDryRun(
  db: Db,
  idOrSlug: string,
  request: DryRunRequest,
  limit = DRY_RUN_EVENT_LIMIT,
): Promise<DryRunResult> {
  const { networks, rates } = await loadRoutingConfig(db);
  const current = networks.find((n) => n.id === idOrSlug || n.slug === idOrSlug);
  if (!current) throw notFound("Network");

  const seen = new Map<string, number>();
  request.rules.forEach((r, i) => {
    const first = seen.get(r.eventName);
    if (first !== undefined)
      throw invalid(`More than one rule for event "${r.eventName}"`, {
        [`rules.${i}.eventName`]: [`duplicates rule ${first + 1}`],
      });
    seen.set(r.eventName, i);
  });

  const target: NetworkConfig = {
    ...current,
    scope: request.scope ?? current.scope,
    acceptanceWindowHours:
      request.acceptanceWindowHours === undefined ? current.acceptanceWindowHours : request.acceptanceWindowHours,
    rules: request.rules.map((r, i) => ({ id: `draft-${i + 1}`, ...r })),
  };

  const rows = await db.conversionEvent.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      externalId: true,
      name: true,
      occurredAt: true,
      receivedAt: true,
      networkSlug: true,
      clickAt: true,
      installAt: true,
      platform: true,
      country: true,
      revenue: true,
      currency: true,
      deliveries: {
        where: { networkId: current.id },
        select: {
          id: true,
          status: true,
          reason: true,
          attempts: true,
          partnerEventName: true,
          revenue: true,
          currency: true,
          fxRate: true,
        },
      },
    },
  });
  const events: DryRunEvent[] = rows.map(({ deliveries, ...e }) => ({ ...e, delivery: deliveries[0] ?? null }));
  return dryRunNetwork(target, networks, rates, events);
}
