// One error model for every route handler and server action.
import { z } from "zod";

export type ErrorCode =
  | "invalid_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "unprocessable"
  | "rate_limited"
  | "internal";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);
export const forbidden = (message = "Your role does not allow this action") => new ApiError(403, "forbidden", message);
export const unauthorized = (message = "Sign in or send Authorization: Bearer <api key>") =>
  new ApiError(401, "unauthorized", message);
export const conflict = (message: string, fields?: Record<string, string[]>) =>
  new ApiError(409, "conflict", message, fields);
export const invalid = (message: string, fields?: Record<string, string[]>) =>
  new ApiError(400, "invalid_request", message, fields);

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
  return new ApiError(400, "invalid_request", `Invalid ${where}: ${summary}`, fields);
}

interface PrismaLikeError {
  code?: string;
  meta?: { target?: unknown; modelName?: string };
}

/** Maps anything thrown to an ApiError; unknown errors become a generic 500 (details go to the log). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof z.ZodError) return fromZod(err);
  const p = err as PrismaLikeError;
  if (p && typeof p === "object" && typeof p.code === "string") {
    if (p.code === "P2002") {
      const target = Array.isArray(p.meta?.target)
        ? (p.meta.target as string[]).join(", ")
        : String(p.meta?.target ?? "");
      return conflict(`A record with the same ${target || "unique value"} already exists`);
    }
    if (p.code === "P2025") return notFound("Record");
  }
  return new ApiError(500, "internal", "Internal error; the details are in the server log");
}

export function errorBody(e: ApiError) {
  return { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } };
}
