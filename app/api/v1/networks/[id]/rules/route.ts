// GET /api/v1/networks/{id}/rules - the network's forwarding rules
// POST /api/v1/networks/{id}/rules - add one rule
// PUT /api/v1/networks/{id}/rules - replace all rules ({ "rules": [...] })
import { z } from "zod";
import { getDb } from "@/lib/db";
import { respond, route } from "@/lib/http/route";
import { addRule, listRules, replaceRules } from "@/lib/networks/rule-mutations";
import { apiRuleSchema } from "@/lib/networks/schemas";

const params = z.object({ id: z.string() });

export const GET = route({ permission: "networks:read", params }, async ({ params }) => ({
  rules: await listRules(getDb(), params.id),
}));

export const POST = route(
  { permission: "networks:write", params, body: apiRuleSchema },
  async ({ actor, params, body }) => respond({ rule: await addRule(getDb(), actor, params.id, body) }, 201),
);

export const PUT = route(
  { permission: "networks:write", params, body: z.object({ rules: z.array(apiRuleSchema).max(200) }) },
  async ({ actor, params, body }) => ({ rules: await replaceRules(getDb(), actor, params.id, body.rules) }),
);
