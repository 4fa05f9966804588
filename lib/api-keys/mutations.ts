import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import { generateApiKey } from "../auth/api-key-format";
import type { Db } from "../db";
import { notFound } from "../errors";
import { newId } from "../ids";
import { type ApiKeyCreateInput, apiKeyCreateSchema, apiKeyOutputSchema } from "./schemas";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64) || "sender";

/** Creates a key; the plain key is returned here once and only its hash is stored. */
export async function createApiKey(
  db: Db,
  actor: AuditActor & { id?: string | null; type: string },
  input: ApiKeyCreateInput,
) {
  const data = apiKeyCreateSchema.parse(input);
  const { key, prefix, hash } = generateApiKey();
  const row = await db.apiKey.create({
    data: {
      id: newId(),
      name: data.name,
      access: data.access,
      sender: data.sender ?? slug(data.name),
      prefix,
      hash,
      createdById: actor.type === "user" ? (actor.id ?? null) : null,
    },
  });
  await recordAudit(
    db,
    actor,
    "api_key.create",
    { type: "api_key", id: row.id },
    { name: row.name, access: row.access, prefix },
  );
  return { apiKey: apiKeyOutputSchema.parse(row), key };
}

export async function revokeApiKey(db: Db, actor: AuditActor, id: string) {
  const row = await db.apiKey.findUnique({ where: { id } });
  if (!row) throw notFound("API key");
  const updated = row.revokedAt ? row : await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  await recordAudit(db, actor, "api_key.revoke", { type: "api_key", id }, { name: row.name, prefix: row.prefix });
  return apiKeyOutputSchema.parse(updated);
}
