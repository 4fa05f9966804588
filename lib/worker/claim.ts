import "server-only";
import type { Db, DbProvider } from "../db/client";
import { SqlParams } from "../db/sql";
import { querySql } from "../db/sqlite-direct";

export interface ClaimOptions {
  networkId: string;
  limit: number;
  workerId: string;
  leaseMs: number;
  now: Date;
}

/**
 * Atomically takes up to `limit` due deliveries of one network: pending ones whose time has
 * come, and ones whose lease ran out (their worker died mid-flight). On PostgreSQL, SKIP LOCKED
 * lets many workers claim side by side without waiting on, or double-taking, each other's rows.
 * SQLite serialises writers, so the same statement without it is atomic there.
 */
export async function claimDueDeliveries(
  db: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">,
  provider: DbProvider,
  o: ClaimOptions,
): Promise<string[]> {
  const p = new SqlParams(provider);
  const sql = `UPDATE "Delivery" SET "status" = 'sending', "leaseUntil" = ${p.add(new Date(o.now.getTime() + o.leaseMs), "timestamp")},
      "lockedBy" = ${p.add(o.workerId)}, "updatedAt" = ${p.add(o.now, "timestamp")}
    WHERE "id" IN (
      SELECT "id" FROM "Delivery"
      WHERE "networkId" = ${p.add(o.networkId)}
        AND (("status" = 'pending' AND "nextAttemptAt" <= ${p.add(o.now, "timestamp")})
          OR ("status" = 'sending' AND "leaseUntil" < ${p.add(o.now, "timestamp")}))
      ORDER BY "nextAttemptAt" LIMIT ${p.add(o.limit, "int")}
      ${provider === "postgresql" ? "FOR UPDATE SKIP LOCKED" : ""}
    )
    RETURNING "id"`;
  const rows = await querySql<{ id: string }>(db, sql, p.values);
  return rows.map((r) => r.id);
}

/** Networks with deliveries due now, and how many. */
export async function dueCountsByNetwork(
  db: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">,
  provider: DbProvider,
  now: Date,
): Promise<Map<string, number>> {
  const p = new SqlParams(provider);
  const rows = await querySql<{ networkId: string; n: number | bigint }>(
    db,
    `SELECT "networkId", COUNT(*) AS n FROM "Delivery"
     WHERE ("status" = 'pending' AND "nextAttemptAt" <= ${p.add(now, "timestamp")})
        OR ("status" = 'sending' AND "leaseUntil" < ${p.add(now, "timestamp")})
     GROUP BY "networkId"`,
    p.values,
  );
  return new Map(rows.map((r) => [r.networkId, Number(r.n)]));
}
