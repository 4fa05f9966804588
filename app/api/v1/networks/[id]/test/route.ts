// POST /api/v1/networks/{id}/test - send the network's postback (or an unsaved one) once for real and return what came back
import { z } from "zod";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { sendTestPostback, testPostbackSchema } from "@/lib/networks/test-postback";

const params = z.object({ id: z.string() });

// 200 with { request (secrets masked), response: { status, headers, body, truncated, latencyMs, errorClass, errorMessage }, source, sentAt },
// also when the target was refused (errorClass "blocked_target") or did not answer.
export const POST = route(
  { permission: "networks:test", params, body: testPostbackSchema },
  async ({ actor, params, body }) => sendTestPostback(getDb(), actor, params.id, body),
);
