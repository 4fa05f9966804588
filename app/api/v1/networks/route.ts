// GET /api/v1/networks - list networks with their postback config and rules (secrets masked)
// POST /api/v1/networks - create a network, its secrets and rules in one call
import { getDb } from "@/lib/db";
import { respond, route } from "@/lib/http/route";
import { createNetwork } from "@/lib/networks/mutations";
import { listNetworks } from "@/lib/networks/queries";
import { networkCreateSchema } from "@/lib/networks/schemas";

export const GET = route({ permission: "networks:read" }, async () => ({ networks: await listNetworks(getDb()) }));

export const POST = route({ permission: "networks:write", body: networkCreateSchema }, async ({ actor, body }) =>
  respond({ network: await createNetwork(getDb(), actor, body) }, 201),
);
