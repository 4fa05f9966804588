// The one place anything thrown becomes an error response. The vocabulary (codes, statuses,
// ApiError) lives in lib/errors, which domain code uses without depending on the HTTP layer.
import { z } from "zod";
import { ApiError, conflict, fromZod, notFound } from "../errors";

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
  return new ApiError("internal", "Internal error; the details are in the server log");
}

export function errorBody(e: ApiError) {
  return { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } };
}
