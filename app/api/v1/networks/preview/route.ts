// POST /api/v1/networks/preview - lint and render a postback template without sending it (secrets shown as ****)
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { previewPostback, previewRequestSchema } from "@/lib/networks/preview";

// 200 with { status: "rendered", request, source } | { status: "invalid", errors: [{ field, message, index, length }] } | { status: "skipped", reason, source }
export const POST = route({ permission: "networks:read", body: previewRequestSchema }, async ({ body }) =>
  previewPostback(getDb(), body),
);
