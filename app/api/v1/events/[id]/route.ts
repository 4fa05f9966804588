// GET /api/v1/events/{id} - one event (by Ricochet id or sender id) with its outcome per network
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getEvent } from "@/lib/events/queries";
import { route } from "@/lib/http/route";

export const GET = route({ permission: "events:read", params: z.object({ id: z.string() }) }, async ({ params }) =>
  getEvent(getDb(), params.id),
);
