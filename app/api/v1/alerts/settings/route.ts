// GET /api/v1/alerts/settings - alert thresholds and whether a webhook is set (its URL is never returned)
// PUT /api/v1/alerts/settings - change thresholds; webhookUrl sets (checked against the address policy) or, as null, removes the webhook

import { alertSettingsUpdateSchema } from "@/lib/alerts/schemas";
import { getAlertSettings, updateAlertSettings } from "@/lib/alerts/settings";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "settings:manage" }, async () => ({
  settings: await getAlertSettings(getDb()),
}));

export const PUT = route(
  { permission: "settings:manage", body: alertSettingsUpdateSchema },
  async ({ actor, body }) => ({ settings: await updateAlertSettings(getDb(), actor, body) }),
);
