import "server-only";
import type { Db } from "../db";
import { newId } from "../ids";

type Tx = Pick<Db, "auditLog">;
export interface AuditActor {
  type: "user" | "api_key" | "system";
  id?: string | null;
  label: string;
}

/** Appends to the audit log. Details must never contain secrets: pass last characters only. */
export async function recordAudit(
  db: Tx,
  actor: AuditActor,
  action: string,
  target?: { type: string; id?: string | null },
  details: Record<string, unknown> = {},
) {
  await db.auditLog.create({
    data: {
      id: newId(),
      actorType: actor.type,
      actorId: actor.id ?? null,
      actorLabel: actor.label,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      details: JSON.stringify(details),
    },
  });
}
