// DELETE /api/v1/api-keys/{id} - revoke a key (admin)
import { z } from "zod";
import { revokeApiKey } from "@/lib/api-keys/mutations";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";

export const DELETE = route(
  { permission: "apikeys:manage", params: z.object({ id: z.string() }) },
  async ({ actor, params }) => ({
    apiKey: await revokeApiKey(getDb(), actor, params.id),
  }),
);
