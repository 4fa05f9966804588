// POST /api/v1/networks/preview - lint and render a postback template without sending it (secrets shown as ****)
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { previewPostback, previewRequestSchema } from "@/lib/networks/preview";

export const POST = route({ permission: "networks:read", body: previewRequestSchema }, async ({ body }) => ({
  preview: await previewPostback(getDb(), body),
}));
