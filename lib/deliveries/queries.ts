import "server-only";
import type { Db } from "../db";
import { notFound } from "../errors";
import { type DeliveryListQuery, replayJobOutputSchema } from "./schemas";

const json = (s: string | null) => {
  if (!s) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
};

async function networkIdFor(db: Db, slugOrId: string | undefined) {
  if (!slugOrId) return undefined;
  const n = await db.network.findFirst({ where: { OR: [{ id: slugOrId }, { slug: slugOrId }] }, select: { id: true } });
  return n?.id ?? "(none)";
}

/**
 * Newest first, keyset-paginated on the time-ordered id: the cost of a page does not grow with
 * how deep it is, so the log stays fast over millions of rows. With `time: "occurred"` the range
 * bounds the event's time (copied onto each delivery at ingest), so an event the MMP sent late
 * lands in the day reconciliation counts it in; the order and the cursor stay on the id either way.
 */
export async function listDeliveries(db: Db, q: DeliveryListQuery) {
  const networkId = await networkIdFor(db, q.network);
  const range = q.from || q.to ? { gte: q.from, lt: q.to } : undefined;
  const rows = await db.delivery.findMany({
    where: {
      networkId,
      status: q.status ? { in: q.status } : undefined,
      eventName: q.event,
      eventId: q.eventId,
      event: q.clickId ? { clickId: q.clickId } : undefined,
      createdAt: q.time === "created" ? range : undefined,
      occurredAt: q.time === "occurred" ? range : undefined,
      id: q.cursor ? { lt: q.cursor } : undefined,
    },
    orderBy: { id: "desc" },
    take: q.limit + 1,
    include: {
      network: { select: { slug: true, name: true } },
      event: { select: { externalId: true, clickId: true, networkSlug: true } },
    },
  });
  const page = rows.slice(0, q.limit);
  return {
    deliveries: page.map(serializeDeliveryRow),
    nextCursor: rows.length > q.limit ? page[page.length - 1].id : null,
  };
}

type Row = Awaited<ReturnType<Db["delivery"]["findMany"]>>[number] & {
  network: { slug: string; name: string };
  event: { externalId: string; clickId: string | null; networkSlug: string | null };
};

function serializeDeliveryRow(d: Row) {
  const { revenueMicros: _m, lockedBy: _l, leaseUntil: _lu, retryBase: _rb, network, event, ...rest } = d;
  return {
    ...rest,
    network: network.slug,
    networkName: network.name,
    eventExternalId: event.externalId,
    clickId: event.clickId,
  };
}

export async function getDelivery(db: Db, id: string) {
  const d = await db.delivery.findUnique({
    where: { id },
    include: {
      network: { select: { slug: true, name: true } },
      event: { select: { externalId: true, clickId: true, networkSlug: true } },
      attemptLog: { orderBy: { number: "asc" } },
    },
  });
  if (!d) throw notFound("Delivery");
  const { attemptLog, ...row } = d;
  return {
    delivery: serializeDeliveryRow(row),
    attempts: attemptLog.map(({ requestHeaders, responseHeaders, ...a }) => ({
      ...a,
      requestHeaders: json(requestHeaders),
      responseHeaders: json(responseHeaders),
    })),
  };
}

/** A bulk replay's progress, in the API's shape. */
export async function getReplayJob(db: Db, id: string) {
  const job = await db.replayJob.findUnique({ where: { id } });
  if (!job) throw notFound("Replay job");
  return replayJobOutputSchema.parse(job);
}
