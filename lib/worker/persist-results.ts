import "server-only";
import type { Db, DbProvider } from "../db/client";
import { insertRows } from "../db/insert-rows";
import { SqlParams } from "../db/sql";
import { querySql } from "../db/sqlite-direct";
import { newId } from "../ids";
import { applyRollupDeltas, type DeliveryDelta } from "../reconciliation/rollups";
import type { AttemptRecord } from "./execute-attempt";

// Outcomes per UPDATE: 8 parameters each stays far below either database's limit.
const CHUNK = 500;

/**
 * Writes a group of attempt outcomes in one transaction: the attempt log, the delivery rows
 * (one UPDATE per chunk), the reconciliation counters and per-network failure streaks. A row is
 * only updated while this worker still holds its lease; an attempt whose lease was taken over
 * is still logged, because the request did go out.
 */
export async function persistResults(
  db: Db,
  provider: DbProvider,
  workerId: string,
  records: AttemptRecord[],
  now = new Date(),
) {
  if (records.length === 0) return { updated: 0 };
  let updated = 0;
  await db.$transaction(
    async (tx) => {
      await insertRows(
        tx,
        provider,
        "DeliveryAttempt",
        records.map((r) => ({
          id: newId(),
          deliveryId: r.deliveryId,
          networkId: r.networkId,
          workerId,
          test: false,
          ...r.attempt,
        })),
      );
      const applied = new Set<string>();
      for (let i = 0; i < records.length; i += CHUNK) {
        for (const id of await updateChunk(tx, provider, workerId, records.slice(i, i + CHUNK), now)) applied.add(id);
      }
      updated = applied.size;
      const deltas: DeliveryDelta[] = [];
      for (const r of records) {
        if (!applied.has(r.deliveryId) || r.status === "pending") continue;
        const base = { occurredAt: r.occurredAt, networkId: r.networkId, eventName: r.eventName, currency: r.currency };
        deltas.push({ ...base, status: "pending", count: -1, revenueMicros: 0n });
        deltas.push({
          ...base,
          status: r.status,
          count: 1,
          revenueMicros: r.status === "delivered" ? (r.revenueMicros ?? 0n) : 0n,
        });
      }
      await applyRollupDeltas(tx, provider, { deliveries: deltas });
      await updateFailureStreaks(
        tx,
        records.filter((r) => applied.has(r.deliveryId)),
      );
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return { updated };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * One UPDATE for a chunk of outcomes, joined to them as an inline table: linear in the chunk, where
 * a CASE per column would compare every row with every outcome (and make a statement SQLite
 * spends longer parsing than running).
 */
async function updateChunk(
  tx: Tx,
  provider: DbProvider,
  workerId: string,
  records: AttemptRecord[],
  now: Date,
): Promise<string[]> {
  const p = new SqlParams(provider);
  const rows = records.map(
    (r) =>
      `(${[
        p.add(r.deliveryId, "text"),
        p.add(r.status, "text"),
        p.add(r.reason, "text"),
        p.add(r.errorClass, "text"),
        p.add(r.nextAttemptAt, "timestamp"),
        p.add(r.completedAt, "timestamp"),
        p.add(r.statusCode, "int"),
        p.add(r.latencyMs, "int"),
      ].join(", ")})`,
  );
  // Added once per use: SQLite's placeholders are positional.
  const nowP = p.add(now, "timestamp");
  const firstP = p.add(now, "timestamp");
  const sql = `WITH "o" ("id", "status", "reason", "errorClass", "nextAttemptAt", "completedAt", "code", "latency") AS (VALUES ${rows.join(", ")})
    UPDATE "Delivery" SET "status" = "o"."status", "reason" = "o"."reason", "errorClass" = "o"."errorClass",
      "nextAttemptAt" = "o"."nextAttemptAt", "completedAt" = "o"."completedAt", "lastStatusCode" = "o"."code", "lastLatencyMs" = "o"."latency",
      "attempts" = "Delivery"."attempts" + 1, "leaseUntil" = NULL, "lockedBy" = NULL,
      "updatedAt" = ${nowP}, "firstAttemptAt" = COALESCE("Delivery"."firstAttemptAt", ${firstP})
    FROM "o"
    WHERE "Delivery"."id" = "o"."id" AND "Delivery"."status" = 'sending' AND "Delivery"."lockedBy" = ${p.add(workerId, "text")}
    RETURNING "Delivery"."id"`;
  const updated = await querySql<{ id: string }>(tx, sql, p.values);
  return updated.map((r) => r.id);
}

/** Consecutive final failures per network; past the network's threshold it is disabled and an alert raised. */
async function updateFailureStreaks(tx: Tx, records: AttemptRecord[]) {
  const byNetwork = new Map<string, { failures: number; success: boolean }>();
  for (const r of records) {
    const s = byNetwork.get(r.networkId) ?? { failures: 0, success: false };
    if (r.countsAsSuccess) {
      s.success = true;
      s.failures = 0;
    } else if (r.countsAsFailure) s.failures += 1;
    byNetwork.set(r.networkId, s);
  }
  for (const [networkId, s] of byNetwork) {
    if (s.success) {
      await tx.network.updateMany({
        where: { id: networkId, consecutiveFailures: { gt: 0 } },
        data: { consecutiveFailures: s.failures },
      });
      continue;
    }
    if (s.failures === 0) continue;
    const n = await tx.network.update({
      where: { id: networkId },
      data: { consecutiveFailures: { increment: s.failures } },
    });
    if (n.autoDisableAfter && n.status === "active" && n.consecutiveFailures >= n.autoDisableAfter) {
      const message = `${n.name} was disabled after ${n.consecutiveFailures} consecutive failed postbacks. Fix the cause, then resume it.`;
      await tx.network.update({ where: { id: networkId }, data: { status: "disabled", statusReason: message } });
      await tx.alert.create({ data: { id: newId(), networkId, kind: "auto_disabled", severity: "critical", message } });
      await tx.auditLog.create({
        data: {
          id: newId(),
          actorType: "system",
          actorLabel: "worker",
          action: "network.auto_disable",
          targetType: "network",
          targetId: networkId,
          details: JSON.stringify({ consecutiveFailures: n.consecutiveFailures }),
        },
      });
    }
  }
}
