// GET /api/v1/replay-jobs/{id} - progress of a bulk replay (total, done, status)
import { z } from "zod";
import { getDb } from "@/lib/db";
import { replayJobOutputSchema } from "@/lib/deliveries/schemas";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const GET = route(
  { permission: "deliveries:read", params: z.object({ id: z.string() }) },
  async ({ params }) => {
    const job = await getDb().replayJob.findUnique({ where: { id: params.id } });
    if (!job) throw notFound("Replay job");
    return { job: replayJobOutputSchema.parse(job) };
  },
);
