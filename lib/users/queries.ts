import "server-only";
import type { Db } from "../db";
import { userOutputSchema } from "./schemas";

export async function listUsers(db: Db) {
  const rows = await db.user.findMany({ orderBy: [{ active: "desc" }, { email: "asc" }] });
  return rows.map((u) => userOutputSchema.parse(u));
}
