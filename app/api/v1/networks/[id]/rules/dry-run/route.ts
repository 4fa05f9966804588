// POST /api/v1/networks/{id}/rules/dry-run - judge the newest 100 events against unsaved rules; nothing is stored or sent
import { z } from "zod";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { dryRunRequestSchema, runRulesDryRun } from "@/lib/networks/dry-run";

export const POST = route(
  { permission: "networks:read", params: z.object({ id: z.string() }), body: dryRunRequestSchema },
  async ({ params, body }) => runRulesDryRun(getDb(), params.id, body),
);
