import "server-only";
import type { Db, DbProvider } from "../db/client";
import { insertRows } from "../db/insert-rows";
import { zodFields } from "../errors";
import { newId } from "../ids";
import { toMicros } from "../money";
import { loadRoutingConfig } from "../networks/routing-config";
import { applyRollupDeltas, type DeliveryDelta } from "../reconciliation/rollups";
import { evaluateEvent } from "../rules";
import { toEventFacts } from "./event-facts";
import { type EventInput, eventInputSchema } from "./schemas";

type IngestOutcome =
  | { index: number; id: string | null; status: "accepted"; eventId: string; deliveries: number; warnings?: string[] }
  | { index: number; id: string | null; status: "duplicate"; eventId: string }
  | { index: number; id: string | null; status: "rejected"; errors: Record<string, string[]> };

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: IngestOutcome[];
}

interface Parsed {
  index: number;
  input: EventInput;
}

const LOOKUP_CHUNK = 400;

function eventRow(id: string, sender: string, e: EventInput, now: Date) {
  return {
    id,
    sender,
    externalId: e.id,
    name: e.name,
    occurredAt: e.occurredAt,
    receivedAt: now,
    networkSlug: e.network || null,
    clickId: e.clickId ?? null,
    clickAt: e.clickAt ?? null,
    installAt: e.installAt ?? null,
    campaignId: e.campaignId ?? null,
    campaignName: e.campaignName ?? null,
    adgroupId: e.adgroupId ?? null,
    adgroupName: e.adgroupName ?? null,
    creativeId: e.creativeId ?? null,
    creativeName: e.creativeName ?? null,
    platform: e.platform ?? null,
    advertisingId: e.advertisingId ?? null,
    idfa: e.idfa ?? null,
    gaid: e.gaid ?? null,
    ip: e.ip ?? null,
    userAgent: e.userAgent ?? null,
    country: e.country ?? null,
    appId: e.appId ?? null,
    appVersion: e.appVersion ?? null,
    revenue: e.revenue ?? null,
    revenueMicros: e.revenue ? toMicros(e.revenue) : null,
    currency: e.currency ?? null,
    properties: JSON.stringify(e.properties ?? {}),
  };
}

/**
 * Stores events and their deliveries in one transaction (the outbox the workers drain). Never
 * makes an outbound call. Each event is judged on its own: invalid ones are rejected with field
 * messages while the valid ones in the same batch are accepted.
 */
export async function ingestEvents(
  db: Db,
  provider: DbProvider,
  sender: string,
  raw: unknown[],
  now = new Date(),
): Promise<IngestResult> {
  const results: IngestOutcome[] = new Array(raw.length);
  const valid: Parsed[] = [];
  const firstIndexById = new Map<string, number>();
  raw.forEach((item, index) => {
    const parsed = eventInputSchema.safeParse(item);
    const id =
      item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string"
        ? (item as { id: string }).id
        : null;
    if (!parsed.success) {
      results[index] = { index, id, status: "rejected", errors: zodFields(parsed.error) };
      return;
    }
    if (firstIndexById.has(parsed.data.id)) return; // resolved below as a duplicate of the first
    firstIndexById.set(parsed.data.id, index);
    valid.push({ index, input: parsed.data });
  });

  const idByExternal = await storeNew(db, provider, sender, valid, results, now);
  raw.forEach((item, index) => {
    if (results[index]) return;
    const externalId = (item as { id: string }).id.trim();
    results[index] = { index, id: externalId, status: "duplicate", eventId: idByExternal.get(externalId) ?? "" };
  });
  const count = (s: IngestOutcome["status"]) => results.filter((r) => r.status === s).length;
  return { accepted: count("accepted"), duplicates: count("duplicate"), rejected: count("rejected"), results };
}

async function storeNew(
  db: Db,
  provider: DbProvider,
  sender: string,
  valid: Parsed[],
  results: IngestOutcome[],
  now: Date,
) {
  const idByExternal = new Map<string, string>();
  if (valid.length === 0) return idByExternal;
  // A concurrent request with the same ids makes the insert fail on the unique key; the retry then sees them as duplicates.
  for (let attempt = 0; ; attempt++) {
    try {
      await db.$transaction(
        async (tx) => {
          const { networks, rates } = await loadRoutingConfig(tx);
          const known = new Set(networks.map((n) => n.slug));
          const ids = valid.map((v) => v.input.id);
          // Chunked: Prisma caps bound parameters per statement on SQLite.
          for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
            const existing = await tx.conversionEvent.findMany({
              where: { sender, externalId: { in: ids.slice(i, i + LOOKUP_CHUNK) } },
              select: { id: true, externalId: true },
            });
            for (const e of existing) idByExternal.set(e.externalId, e.id);
          }
          const events = [],
            deliveries = [],
            deliveryDeltas: DeliveryDelta[] = [],
            attribution = [];
          for (const { index, input } of valid) {
            const prior = idByExternal.get(input.id);
            if (prior) {
              results[index] = { index, id: input.id, status: "duplicate", eventId: prior };
              continue;
            }
            const eventId = newId();
            idByExternal.set(input.id, eventId);
            events.push(eventRow(eventId, sender, input, now));
            if (input.network) {
              attribution.push({
                occurredAt: input.occurredAt,
                networkSlug: input.network,
                eventName: input.name,
                currency: input.currency ?? null,
                count: 1,
                revenueMicros: input.revenue ? toMicros(input.revenue) : 0n,
              });
            }
            const decisions = evaluateEvent(toEventFacts(input), networks, rates, now);
            for (const d of decisions) {
              const revenueMicros = d.revenue ? toMicros(d.revenue) : null;
              deliveries.push({
                id: newId(),
                eventId,
                networkId: d.networkId,
                ruleId: d.ruleId,
                status: d.status,
                reason: d.reason,
                eventName: input.name,
                partnerEventName: d.partnerEventName,
                attributed: d.attributed,
                occurredAt: input.occurredAt,
                sendRevenue: d.sendRevenue,
                revenue: d.revenue,
                revenueMicros,
                currency: d.currency,
                fxRate: d.fxRate,
                deadlineAt: d.deadlineAt,
                nextAttemptAt: d.status === "pending" ? now : null,
                completedAt: d.status === "pending" ? null : now,
                createdAt: now,
                updatedAt: now,
              });
              deliveryDeltas.push({
                occurredAt: input.occurredAt,
                networkId: d.networkId,
                eventName: input.name,
                status: d.status,
                currency: d.currency,
                count: 1,
                revenueMicros: 0n,
              });
            }
            const warnings =
              input.network && !known.has(input.network)
                ? [`network "${input.network}" is not configured in Ricochet; the event is stored but sent nowhere`]
                : undefined;
            results[index] = {
              index,
              id: input.id,
              status: "accepted",
              eventId,
              deliveries: decisions.filter((d) => d.status === "pending").length,
              ...(warnings ? { warnings } : {}),
            };
          }
          await insertRows(tx, provider, "ConversionEvent", events);
          await insertRows(tx, provider, "Delivery", deliveries);
          await applyRollupDeltas(tx, provider, { deliveries: deliveryDeltas, attributions: attribution });
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
      return idByExternal;
    } catch (err) {
      if ((err as { code?: string }).code !== "P2002" || attempt >= 2) throw err;
      idByExternal.clear();
      for (const { index } of valid) delete results[index];
    }
  }
}
