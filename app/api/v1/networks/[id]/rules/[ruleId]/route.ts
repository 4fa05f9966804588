// DELETE /api/v1/networks/{id}/rules/{ruleId} - remove one rule
import { z } from "zod";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { deleteRule } from "@/lib/networks/rule-mutations";

export const DELETE = route(
  { permission: "networks:write", params: z.object({ id: z.string(), ruleId: z.string() }) },
  async ({ actor, params }) => {
    await deleteRule(getDb(), actor, params.id, params.ruleId);
  },
);
