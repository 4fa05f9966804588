// GET /api/v1/api-keys - list API keys without their secret part (admin)
// POST /api/v1/api-keys - create a key; the key itself is in this response only (admin)
import { createApiKey } from "@/lib/api-keys/mutations";
import { listApiKeys } from "@/lib/api-keys/queries";
import { apiKeyCreateSchema } from "@/lib/api-keys/schemas";
import { getDb } from "@/lib/db";
import { respond, route } from "@/lib/http/route";

export const GET = route({ permission: "apikeys:manage" }, async () => ({ apiKeys: await listApiKeys(getDb()) }));

export const POST = route({ permission: "apikeys:manage", body: apiKeyCreateSchema }, async ({ actor, body }) =>
  respond(await createApiKey(getDb(), actor, body), 201),
);
