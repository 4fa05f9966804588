import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { type Actor, assertCan, resolveActor } from "../auth/actor";
import type { Permission } from "../auth/permissions";
import { fromZod, invalid } from "../errors";
import { logger } from "../log";
import { errorBody, toApiError } from "./errors";

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

interface RouteSpec<Q, B, P> {
  /** null: public route (no actor needed). */
  permission: Permission | null;
  query?: Q;
  body?: B;
  params?: P;
}

interface RouteContext<Q, B, P> {
  req: NextRequest;
  actor: Actor;
  query: Out<Q>;
  body: Out<B>;
  params: Out<P>;
}

/** A JSON response with an explicit status; plain return values are sent as 200. */
class JsonResponse {
  constructor(
    readonly body: unknown,
    readonly status = 200,
    readonly headers: Record<string, string> = {},
  ) {}
}
export const respond = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new JsonResponse(body, status, headers);

function toResponse(value: unknown): Response {
  if (value instanceof Response) return value;
  if (value instanceof JsonResponse) return Response.json(value.body, { status: value.status, headers: value.headers });
  if (value === undefined) return new Response(null, { status: 204 });
  return Response.json(value);
}

async function readJson(req: NextRequest): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("Request body is not valid JSON");
  }
}

function queryObject(req: NextRequest): Record<string, string> {
  return Object.fromEntries(req.nextUrl.searchParams.entries());
}

/**
 * Declares a route: who may call it and what its input looks like. Authentication, parsing and
 * error mapping happen here so handlers hold only the domain call.
 */
export function route<
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(spec: RouteSpec<Q, B, P>, handler: (ctx: RouteContext<Q, B, P>) => Promise<unknown>) {
  return async (req: NextRequest, context: { params: Promise<unknown> }): Promise<Response> => {
    try {
      const actor = await resolveActor(req.headers.get("authorization"));
      if (spec.permission) assertCan(actor, spec.permission);
      const parse = <S extends Schema | undefined>(schema: S, value: unknown, where: string) => {
        if (!schema) return undefined as Out<S>;
        const r = schema.safeParse(value);
        if (!r.success) throw fromZod(r.error, where);
        return r.data as Out<S>;
      };
      const params = parse(spec.params, context?.params ? await context.params : {}, "path");
      const query = parse(spec.query, queryObject(req), "query");
      const body = spec.body ? parse(spec.body, await readJson(req), "body") : (undefined as Out<B>);
      return toResponse(
        await handler({ req, actor: actor as Actor, query: query as Out<Q>, body, params: params as Out<P> }),
      );
    } catch (err) {
      const e = toApiError(err);
      if (e.status >= 500) logger.error("route failed", { path: req.nextUrl.pathname, method: req.method, err });
      return Response.json(errorBody(e), { status: e.status });
    }
  };
}
