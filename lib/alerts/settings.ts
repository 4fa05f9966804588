import "server-only";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { getEnv } from "../env";
import { invalid } from "../errors";
import { logger } from "../log";
import { validatePostbackTarget } from "../outbound";
import { decryptSecret, encryptSecret, lastFour } from "../secrets/cipher";
import { getKeyRing } from "../secrets/key-ring";
import {
  type AlertSettingsOutput,
  type AlertSettingsUpdate,
  type AlertThresholds,
  alertThresholdsSchema,
} from "./schemas";

const ALERT_SETTINGS_KEY = "alerts";

interface StoredWebhook {
  ciphertext: string;
  host: string;
  lastFour: string;
}
interface Stored {
  thresholds: AlertThresholds;
  webhook: StoredWebhook | null;
}

type SettingStore = Pick<Db, "setting">;

async function readStored(db: SettingStore): Promise<Stored> {
  const row = await db.setting.findUnique({ where: { key: ALERT_SETTINGS_KEY } });
  let raw: { webhook?: StoredWebhook | null } & Record<string, unknown> = {};
  if (row) {
    try {
      raw = JSON.parse(row.value) as typeof raw;
    } catch {
      logger.warn("alert settings are not valid JSON; using defaults", { key: ALERT_SETTINGS_KEY });
    }
  }
  const parsed = alertThresholdsSchema.safeParse(raw);
  const thresholds = parsed.success ? parsed.data : alertThresholdsSchema.parse({});
  const webhook = raw.webhook && typeof raw.webhook.ciphertext === "string" ? raw.webhook : null;
  return { thresholds, webhook };
}

const output = (s: Stored): AlertSettingsOutput => ({
  ...s.thresholds,
  webhook: s.webhook ? { configured: true, host: s.webhook.host, lastFour: s.webhook.lastFour } : { configured: false },
});

export async function getAlertSettings(db: SettingStore): Promise<AlertSettingsOutput> {
  return output(await readStored(db));
}

/** Thresholds and the decrypted webhook URL, for the evaluator only. */
export async function loadAlertConfig(
  db: SettingStore,
): Promise<{ thresholds: AlertThresholds; webhookUrl: string | null }> {
  const s = await readStored(db);
  let webhookUrl: string | null = null;
  if (s.webhook) {
    try {
      webhookUrl = decryptSecret(s.webhook.ciphertext, getKeyRing());
    } catch (err) {
      logger.error("cannot decrypt the alert webhook URL; notifications are off until it is saved again", { err });
    }
  }
  return { thresholds: s.thresholds, webhookUrl };
}

/**
 * Saves thresholds and the webhook. The URL is checked against the outbound address policy now
 * (and again on every send) and stored encrypted: Slack-style webhook URLs are credentials.
 */
export async function updateAlertSettings(
  db: Db,
  actor: AuditActor,
  input: AlertSettingsUpdate,
): Promise<AlertSettingsOutput> {
  const current = await readStored(db);
  const { webhookUrl, ...rest } = input;
  const thresholds = alertThresholdsSchema.parse({
    ...current.thresholds,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
  });
  let webhook = current.webhook;
  if (webhookUrl === null) webhook = null;
  else if (webhookUrl !== undefined) {
    const check = await validatePostbackTarget(webhookUrl, getEnv().allowPrivateTargets);
    if (!check.ok) throw invalid(`Invalid body: webhookUrl: ${check.message}`, { webhookUrl: [check.message] });
    webhook = {
      ciphertext: encryptSecret(webhookUrl, getKeyRing()),
      host: new URL(webhookUrl).host,
      lastFour: lastFour(webhookUrl),
    };
  }
  const value = JSON.stringify({ ...thresholds, webhook });
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: ALERT_SETTINGS_KEY },
      create: { key: ALERT_SETTINGS_KEY, value },
      update: { value },
    });
    await recordAudit(
      tx,
      actor,
      "alerts.settings_update",
      { type: "setting", id: ALERT_SETTINGS_KEY },
      {
        ...thresholds,
        webhook: webhook ? { host: webhook.host, lastFour: webhook.lastFour } : null,
      },
    );
  });
  return output({ thresholds, webhook });
}
