// GET /api/v1/networks[?archived=true] - list networks (or the deleted ones) with their postback config and rules (secrets masked)
// POST /api/v1/networks - create a network, its secrets and rules in one call
import { getDb } from "@/lib/db";
import { respond, route } from "@/lib/http/route";
import { createNetwork } from "@/lib/networks/mutations";
import { listNetworks } from "@/lib/networks/queries";
import { networkCreateSchema, networkListQuerySchema } from "@/lib/networks/schemas";

export const GET = route({ permission: "networks:read", query: networkListQuerySchema }, async ({ query }) => ({
  networks: await listNetworks(getDb(), { archived: query.archived }),
}));

export const POST = route({ permission: "networks:write", body: networkCreateSchema }, async ({ actor, body }) =>
  respond({ network: await createNetwork(getDb(), actor, body) }, 201),
);
