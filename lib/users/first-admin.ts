import "server-only";
import type { Db } from "../db";
import type { Env } from "../env";
import { createUser } from "./mutations";

/** On a database without users, creates the first admin; returns what to tell the operator once. */
export async function ensureFirstAdmin(db: Db, env: Env): Promise<string | null> {
  if ((await db.user.count()) > 0) return null;
  const email = env.RICOCHET_ADMIN_EMAIL ?? "admin@localhost.test";
  const { generatedPassword } = await createUser(
    db,
    { type: "system", label: "first start" },
    { email, name: "Admin", role: "admin", password: env.RICOCHET_ADMIN_PASSWORD },
  );
  return generatedPassword
    ? `Created the first admin: ${email} / ${generatedPassword}\n(This password is shown once; change it under Settings → Users.)`
    : `Created the first admin ${email} with the password from RICOCHET_ADMIN_PASSWORD.`;
}
