// Browser-side JSON calls to /api/v1 for react-query, turning the API's `{ error: { message, fields } }` into a typed error.

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export async function apiFetch<T>(
  url: string,
  { method = "GET", body, signal }: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      signal,
      credentials: "same-origin",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    if ((err as { name?: string }).name === "AbortError") throw err;
    throw new ApiRequestError("Could not reach the server. Check your connection and try again.", 0);
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = (data as { error?: { message?: string; fields?: Record<string, string[]> } } | null)?.error;
    throw new ApiRequestError(error?.message ?? `Request failed (${res.status})`, res.status, error?.fields ?? {});
  }
  return data as T;
}

/** A query string from the set values only, so URLs stay short and shareable. */
export function queryString(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The shape a server value has after JSON: dates become strings. */
export type Jsonify<T> = T extends Date
  ? string
  : T extends bigint
    ? string
    : T extends (infer U)[]
      ? Jsonify<U>[]
      : T extends object
        ? { [K in keyof T]: Jsonify<T[K]> }
        : T;

/** The first message for a field, capitalised for display under the input. */
export function fieldError(error: unknown, field: string): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  const msg = error.fields[field]?.[0];
  return msg ? msg.charAt(0).toUpperCase() + msg.slice(1) : null;
}

/** The error's message when none of the given fields explains it, so it is not lost. */
export function formError(error: unknown, fields: string[]): string | null {
  if (!error) return null;
  if (error instanceof ApiRequestError && fields.some((f) => error.fields[f]?.length)) return null;
  return error instanceof Error ? error.message : "Something went wrong";
}
