import "server-only";
import type { Db } from "../db";
import { apiKeyOutputSchema } from "./schemas";

export async function listApiKeys(db: Db) {
  const rows = await db.apiKey.findMany({ orderBy: [{ revokedAt: "asc" }, { createdAt: "desc" }] });
  return rows.map((k) => apiKeyOutputSchema.parse(k));
}
