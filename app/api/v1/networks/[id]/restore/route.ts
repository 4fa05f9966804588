// POST /api/v1/networks/{id}/restore - bring a deleted network back, paused, with its history
import { z } from "zod";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { restoreNetwork } from "@/lib/networks/mutations";

const params = z.object({ id: z.string() });

export const POST = route({ permission: "networks:write", params }, async ({ actor, params }) => ({
  network: await restoreNetwork(getDb(), actor, params.id),
}));
