// POST /api/v1/events - ingest one event or { "events": [...] } (up to 1,000); 202 with an outcome per event
// GET /api/v1/events - list ingested events, newest first (filters: name, network, organic, clickId, externalId, from, to; cursor paging)
import { z } from "zod";
import { dbProvider, getDb } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { ingestEvents } from "@/lib/events/ingest";
import { listEvents } from "@/lib/events/queries";
import { eventListQuerySchema } from "@/lib/events/query-schemas";
import { MAX_EVENTS_PER_BATCH } from "@/lib/events/schemas";
import { respond, route } from "@/lib/http/route";

const bodySchema = z.union([
  z.object({
    events: z
      .array(z.unknown())
      .min(1, "must hold at least one event")
      .max(MAX_EVENTS_PER_BATCH, `may hold at most ${MAX_EVENTS_PER_BATCH} events`),
  }),
  z.record(z.string(), z.unknown()).refine((o) => !("events" in o), "events must be an array"),
]);

export const POST = route({ permission: "events:ingest", body: bodySchema }, async ({ actor, body }) => {
  if (body === undefined) throw invalid('Request body is empty: send one event or { "events": [...] }');
  const events = "events" in body && Array.isArray(body.events) ? body.events : [body];
  const sender = actor.type === "api_key" ? actor.sender : `user:${actor.id}`;
  const result = await ingestEvents(getDb(), dbProvider(), sender, events);
  return respond(result, 202);
});

export const GET = route({ permission: "events:read", query: eventListQuerySchema }, async ({ query }) =>
  listEvents(getDb(), query),
);
