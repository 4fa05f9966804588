// The one error vocabulary. Domain code throws ApiError with a code; the HTTP layer (lib/http) turns
// it into a response with the status this file maps the code to, and the OpenAPI document lists the
// same codes. Browser-safe, so forms can flatten zod errors the way the API does.
import type { z } from "zod";

const errorCodes = [
  "invalid_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "unprocessable",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The status a client sees for each code: 4xx means retrying the same request cannot help. */
const errorCodeToHttpStatus = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.status = errorCodeToHttpStatus[code];
  }
}

export const notFound = (what: string) => new ApiError("not_found", `${what} not found`);
export const forbidden = (message = "Your role does not allow this action") => new ApiError("forbidden", message);
export const unauthorized = (message = "Sign in or send Authorization: Bearer <api key>") =>
  new ApiError("unauthorized", message);
export const conflict = (message: string, fields?: Record<string, string[]>) =>
  new ApiError("conflict", message, fields);
export const invalid = (message: string, fields?: Record<string, string[]>) =>
  new ApiError("invalid_request", message, fields);
/** Well-formed input that cannot be acted on as it stands (e.g. a template that does not render). */
export const unprocessable = (message: string, fields?: Record<string, string[]>) =>
  new ApiError("unprocessable", message, fields);

/** Groups messages by the field they are about: `{ "rules.0.event": ["is required"] }`. */
export function groupByField(items: Iterable<readonly [field: string, message: string]>): Record<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const [field, message] of items) byField.set(field, [...(byField.get(field) ?? []), message]);
  return Object.fromEntries(byField);
}

/** Flattens zod issues to `{ "rules.0.event": ["is required"] }`. */
export function zodFields(error: z.ZodError): Record<string, string[]> {
  return groupByField(
    error.issues.map((issue) => [issue.path.length ? issue.path.join(".") : "(body)", issue.message] as const),
  );
}

export function fromZod(error: z.ZodError, where = "request"): ApiError {
  const fields = zodFields(error);
  const summary = Object.entries(fields)
    .slice(0, 5)
    .map(([k, v]) => `${k}: ${v[0]}`)
    .join("; ");
  return invalid(`Invalid ${where}: ${summary}`, fields);
}
