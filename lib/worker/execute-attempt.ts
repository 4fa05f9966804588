import "server-only";
import type { ConversionEvent, Delivery } from "../db/generated/sqlite/client";
import { classifyAttempt, nextAttemptDelaySeconds } from "../deliveries/retry-policy";
import type { AllowList } from "../outbound";
import { DELIVERY_ID_HEADER, type SendResult, sendRequest } from "../outbound";
import { renderPostback } from "../templates";
import type { TemplateContext } from "../templates/context";
import type { NetworkRuntime } from "./network-runtime";

const MAX_STORED_RESPONSE_BYTES = 20_480;

type FinalStatus = "delivered" | "pending" | "failed" | "expired" | "skipped";

/** The outcome of one attempt: how the delivery changes and the attempt row to log. */
export interface AttemptRecord {
  deliveryId: string;
  networkId: string;
  previousStatus: "pending";
  status: FinalStatus;
  reason: string | null;
  errorClass: string | null;
  nextAttemptAt: Date | null;
  completedAt: Date | null;
  statusCode: number | null;
  latencyMs: number | null;
  eventName: string;
  occurredAt: Date;
  currency: string | null;
  revenueMicros: bigint | null;
  countsAsFailure: boolean;
  countsAsSuccess: boolean;
  attempt: {
    number: number;
    startedAt: Date;
    latencyMs: number;
    requestMethod: string;
    requestUrl: string;
    requestHeaders: string;
    requestBody: string | null;
    responseStatus: number | null;
    responseHeaders: string | null;
    responseBody: string | null;
    errorClass: string | null;
    errorMessage: string | null;
    outcome: string;
  };
}

export type DeliveryWithEvent = Delivery & { event: ConversionEvent };

function templateContext(d: DeliveryWithEvent, network: NetworkRuntime, attempt: number, now: Date): TemplateContext {
  const e = d.event;
  let properties: Record<string, string> = {};
  try {
    properties = JSON.parse(e.properties) as Record<string, string>;
  } catch {}
  return {
    event: { ...e, externalId: e.externalId, properties },
    delivery: { id: d.id, attempt, partnerEventName: d.partnerEventName, revenue: d.revenue, currency: d.currency },
    network: { slug: network.slug },
    secrets: network.secrets,
    now,
  };
}

function baseRecord(
  d: DeliveryWithEvent,
  number: number,
  now: Date,
): Omit<
  AttemptRecord,
  | "status"
  | "reason"
  | "errorClass"
  | "nextAttemptAt"
  | "completedAt"
  | "statusCode"
  | "latencyMs"
  | "countsAsFailure"
  | "countsAsSuccess"
  | "attempt"
> & { number: number; now: Date } {
  return {
    deliveryId: d.id,
    networkId: d.networkId,
    previousStatus: "pending",
    eventName: d.eventName,
    occurredAt: d.occurredAt,
    currency: d.currency,
    revenueMicros: d.revenueMicros,
    number,
    now,
  };
}

/** A closed outcome reached without an HTTP request (window passed, value missing, bad secret). */
function withoutRequest(
  d: DeliveryWithEvent,
  number: number,
  now: Date,
  status: "expired" | "skipped" | "failed",
  errorClass: string,
  reason: string,
): AttemptRecord {
  const { number: n, now: _now, ...base } = baseRecord(d, number, now);
  return {
    ...base,
    status,
    reason,
    errorClass,
    nextAttemptAt: null,
    completedAt: now,
    statusCode: null,
    latencyMs: null,
    countsAsFailure: status === "failed",
    countsAsSuccess: false,
    attempt: {
      number: n,
      startedAt: now,
      latencyMs: 0,
      requestMethod: "",
      requestUrl: "",
      requestHeaders: "[]",
      requestBody: null,
      responseStatus: null,
      responseHeaders: null,
      responseBody: null,
      errorClass,
      errorMessage: reason,
      outcome: status,
    },
  };
}

/** Renders and sends one attempt of a delivery, and decides what happens next. Never throws for the network's sake. */
export async function executeAttempt(
  d: DeliveryWithEvent,
  network: NetworkRuntime,
  allow: AllowList,
  now = new Date(),
  random = Math.random,
): Promise<AttemptRecord> {
  const number = d.attempts + 1;
  if (d.deadlineAt && now > d.deadlineAt) {
    return withoutRequest(
      d,
      number,
      now,
      "expired",
      "acceptance_window",
      `acceptance window of ${network.name} ended at ${d.deadlineAt.toISOString()}`,
    );
  }
  if (network.secretError) return withoutRequest(d, number, now, "failed", "secret", network.secretError);
  const rendered = renderPostback(network.postback, templateContext(d, network, number, now));
  if (!rendered.ok) {
    return rendered.skipped
      ? withoutRequest(d, number, now, "skipped", "missing_value", rendered.reason)
      : withoutRequest(d, number, now, "failed", "render", rendered.errors.map((e) => e.message).join("; "));
  }
  const headers = [...rendered.request.headers];
  if (rendered.request.contentType && !headers.some((h) => h.name.toLowerCase() === "content-type")) {
    headers.push({ name: "Content-Type", value: rendered.request.contentType });
  }
  headers.push({ name: DELIVERY_ID_HEADER, value: d.id });
  const result: SendResult = await sendRequest({
    method: rendered.request.method,
    url: rendered.request.url,
    headers,
    body: rendered.request.body,
    connectTimeoutMs: network.connectTimeoutMs,
    timeoutMs: network.timeoutMs,
    allow,
    maxResponseBytes: MAX_STORED_RESPONSE_BYTES,
  });
  const verdict = classifyAttempt(result);
  const attemptsSinceReplay = number - d.retryBase;
  let status: FinalStatus;
  let nextAttemptAt: Date | null = null;
  let reason: string | null = verdict.reason;
  if (verdict.kind === "success") {
    status = "delivered";
    reason = null;
  } else if (verdict.kind === "final") {
    status = "failed";
  } else {
    const delay = nextAttemptDelaySeconds({
      attemptsMade: attemptsSinceReplay,
      schedule: network.retrySchedule,
      retryAfterSeconds: result.retryAfterSeconds,
      status: result.status,
      random,
    });
    const at = delay === null ? null : new Date(now.getTime() + delay * 1000);
    if (at === null) {
      status = "failed";
      reason = `${verdict.reason}; gave up after ${attemptsSinceReplay} attempts (retry schedule exhausted)`;
    } else if (d.deadlineAt && at > d.deadlineAt) {
      status = "expired";
      reason = `${verdict.reason}; the next retry would fall after the acceptance window (${d.deadlineAt.toISOString()})`;
    } else {
      status = "pending";
      nextAttemptAt = at;
    }
  }
  const { number: n, now: _now, ...base } = baseRecord(d, number, now);
  const maskedHeaders = [...rendered.masked.headers, ...headers.slice(rendered.request.headers.length)];
  return {
    ...base,
    status,
    reason,
    errorClass: result.errorClass ?? (verdict.kind === "success" ? null : "http_status"),
    nextAttemptAt,
    completedAt: status === "pending" ? null : now,
    statusCode: result.status,
    latencyMs: result.latencyMs,
    countsAsFailure: status === "failed" || status === "expired",
    countsAsSuccess: status === "delivered",
    attempt: {
      number: n,
      startedAt: result.startedAt,
      latencyMs: result.latencyMs,
      requestMethod: rendered.request.method,
      requestUrl: rendered.masked.url,
      requestHeaders: JSON.stringify(maskedHeaders),
      requestBody: rendered.masked.body,
      responseStatus: result.status,
      responseHeaders: result.responseHeaders ? JSON.stringify(result.responseHeaders) : null,
      responseBody: result.responseBody,
      errorClass: result.errorClass,
      errorMessage: result.errorMessage,
      outcome: status === "pending" ? "retry" : status,
    },
  };
}
