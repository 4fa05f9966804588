import "server-only";
import { getServerSession } from "next-auth";
import { getDb } from "../db";
import { forbidden, unauthorized } from "../errors";
import { hashApiKey } from "./api-key-format";
import { authOptions } from "./next-auth";
import { type Access, can, type Permission, type Role } from "./permissions";

export type Actor =
  | { type: "user"; id: string; label: string; access: Role; email: string; name: string }
  | { type: "api_key"; id: string; label: string; access: Access; sender: string };

// lastUsedAt is advisory: writing it on every ingest request would double the write load.
const LAST_USED_RESOLUTION_MS = 60_000;

async function actorFromApiKey(key: string): Promise<Actor | null> {
  const db = getDb();
  const row = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } }).catch(() => {});
  }
  return {
    type: "api_key",
    id: row.id,
    label: `API key ${row.name}`,
    access: row.access as Access,
    sender: row.sender,
  };
}

/** The signed-in user, re-read from the database so deactivation and role changes apply at once. */
export async function actorFromSession(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const uid = session?.user?.id;
  if (!uid) return null;
  const user = await getDb().user.findUnique({ where: { id: uid } });
  if (!user?.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return {
    type: "user",
    id: user.id,
    label: user.email,
    access: user.role as Role,
    email: user.email,
    name: user.name,
  };
}

export async function resolveActor(authorization: string | null): Promise<Actor | null> {
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return m ? actorFromApiKey(m[1]) : null;
  }
  return actorFromSession();
}

export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw unauthorized();
  if (!can(actor.access, permission)) throw forbidden();
}
