import "server-only";
import type { Db } from "../db";

/** The newest audit entries first, optionally only actions starting with a prefix ("network."). */
export function listAuditEntries(db: Db, q: { actionPrefix?: string; limit: number }) {
  return db.auditLog.findMany({
    where: q.actionPrefix ? { action: { startsWith: q.actionPrefix } } : undefined,
    orderBy: { at: "desc" },
    take: q.limit,
  });
}
