import "server-only";
import type { Db } from "../db/client";
import { asModel, type ColumnKind, hasDirectSqlite, querySql } from "../db/sqlite-direct";
import type { DeliveryWithEvent } from "./execute-attempt";

// Columns whose stored SQLite form differs from what Prisma returns (tests/integration/fetch-claimed.test.ts
// checks the result against Prisma's own, so a new column of these kinds cannot slip by).
const DELIVERY_COLUMNS: Record<string, ColumnKind> = {
  attributed: "bool",
  sendRevenue: "bool",
  occurredAt: "date",
  deadlineAt: "date",
  nextAttemptAt: "date",
  leaseUntil: "date",
  firstAttemptAt: "date",
  completedAt: "date",
  createdAt: "date",
  updatedAt: "date",
  revenueMicros: "bigint",
  attempts: "int",
  retryBase: "int",
  lastStatusCode: "int",
  lastLatencyMs: "int",
};
const EVENT_COLUMNS: Record<string, ColumnKind> = {
  occurredAt: "date",
  receivedAt: "date",
  clickAt: "date",
  installAt: "date",
  revenueMicros: "bigint",
};

/**
 * The claimed deliveries with their events, oldest due first. On SQLite two plain SELECTs on
 * Prisma's connection (the worker's hottest read); elsewhere Prisma's findMany.
 */
export async function fetchClaimed(db: Db, ids: string[]): Promise<DeliveryWithEvent[]> {
  if (ids.length === 0) return [];
  if (!hasDirectSqlite(db)) {
    return db.delivery.findMany({
      where: { id: { in: ids } },
      include: { event: true },
      orderBy: { nextAttemptAt: "asc" },
    });
  }
  const marks = ids.map(() => "?").join(", ");
  const deliveries = await querySql<Record<string, unknown>>(
    db,
    `SELECT * FROM "Delivery" WHERE "id" IN (${marks}) ORDER BY "nextAttemptAt" ASC`,
    ids,
  );
  const eventIds = [...new Set(deliveries.map((d) => String(d.eventId)))];
  const events = await querySql<Record<string, unknown>>(
    db,
    `SELECT * FROM "ConversionEvent" WHERE "id" IN (${eventIds.map(() => "?").join(", ")})`,
    eventIds,
  );
  const byId = new Map(events.map((e) => [String(e.id), asModel<DeliveryWithEvent["event"]>(e, EVENT_COLUMNS)]));
  return deliveries.map((d) => {
    const event = byId.get(String(d.eventId));
    // The event is the delivery's foreign key, so it is there unless the database is damaged.
    if (!event) throw new Error(`delivery ${String(d.id)} has no event ${String(d.eventId)}`);
    return { ...asModel<Omit<DeliveryWithEvent, "event">>(d, DELIVERY_COLUMNS), event };
  });
}
