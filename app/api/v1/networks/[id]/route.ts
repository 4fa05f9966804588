// GET /api/v1/networks/{id} - one network by id or slug
// PATCH /api/v1/networks/{id} - change settings, template, status or secrets
// DELETE /api/v1/networks/{id} - delete (archive) a network: no more postbacks, waiting ones skipped, history kept; restore with POST …/restore
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { dbProvider, getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { deleteNetwork, updateNetwork } from "@/lib/networks/mutations";
import { getNetwork } from "@/lib/networks/queries";
import { networkUpdateSchema } from "@/lib/networks/schemas";

const params = z.object({ id: z.string() });

export const GET = route({ permission: "networks:read", params }, async ({ params }) => ({
  network: await getNetwork(getDb(), params.id),
}));

export const PATCH = route(
  { permission: "networks:write", params, body: networkUpdateSchema },
  async ({ actor, params, body }) => ({
    network: await updateNetwork(getDb(), actor, params.id, body, can(actor.access, "secrets:rotate")),
  }),
);

export const DELETE = route({ permission: "networks:write", params }, async ({ actor, params }) => {
  await deleteNetwork(getDb(), dbProvider(), actor, params.id);
});
