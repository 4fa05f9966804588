import "server-only";
import type { Db } from "../db";
import { notFound } from "../errors";
import { loadRoutingConfig } from "../networks/routing-config";
import { explainNoDecision } from "../rules";
import type { EventListQuery } from "./query-schemas";
import { serializeEvent } from "./serialize";

/** Organic events are the ones the MMP attributed to no network (no `network` at ingest). */
const organicFilter = (organic: boolean | undefined) =>
  organic === undefined ? {} : { networkSlug: organic ? null : { not: null } };

/** Newest first, keyset-paginated on the time-ordered id so deep pages stay as fast as the first. */
export async function listEvents(db: Db, q: EventListQuery) {
  const rows = await db.conversionEvent.findMany({
    where: {
      // Both bound networkSlug: `network=x&organic=true` matches nothing rather than one overriding the other.
      AND: [{ networkSlug: q.network }, organicFilter(q.organic)],
      name: q.name,
      clickId: q.clickId,
      externalId: q.externalId,
      occurredAt: q.from || q.to ? { gte: q.from, lt: q.to } : undefined,
      id: q.cursor ? { lt: q.cursor } : undefined,
    },
    orderBy: { id: "desc" },
    take: q.limit + 1,
    include: {
      deliveries: { select: { networkId: true, status: true, network: { select: { slug: true, name: true } } } },
    },
  });
  const page = rows.slice(0, q.limit);
  return {
    events: page.map(({ deliveries, ...e }) => ({
      ...serializeEvent(e),
      outcomes: deliveries.map((d) => ({ network: d.network.slug, networkName: d.network.name, status: d.status })),
    })),
    nextCursor: rows.length > q.limit ? page[page.length - 1].id : null,
  };
}

/** One event with its outcome for every network, including why networks without a delivery got none. */
export async function getEvent(db: Db, id: string) {
  const event = await db.conversionEvent.findFirst({
    where: { OR: [{ id }, { externalId: id }] },
    include: { deliveries: { include: { network: { select: { slug: true, name: true } } } } },
  });
  if (!event) throw notFound("Event");
  const { networks } = await loadRoutingConfig(db);
  const withDelivery = new Set(event.deliveries.map((d) => d.networkId));
  const { deliveries, ...rest } = event;
  return {
    event: serializeEvent(rest),
    outcomes: [
      ...deliveries.map((d) => ({
        network: d.network.slug,
        networkName: d.network.name,
        deliveryId: d.id,
        status: d.status,
        reason: d.reason,
        partnerEventName: d.partnerEventName,
        attempts: d.attempts,
        lastStatusCode: d.lastStatusCode,
        revenue: d.revenue,
        currency: d.currency,
        nextAttemptAt: d.nextAttemptAt,
        completedAt: d.completedAt,
      })),
      ...networks
        .filter((n) => !withDelivery.has(n.id))
        .map((n) => ({
          network: n.slug,
          networkName: n.name ?? n.slug,
          deliveryId: null,
          status: "not_applicable" as const,
          reason: explainNoDecision({ name: event.name, networkSlug: event.networkSlug }, n),
        })),
    ],
  };
}
