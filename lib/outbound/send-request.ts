import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";
import type { AllowList } from "./address-policy";
import { classifySendError, type SendErrorClass } from "./classify-send-error";
import { parseRetryAfter } from "./parse-retry-after";
import { getPinnedAgent } from "./pinned-agent";
import { readCappedBody } from "./read-capped-body";
import { resolveTargetHost, stripBrackets } from "./resolve-target-host";

export const USER_AGENT = "Ricochet/0.1 (+postback)";
const DEFAULT_MAX_RESPONSE_BYTES = 20_480;

type OutboundHeader = { name: string; value: string };

export type SendRequestInput = {
  method: string;
  url: string;
  headers: OutboundHeader[];
  body: string | null;
  connectTimeoutMs: number;
  /** Covers everything: DNS, connect, request, response headers and the whole body. */
  timeoutMs: number;
  allow: AllowList;
  maxResponseBytes?: number;
};

export type SendResult = {
  startedAt: Date;
  latencyMs: number;
  /** Set whenever response headers arrived, even if the body then failed (errorClass wins). */
  status: number | null;
  responseHeaders: Record<string, string> | null;
  /** The first maxResponseBytes bytes, utf-8 decoded. */
  responseBody: string | null;
  truncated: boolean;
  errorClass: SendErrorClass | null;
  errorMessage: string | null;
  retryAfterSeconds: number | null;
};

/**
 * Sends one postback. Never throws: every failure comes back as an errorClass so the caller
 * can record the attempt and ask the retry policy what to do. Redirects are never followed.
 */
export async function sendRequest(req: SendRequestInput): Promise<SendResult> {
  const startedAt = new Date();
  const t0 = performance.now();
  const partial: Partial<SendResult> = {};
  const result = (fields: Partial<SendResult>): SendResult => ({
    startedAt,
    latencyMs: Math.round(performance.now() - t0),
    status: null,
    responseHeaders: null,
    responseBody: null,
    truncated: false,
    errorClass: null,
    errorMessage: null,
    retryAfterSeconds: null,
    ...partial,
    ...fields,
  });

  const target = await checkTarget(req);
  if (!target.ok) return result({ errorClass: target.errorClass, errorMessage: target.message });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`no complete response within ${req.timeoutMs} ms`));
  }, req.timeoutMs);
  try {
    const agent = getPinnedAgent(req.connectTimeoutMs, req.allow);
    const response = await agent.request({
      origin: target.url.origin,
      path: `${target.url.pathname}${target.url.search}`,
      method: req.method,
      headers: flattenHeaders(req.headers),
      body: req.body,
      signal: controller.signal,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
    });
    partial.status = response.statusCode;
    partial.responseHeaders = joinHeaders(response.headers);
    partial.retryAfterSeconds = parseRetryAfter(partial.responseHeaders["retry-after"], new Date());
    const body = await readCappedBody(response.body, req.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    return result({ responseBody: body.text, truncated: body.truncated });
  } catch (error) {
    if (timedOut)
      return result({ errorClass: "timeout", errorMessage: `no complete response within ${req.timeoutMs} ms` });
    const { errorClass, message } = classifySendError(error);
    return result({ errorClass, errorMessage: message });
  } finally {
    clearTimeout(timer);
  }
}

type CheckedTarget = { ok: true; url: URL } | { ok: false; errorClass: SendErrorClass; message: string };

async function checkTarget(req: SendRequestInput): Promise<CheckedTarget> {
  const invalid = (message: string): CheckedTarget => ({ ok: false, errorClass: "invalid_request", message });
  if (!isPositiveTimeout(req.timeoutMs) || !isPositiveTimeout(req.connectTimeoutMs)) {
    return invalid("timeouts must be positive numbers of milliseconds");
  }
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return invalid(`not a valid absolute URL: ${req.url}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return invalid(`unsupported protocol ${url.protocol}`);
  if (url.username !== "" || url.password !== "") return invalid("URL must not contain credentials");
  // Node never calls the pinned lookup for an IP literal, so literals are checked here.
  const host = stripBrackets(url.hostname);
  if (isIP(host) !== 0) {
    const outcome = await resolveTargetHost(host, req.allow);
    if (!outcome.ok) return { ok: false, errorClass: outcome.errorClass, message: outcome.message };
  }
  return { ok: true, url };
}

function isPositiveTimeout(ms: number): boolean {
  return Number.isFinite(ms) && ms > 0;
}

// A flat [name, value, ...] list keeps the caller's order, case and repeated names on the wire.
function flattenHeaders(headers: OutboundHeader[]): string[] {
  const flat = headers.flatMap((h) => [h.name, h.value]);
  if (!headers.some((h) => h.name.toLowerCase() === "user-agent")) flat.push("user-agent", USER_AGENT);
  return flat;
}

function joinHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) joined[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return joined;
}
