import type { EventFacts } from "../rules";
import type { EventInput } from "./schemas";

/** The parts of an ingested event that forwarding rules look at. */
export function toEventFacts(input: EventInput): EventFacts {
  return {
    name: input.name,
    occurredAt: input.occurredAt,
    // The schema lets a blank network through; blank means the MMP found no attribution.
    networkSlug: input.network || null,
    clickAt: input.clickAt ?? null,
    installAt: input.installAt ?? null,
    platform: input.platform || null,
    country: input.country ?? null,
    revenue: input.revenue ?? null,
    currency: input.currency ?? null,
  };
}
