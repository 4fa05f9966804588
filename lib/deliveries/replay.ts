import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db, DbProvider } from "../db/client";
import { invalid, notFound } from "../errors";
import { newId } from "../ids";
import { applyRollupDeltas } from "../reconciliation/rollups";
import type { BulkReplay } from "./schemas";

const REPLAYABLE = ["failed", "expired", "skipped", "delivered"];

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Puts closed deliveries back in the queue. The retry schedule restarts and the acceptance
 * window no longer applies: a replay is an explicit decision to send.
 */
async function requeue(tx: Tx, provider: DbProvider, ids: string[], now: Date) {
  const rows = await tx.delivery.findMany({ where: { id: { in: ids }, status: { in: REPLAYABLE } } });
  for (const d of rows) {
    await tx.delivery.update({
      where: { id: d.id },
      data: {
        status: "pending",
        nextAttemptAt: now,
        retryBase: d.attempts,
        deadlineAt: null,
        completedAt: null,
        reason: `replayed (was ${d.status})`,
      },
    });
  }
  await applyRollupDeltas(tx, provider, {
    deliveries: rows.flatMap((d) => [
      {
        occurredAt: d.occurredAt,
        networkId: d.networkId,
        eventName: d.eventName,
        status: d.status,
        currency: d.currency,
        count: -1,
        revenueMicros: d.status === "delivered" ? -(d.revenueMicros ?? 0n) : 0n,
      },
      {
        occurredAt: d.occurredAt,
        networkId: d.networkId,
        eventName: d.eventName,
        status: "pending",
        currency: d.currency,
        count: 1,
        revenueMicros: 0n,
      },
    ]),
  });
  return rows.length;
}

export async function replayDelivery(db: Db, provider: DbProvider, actor: AuditActor, id: string) {
  const d = await db.delivery.findUnique({ where: { id } });
  if (!d) throw notFound("Delivery");
  if (!REPLAYABLE.includes(d.status)) {
    throw invalid(`A ${d.status} delivery cannot be replayed; only ${REPLAYABLE.join(", ")} ones can`, {
      status: [`is ${d.status}`],
    });
  }
  await db.$transaction(async (tx) => {
    await requeue(tx, provider, [id], new Date());
    await recordAudit(tx, actor, "delivery.replay", { type: "delivery", id }, { previousStatus: d.status });
  });
  return { replayed: 1 };
}

const BULK_CHUNK = 500;

/** Replays every matching delivery of a network in chunks, reporting progress on a ReplayJob row. */
export async function startBulkReplay(
  db: Db,
  provider: DbProvider,
  actor: AuditActor & { id?: string | null },
  q: BulkReplay,
) {
  const network = await db.network.findFirst({ where: { OR: [{ id: q.network }, { slug: q.network }] } });
  if (!network) throw notFound("Network");
  const range = { gte: q.from, lt: q.to };
  const where = {
    networkId: network.id,
    status: q.status,
    ...(q.time === "occurred" ? { occurredAt: range } : { createdAt: range }),
  };
  const total = await db.delivery.count({ where });
  const job = await db.replayJob.create({
    data: { id: newId(), networkId: network.id, filter: JSON.stringify(q), total, createdBy: actor.label },
  });
  await recordAudit(
    db,
    actor,
    "delivery.bulk_replay",
    { type: "network", id: network.id },
    { status: q.status, from: q.from, to: q.to, time: q.time, total },
  );
  void (async () => {
    let done = 0;
    try {
      for (;;) {
        const ids = (
          await db.delivery.findMany({ where, select: { id: true }, take: BULK_CHUNK, orderBy: { id: "asc" } })
        ).map((r) => r.id);
        if (ids.length === 0) break;
        done += await db.$transaction((tx) => requeue(tx, provider, ids, new Date()));
        await db.replayJob.update({ where: { id: job.id }, data: { done } });
      }
      await db.replayJob.update({ where: { id: job.id }, data: { status: "done", done, finishedAt: new Date() } });
    } catch {
      await db.replayJob
        .update({ where: { id: job.id }, data: { status: "failed", finishedAt: new Date() } })
        .catch(() => {});
    }
  })();
  return job;
}
