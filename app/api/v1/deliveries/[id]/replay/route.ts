// POST /api/v1/deliveries/{id}/replay - send a failed, expired, skipped or delivered postback again
import { z } from "zod";
import { dbProvider, getDb } from "@/lib/db";
import { replayDelivery } from "@/lib/deliveries/replay";
import { respond, route } from "@/lib/http/route";

export const POST = route(
  { permission: "deliveries:replay", params: z.object({ id: z.string() }) },
  async ({ actor, params }) => respond(await replayDelivery(getDb(), dbProvider(), actor, params.id), 202),
);
