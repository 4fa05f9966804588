import "server-only";
import type { Db } from "../db/client";
import type { DbProvider } from "../db/client";
import { placeholders } from "../db/sql";

type Tx = Pick<Db, "$executeRawUnsafe">;

/** Reconciliation counts are kept in 15-minute buckets of the event time: every UTC offset in use is a multiple of 15 minutes. */
export const BUCKET_MS = 15 * 60 * 1000;
export const bucketOf = (d: Date) => new Date(Math.floor(d.getTime() / BUCKET_MS) * BUCKET_MS);

export interface DeliveryDelta { occurredAt: Date; networkId: string; eventName: string; status: string; currency: string | null; count: number; revenueMicros: bigint }
export interface AttributionDelta { occurredAt: Date; networkSlug: string; eventName: string; currency: string | null; count: number; revenueMicros: bigint }

/** In-flight ("sending") deliveries count as pending in reports. */
export const rollupStatus = (status: string) => (status === "sending" ? "pending" : status);

function merge<T extends { count: number; revenueMicros: bigint }>(rows: T[], key: (r: T) => string): T[] {
  const map = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const prev = map.get(k);
    if (prev) map.set(k, { ...prev, count: prev.count + r.count, revenueMicros: prev.revenueMicros + r.revenueMicros });
    else map.set(k, { ...r });
  }
  return [...map.values()].filter((r) => r.count !== 0 || r.revenueMicros !== 0n);
}

// Rows per statement stay well under SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 400;

async function upsert(tx: Tx, provider: DbProvider, table: string, keyCols: string[], rows: unknown[][]) {
  const cols = [...keyCols, "count", "revenueMicros"];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const ph = placeholders(provider, chunk.length * cols.length);
    const values = chunk.map((_, r) => `(${ph.slice(r * cols.length, (r + 1) * cols.length).join(", ")})`).join(", ");
    const quoted = cols.map((c) => `"${c}"`).join(", ");
    const sql = `INSERT INTO "${table}" (${quoted}) VALUES ${values}
      ON CONFLICT (${keyCols.map((c) => `"${c}"`).join(", ")}) DO UPDATE SET
        "count" = "${table}"."count" + excluded."count",
        "revenueMicros" = "${table}"."revenueMicros" + excluded."revenueMicros"`;
    await tx.$executeRawUnsafe(sql, ...chunk.flat());
  }
}

export async function applyDeliveryDeltas(tx: Tx, provider: DbProvider, deltas: DeliveryDelta[]) {
  const rows = merge(
    deltas.map((d) => ({ ...d, status: rollupStatus(d.status), occurredAt: bucketOf(d.occurredAt), currency: d.currency ?? "" })),
    (d) => `${d.occurredAt.getTime()}|${d.networkId}|${d.eventName}|${d.status}|${d.currency}`,
  );
  await upsert(tx, provider, "DeliveryRollup", ["bucket", "networkId", "eventName", "status", "currency"],
    rows.map((d) => [d.occurredAt, d.networkId, d.eventName, d.status, d.currency, d.count, d.revenueMicros]));
}

export async function applyAttributionDeltas(tx: Tx, provider: DbProvider, deltas: AttributionDelta[]) {
  const rows = merge(
    deltas.map((d) => ({ ...d, occurredAt: bucketOf(d.occurredAt), currency: d.currency ?? "" })),
    (d) => `${d.occurredAt.getTime()}|${d.networkSlug}|${d.eventName}|${d.currency}`,
  );
  await upsert(tx, provider, "AttributionRollup", ["bucket", "networkSlug", "eventName", "currency"],
    rows.map((d) => [d.occurredAt, d.networkSlug, d.eventName, d.currency, d.count, d.revenueMicros]));
}
