// POST /api/v1/deliveries/replay - replay every failed (or expired/skipped) delivery of a network in a time range; returns a job to poll
import { dbProvider, getDb } from "@/lib/db";
import { startBulkReplay } from "@/lib/deliveries/replay";
import { bulkReplaySchema, replayJobOutputSchema } from "@/lib/deliveries/schemas";
import { respond, route } from "@/lib/http/route";

export const POST = route({ permission: "deliveries:replay", body: bulkReplaySchema }, async ({ actor, body }) =>
  respond({ job: replayJobOutputSchema.parse(await startBulkReplay(getDb(), dbProvider(), actor, body)) }, 202),
);
