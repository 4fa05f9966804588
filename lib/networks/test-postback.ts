import "server-only";
import { z } from "zod";
import { type AuditActor, recordAudit } from "../audit/record";
import type { Db } from "../db";
import { getEnv } from "../env";
import { invalid, notFound, unprocessable } from "../errors";
import { newId } from "../ids";
import { DELIVERY_ID_HEADER, type SendErrorClass, sendRequest } from "../outbound";
import { decryptSecret } from "../secrets/cipher";
import { getKeyRing } from "../secrets/key-ring";
import { lintPostbackConfig, renderPostback } from "../templates";
import {
  type ContextSource,
  contextOverridesShape,
  loadTemplateContext,
  type ShownRequest,
  toPostbackConfig,
  withAutomaticHeaders,
} from "./preview";
import { postbackSchema } from "./schemas";
import { parseJsonColumn } from "./serialize";
import type { PostbackConfig } from "./validate-config";

export const testPostbackSchema = z
  .object({
    /** An unsaved template from the editor; absent: the network's saved one. */
    postback: postbackSchema.optional(),
    ...contextOverridesShape,
  })
  .default({});

/** Sent with every test so a receiver can tell tests from real conversions. */
const TEST_HEADER = "X-Ricochet-Test";
const MAX_TEST_RESPONSE_BYTES = 20_480;

export interface TestPostbackResult {
  request: ShownRequest;
  response: {
    status: number | null;
    headers: Record<string, string> | null;
    body: string | null;
    truncated: boolean;
    latencyMs: number;
    errorClass: SendErrorClass | null;
    errorMessage: string | null;
  };
  source: ContextSource;
  sentAt: Date;
}

const FIELD_NAMES: Record<string, string> = {
  urlTemplate: "postback.url",
  bodyTemplate: "postback.body",
  bodyType: "postback.bodyType",
};

// Some receivers echo what they got; a marketer must not learn a secret from a test's response.
function hideSecrets(text: string | null, secrets: string[]): string | null {
  if (text === null) return null;
  return secrets.reduce((out, s) => out.split(s).join("****"), text);
}

/**
 * Renders the network's postback (or an unsaved one) for a sample or stored event and really
 * sends it, through the same SSRF-guarded client and timeouts as the worker. The real secrets go
 * out; the request and response handed back have them masked. Nothing is written but the audit
 * entry: a test is not a delivery.
 */
export async function sendTestPostback(
  db: Db,
  actor: AuditActor,
  idOrSlug: string,
  input: z.output<typeof testPostbackSchema>,
): Promise<TestPostbackResult> {
  const network = await db.network.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    include: { secrets: true, rules: true },
  });
  if (!network) throw notFound("Network");

  const config: PostbackConfig = input.postback
    ? toPostbackConfig(input.postback)
    : {
        method: network.method as PostbackConfig["method"],
        urlTemplate: network.urlTemplate,
        headers: parseJsonColumn(network.headers, []),
        bodyType: network.bodyType as PostbackConfig["bodyType"],
        bodyTemplate: network.bodyTemplate,
      };
  const lint = lintPostbackConfig(config, { secretNames: network.secrets.map((s) => s.name) });
  const fields = Object.fromEntries(
    Object.entries(lint).map(([field, errors]) => [
      FIELD_NAMES[field] ?? `postback.${field}`,
      errors.map((e) => `${e.message} (at character ${e.index + 1})`),
    ]),
  );
  if (Object.keys(fields).length)
    throw invalid(`Fix the template before sending a test: ${Object.values(fields)[0][0]}`, fields);

  const ring = getKeyRing();
  const secrets: Record<string, string> = {};
  for (const s of network.secrets) {
    try {
      secrets[s.name] = decryptSecret(s.ciphertext, ring);
    } catch {
      throw unprocessable(
        `The secret "${s.name}" cannot be decrypted with the current key; an admin must set it again`,
      );
    }
  }

  const deliveryId = `test_${newId()}`;
  const { ctx, source } = await loadTemplateContext(db, {
    network,
    slug: network.slug,
    secrets,
    overrides: input,
    deliveryId,
  });
  const rendered = renderPostback(config, ctx);
  if (!rendered.ok) {
    if (rendered.skipped) {
      throw unprocessable(
        `Not sent: ${rendered.reason} in the ${source.kind === "sample" ? "sample event" : "chosen event"}, so the real postback would be skipped too`,
      );
    }
    throw unprocessable(`The postback cannot be rendered: ${rendered.errors.map((e) => e.message).join("; ")}`);
  }

  const added = [
    { name: DELIVERY_ID_HEADER, value: deliveryId },
    { name: TEST_HEADER, value: "1" },
  ];
  const headers = [...rendered.request.headers, ...added];
  const env = getEnv();
  const result = await sendRequest({
    method: rendered.request.method,
    url: rendered.request.url,
    headers,
    body: rendered.request.body,
    connectTimeoutMs: network.connectTimeoutMs,
    timeoutMs: network.timeoutMs,
    allow: env.allowPrivateTargets,
    maxResponseBytes: MAX_TEST_RESPONSE_BYTES,
  });

  const secretValues = Object.values(secrets).filter((v) => v.length >= 4);
  const responseHeaders = result.responseHeaders
    ? Object.fromEntries(
        Object.entries(result.responseHeaders).map(([k, v]) => [k, hideSecrets(v, secretValues) ?? ""]),
      )
    : null;

  await recordAudit(
    db,
    actor,
    "network.test",
    { type: "network", id: network.id },
    {
      method: rendered.request.method,
      url: rendered.masked.url,
      unsavedTemplate: Boolean(input.postback),
      eventId: source.kind === "event" ? source.eventId : null,
      status: result.status,
      errorClass: result.errorClass,
      latencyMs: result.latencyMs,
    },
  );

  return {
    request: {
      method: rendered.request.method,
      url: rendered.masked.url,
      headers: withAutomaticHeaders(config, rendered.masked.headers, added),
      body: rendered.masked.body,
    },
    response: {
      status: result.status,
      headers: responseHeaders,
      body: hideSecrets(result.responseBody, secretValues),
      truncated: result.truncated,
      latencyMs: result.latencyMs,
      errorClass: result.errorClass,
      errorMessage: hideSecrets(result.errorMessage, secretValues),
    },
    source,
    sentAt: result.startedAt,
  };
}
