import "server-only";
import { type AllowList, sendRequest } from "../outbound";

const WEBHOOK_CONNECT_TIMEOUT_MS = 5_000;
const WEBHOOK_TIMEOUT_MS = 10_000;

export type SendWebhook = typeof sendRequest;

/**
 * Posts a Slack-compatible `{ "text": ... }` message through the same SSRF-guarded client the
 * postbacks use (address policy checked at send time, no redirects, always a timeout).
 */
export async function postAlertMessage(
  url: string,
  text: string,
  allow: AllowList,
  send: SendWebhook = sendRequest,
): Promise<{ ok: boolean; detail: string }> {
  const r = await send({
    method: "POST",
    url,
    body: JSON.stringify({ text }),
    headers: [{ name: "Content-Type", value: "application/json" }],
    connectTimeoutMs: WEBHOOK_CONNECT_TIMEOUT_MS,
    timeoutMs: WEBHOOK_TIMEOUT_MS,
    allow,
    maxResponseBytes: 2048,
  });
  if (r.errorClass) return { ok: false, detail: `${r.errorClass}: ${r.errorMessage ?? ""}`.trim() };
  if (r.status === null || r.status < 200 || r.status > 299) return { ok: false, detail: `HTTP ${r.status}` };
  return { ok: true, detail: `HTTP ${r.status}` };
}
