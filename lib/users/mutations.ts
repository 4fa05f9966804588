import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import { generatePassword, hashPassword } from "../auth/password";
import type { Db } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { newId } from "../ids";
import {
  type UserCreateInput,
  type UserUpdateInput,
  userCreateSchema,
  userOutputSchema,
  userUpdateSchema,
} from "./schemas";

/** Creates a user; when no password is given one is generated and returned once. */
export async function createUser(db: Db, actor: AuditActor, input: UserCreateInput) {
  const data = userCreateSchema.parse(input);
  if (await db.user.findUnique({ where: { email: data.email } })) {
    throw conflict(`A user with email ${data.email} already exists`, { email: ["is already taken"] });
  }
  const password = data.password ?? generatePassword();
  const user = await db.user.create({
    data: {
      id: newId(),
      email: data.email,
      name: data.name,
      role: data.role,
      passwordHash: await hashPassword(password),
    },
  });
  await recordAudit(db, actor, "user.create", { type: "user", id: user.id }, { email: user.email, role: user.role });
  return { user: userOutputSchema.parse(user), generatedPassword: data.password ? null : password };
}

export async function updateUser(
  db: Db,
  actor: AuditActor & { id?: string | null },
  id: string,
  input: UserUpdateInput,
) {
  const data = userUpdateSchema.parse(input);
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw notFound("User");
  if (actor.id === id && (data.active === false || (data.role && data.role !== "admin"))) {
    throw invalid("You cannot deactivate yourself or remove your own admin role", { role: ["cannot demote yourself"] });
  }
  if ((data.active === false || (data.role && data.role !== "admin")) && user.role === "admin" && user.active) {
    const admins = await db.user.count({ where: { role: "admin", active: true } });
    if (admins <= 1) throw invalid("Ricochet needs at least one active admin", { role: ["last active admin"] });
  }
  // Any change to who the user is or what they may do ends their existing sessions.
  const endsSessions = data.active === false || data.role !== undefined || data.password !== undefined;
  const updated = await db.user.update({
    where: { id },
    data: {
      name: data.name,
      role: data.role,
      active: data.active,
      passwordHash: data.password ? await hashPassword(data.password) : undefined,
      sessionVersion: endsSessions ? { increment: 1 } : undefined,
    },
  });
  const changes = { ...data, password: data.password ? "(changed)" : undefined };
  await recordAudit(db, actor, "user.update", { type: "user", id }, changes);
  return userOutputSchema.parse(updated);
}
