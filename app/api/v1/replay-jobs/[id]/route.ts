// GET /api/v1/replay-jobs/{id} - progress of a bulk replay (total, done, status)
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getReplayJob } from "@/lib/deliveries/queries";
import { route } from "@/lib/http/route";

export const GET = route(
  { permission: "deliveries:read", params: z.object({ id: z.string() }) },
  async ({ params }) => ({
    job: await getReplayJob(getDb(), params.id),
  }),
);
