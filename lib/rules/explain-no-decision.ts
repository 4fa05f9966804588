import { selectRule } from "./select-rule";
import type { EventFacts, NetworkConfig } from "./types";

/**
 * A sentence for the event detail page saying why an event has no delivery row for a network.
 * It reads the network as configured now, while the decision was taken at ingest, so where the
 * two may differ the sentence says so instead of guessing.
 */
export function explainNoDecision(event: Pick<EventFacts, "name" | "networkSlug">, network: NetworkConfig): string {
  const name = network.name ?? network.slug;
  const slug = event.networkSlug?.trim().toLowerCase() || null;

  if (slug === network.slug.toLowerCase()) {
    return `Attributed to ${name}, but no network with the slug "${slug}" existed when the event was received, so nothing was planned for it.`;
  }
  if (network.scope === "attributed") {
    return slug === null
      ? `Organic (not attributed to any network), and ${name} only receives events attributed to it.`
      : `Not attributed to ${name}, and ${name} only receives events attributed to it.`;
  }

  const selection = selectRule(network.rules, event.name);
  if (!selection.rule) {
    return `${name} receives events from every source, but only those a forwarding rule takes: ${selection.reason}.`;
  }
  const unknownAttribution =
    slug === null
      ? ""
      : `, or "${slug}" was not a configured network then (events attributed to an unknown network are not forwarded anywhere)`;
  return `${name} now has a rule for "${event.name}", but either it was added or enabled after this event was received${unknownAttribution}.`;
}
