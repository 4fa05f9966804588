// The OpenAPI 3.1 description of /api/v1, built from the same zod schemas the routes validate with.
import { z } from "zod";
import { alertListQuerySchema, alertSettingsUpdateSchema } from "../alerts/schemas";
import { apiKeyCreateSchema } from "../api-keys/schemas";
import { bulkReplaySchema, deliveryListQuerySchema } from "../deliveries/schemas";
import { eventListQuerySchema } from "../events/query-schemas";
import { eventInputSchema, MAX_EVENTS_PER_BATCH } from "../events/schemas";
import { fxRatesInputSchema } from "../fx/rates";
import { monitoringQuerySchema } from "../monitoring/schemas";
import { dryRunRequestSchema } from "../networks/dry-run";
import { previewRequestSchema } from "../networks/preview";
import {
  apiRuleSchema,
  networkCreateSchema,
  networkListQuerySchema,
  networkOutputSchema,
  networkUpdateSchema,
  ruleOutputSchema,
} from "../networks/schemas";
import { testPostbackSchema } from "../networks/test-postback";
import {
  gapsQuerySchema,
  networkReportJsonBodySchema,
  networkReportQuerySchema,
  reconciliationQuerySchema,
  reportingZoneSchema,
} from "../reconciliation/schemas";
import { userCreateSchema, userOutputSchema, userUpdateSchema } from "../users/schemas";

type Json = Record<string, unknown>;
const schema = (s: z.ZodType, io: "input" | "output" = "input"): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Json;
  return rest;
};

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: {
          type: "string",
          enum: ["invalid_request", "unauthorized", "forbidden", "not_found", "conflict", "internal"],
        },
        message: { type: "string" },
        fields: {
          type: "object",
          additionalProperties: { type: "array", items: { type: "string" } },
          description: 'Messages per field path, e.g. "postback.url"',
        },
      },
      required: ["code", "message"],
    },
  },
};

const errors = {
  400: {
    description: "Invalid input; `fields` names each bad field",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  },
  401: { description: "No valid session or API key" },
  403: { description: "Authenticated, but the role or scope does not allow this" },
};

function queryParams(s: z.ZodObject) {
  return Object.entries(s.shape).map(([name, field]) => ({
    name,
    in: "query",
    required: false,
    schema: schema(field as z.ZodType),
  }));
}
const idParam = (name = "id", description = "Id (networks also accept their slug)") => ({
  name,
  in: "path",
  required: true,
  schema: { type: "string" },
  description,
});
const json = (s: Json | z.ZodType) => ({
  content: { "application/json": { schema: s instanceof z.ZodType ? schema(s) : s } },
});
const ok = (description: string, body?: Json | z.ZodType) => ({ description, ...(body ? json(body) : {}) });

function op(summary: string, permission: string, extra: Json): Json {
  return {
    summary,
    description: `Requires permission \`${permission}\`.`,
    security: [{ bearer: [] }, { session: [] }],
    ...extra,
    responses: { ...errors, ...(extra.responses as Json) },
  };
}

const ingestOutcome = {
  type: "object",
  properties: {
    index: { type: "integer" },
    id: { type: ["string", "null"] },
    status: { type: "string", enum: ["accepted", "duplicate", "rejected"] },
    eventId: { type: "string" },
    deliveries: { type: "integer", description: "Postbacks queued for this event" },
    warnings: { type: "array", items: { type: "string" } },
    errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
  },
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Ricochet API",
      version: "1",
      description:
        "Ingest attributed conversions and manage postbacks to ad networks. Authenticate with `Authorization: Bearer <api key>` " +
        "(keys are created by admins under Settings → API keys) or a dashboard session. Errors are `{ error: { code, message, fields? } }`.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "An API key with a role (admin, marketer, analyst) or the ingest scope",
        },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Error: errorSchema,
        Event: schema(eventInputSchema),
        Network: schema(networkOutputSchema, "output"),
        Rule: schema(ruleOutputSchema, "output"),
      },
    },
    paths: {
      "/api/v1/events": {
        post: op("Ingest one event or a batch", "events:ingest", {
          description:
            `Send one event object, or \`{ "events": [ ... ] }\` with up to ${MAX_EVENTS_PER_BATCH}. A batch is not all-or-nothing: each event is ` +
            "judged on its own (accepted, duplicate or rejected with field messages); all accepted events are stored together in one transaction " +
            "with their queued postbacks. An `id` already received from the same sender is acknowledged as a duplicate and never stored or sent twice. " +
            "Ingest never calls a network itself: workers deliver from the stored queue.",
          requestBody: {
            required: true,
            ...json({
              oneOf: [
                { $ref: "#/components/schemas/Event" },
                {
                  type: "object",
                  properties: {
                    events: {
                      type: "array",
                      maxItems: MAX_EVENTS_PER_BATCH,
                      items: { $ref: "#/components/schemas/Event" },
                    },
                  },
                  required: ["events"],
                },
              ],
            }),
          },
          responses: {
            202: ok("Outcome per event", {
              type: "object",
              properties: {
                accepted: { type: "integer" },
                duplicates: { type: "integer" },
                rejected: { type: "integer" },
                results: { type: "array", items: ingestOutcome },
              },
            }),
          },
        }),
        get: op("List events, newest first", "events:read", {
          parameters: queryParams(eventListQuerySchema),
          responses: {
            200: ok("A page of events with their outcome per network; pass nextCursor as cursor for the next page"),
          },
        }),
      },
      "/api/v1/events/{id}": {
        get: op("One event with its outcome per network", "events:read", {
          parameters: [idParam("id", "Ricochet event id or the sender's id")],
          responses: {
            200: ok("The event, and for every network: status and the reason (why it was or was not sent)"),
            404: ok("No such event"),
          },
        }),
      },
      "/api/v1/networks": {
        get: op("List networks (or, with archived=true, the deleted ones)", "networks:read", {
          parameters: queryParams(networkListQuerySchema),
          responses: {
            200: ok("Networks; secrets appear only as name and last four characters", {
              type: "object",
              properties: { networks: { type: "array", items: { $ref: "#/components/schemas/Network" } } },
            }),
          },
        }),
        post: op("Create a network with its postback, secrets and rules", "networks:write", {
          description:
            "Templates are checked on save: an unknown macro, unbalanced braces, an invalid URL or a private target address is a 400 naming the field and position.",
          requestBody: { required: true, ...json(networkCreateSchema) },
          responses: {
            201: ok("Created", { type: "object", properties: { network: { $ref: "#/components/schemas/Network" } } }),
            409: ok("Slug taken"),
          },
        }),
      },
      "/api/v1/networks/{id}": {
        get: op("One network", "networks:read", {
          parameters: [idParam()],
          responses: { 200: ok("The network"), 404: ok("No such network") },
        }),
        patch: op("Update a network (status, template, settings, secrets)", "networks:write", {
          description: "Replacing or removing an existing secret also requires `secrets:rotate` (admins).",
          parameters: [idParam()],
          requestBody: json(networkUpdateSchema),
          responses: { 200: ok("Updated") },
        }),
        delete: op("Delete a network: no more postbacks, waiting ones skipped, history kept", "networks:write", {
          description:
            "The network leaves the lists and keeps its deliveries, attempts and reports for reconciliation; its slug stays reserved until it is restored.",
          parameters: [idParam()],
          responses: { 204: ok("Deleted") },
        }),
      },
      "/api/v1/networks/{id}/restore": {
        post: op("Restore a deleted network (it comes back paused)", "networks:write", {
          parameters: [idParam()],
          responses: { 200: ok("The network") },
        }),
      },
      "/api/v1/networks/{id}/rules": {
        get: op("Forwarding rules of a network", "networks:read", {
          parameters: [idParam()],
          responses: { 200: ok("Rules") },
        }),
        post: op("Add a rule", "networks:write", {
          parameters: [idParam()],
          requestBody: json(apiRuleSchema),
          responses: { 201: ok("Created"), 409: ok("A rule for that event exists") },
        }),
        put: op("Replace all rules", "networks:write", {
          parameters: [idParam()],
          requestBody: json(z.object({ rules: z.array(apiRuleSchema) })),
          responses: { 200: ok("The new rules") },
        }),
      },
      "/api/v1/networks/{id}/rules/{ruleId}": {
        delete: op("Delete a rule", "networks:write", {
          parameters: [idParam(), idParam("ruleId", "Rule id")],
          responses: { 204: ok("Deleted") },
        }),
      },
      "/api/v1/networks/{id}/rules/dry-run": {
        post: op("Judge the newest 100 events against unsaved rules", "networks:read", {
          description:
            "Nothing is stored or sent. Each event's outcome under the edited rules is compared with what was recorded.",
          parameters: [idParam()],
          requestBody: json(dryRunRequestSchema),
          responses: { 200: ok("Per event: outcome under the edit, recorded outcome, changed flag; totals") },
        }),
      },
      "/api/v1/networks/preview": {
        post: op("Lint and render a postback template without sending it", "networks:read", {
          requestBody: json(previewRequestSchema),
          responses: {
            200: ok(
              "status rendered (the request, secrets as ****), invalid (errors with field and position) or skipped (a required value is missing)",
            ),
          },
        }),
      },
      "/api/v1/networks/{id}/test": {
        post: op("Send a test postback for real", "networks:test", {
          description:
            "Goes through the same address checks as deliveries; a refused target is reported as errorClass blocked_target.",
          parameters: [idParam()],
          requestBody: json(testPostbackSchema),
          responses: { 200: ok("The request sent (secrets masked) and the response received") },
        }),
      },
      "/api/v1/network-presets": {
        get: op("Example postback formats to start a network from", "networks:read", {
          responses: { 200: ok("Presets") },
        }),
      },
      "/api/v1/fx-rates": {
        get: op("Exchange rates used by rules that convert revenue", "networks:read", {
          responses: { 200: ok("Rates") },
        }),
        put: op("Replace the exchange-rate table", "networks:write", {
          description: "Deliveries keep the rate they were converted with.",
          requestBody: json(fxRatesInputSchema),
          responses: { 200: ok("The new rates") },
        }),
      },
      "/api/v1/deliveries": {
        get: op("Delivery log, newest first", "deliveries:read", {
          parameters: queryParams(deliveryListQuerySchema),
          responses: { 200: ok("A page of deliveries; pass nextCursor as cursor for the next page") },
        }),
      },
      "/api/v1/deliveries/{id}": {
        get: op("One delivery with every attempt", "deliveries:read", {
          parameters: [idParam()],
          responses: { 200: ok("Delivery and attempts (requests with secrets masked, first 20 KB of each response)") },
        }),
      },
      "/api/v1/deliveries/{id}/replay": {
        post: op("Replay one delivery", "deliveries:replay", {
          parameters: [idParam()],
          responses: { 202: ok("Queued again; the retry schedule restarts") },
        }),
      },
      "/api/v1/deliveries/replay": {
        post: op(
          "Replay every failed (or expired/skipped) delivery of a network in a time range",
          "deliveries:replay",
          {
            requestBody: json(bulkReplaySchema),
            responses: { 202: ok("A job; poll /api/v1/replay-jobs/{id} for progress") },
          },
        ),
      },
      "/api/v1/replay-jobs/{id}": {
        get: op("Progress of a bulk replay", "deliveries:read", {
          parameters: [idParam()],
          responses: { 200: ok("total, done and status") },
        }),
      },
      "/api/v1/reconciliation": {
        get: op("Attributed vs delivered per network, day and event", "reconciliation:read", {
          description:
            "Days are local to `tz` (default UTC). Counts: attributed, delivered, failed, filtered, expired, skipped, pending, discrepancy, reported (when imported) and a flag beyond `tolerance`; revenue attributed vs sent per currency as exact decimals. `format=csv` downloads the same numbers.",
          parameters: queryParams(reconciliationQuerySchema),
          responses: { 200: ok("Rows, per-day and per-network summaries and totals (or text/csv)") },
        }),
      },
      "/api/v1/reconciliation/gaps": {
        get: op("Why deliveries of a network/day were not delivered, grouped by cause", "reconciliation:read", {
          parameters: queryParams(gapsQuerySchema),
          responses: {
            200: ok(
              "Counts by status and reason, each with a link to the deliveries behind it; csv: every postback of the day as a file",
            ),
          },
        }),
      },
      "/api/v1/reconciliation/time-zones": {
        get: op("Reporting time zones: where daily totals are kept, and whether each is ready", "reconciliation:read", {
          responses: {
            200: ok("zones: tz, ready, readyAt, createdAt, and progress { builtDays, totalDays } while being built"),
          },
        }),
        post: op("Add (or rebuild) a reporting time zone", "settings:manage", {
          description:
            "Builds the zone's daily totals from the quarter-hour buckets a week at a time and answers when they are ready; deliveries being recorded wait for one week's step at most, and GET shows the progress meanwhile. At most 8 zones.",
          requestBody: json(reportingZoneSchema),
          responses: { 201: ok("The zone, days built and milliseconds taken") },
        }),
        delete: op("Stop keeping a reporting time zone", "settings:manage", {
          parameters: queryParams(reportingZoneSchema),
          responses: { 204: ok("Removed; reconciliation in that zone reads the quarter-hour buckets") },
        }),
      },
      "/api/v1/network-reports": {
        get: op("Export network-reported numbers", "reconciliation:read", {
          parameters: queryParams(networkReportQuerySchema),
          responses: { 200: ok("Reports (or text/csv: date,network,event,count,revenue,currency)") },
        }),
        post: op("Import what a network says it received (CSV)", "reports:import", {
          description:
            "Body: text/csv or JSON { csv }. Header date,network,event,count,revenue,currency. All or nothing per file; errors name line and field. An event may be the network's own name for it (a rule's partner event name): it is read as Ricochet's, listed in renamed.",
          requestBody: json(networkReportJsonBodySchema),
          responses: { 200: ok("Rows imported") },
        }),
      },
      "/api/v1/monitoring": {
        get: op("Per-network health over time", "monitoring:read", {
          parameters: queryParams(monitoringQuerySchema),
          responses: { 200: ok("Hourly success rate, latency p50/p95, event-to-delivery time, backlog") },
        }),
      },
      "/api/v1/alerts": {
        get: op("Alerts (open and recent)", "monitoring:read", {
          parameters: queryParams(alertListQuerySchema),
          responses: { 200: ok("Alerts") },
        }),
      },
      "/api/v1/alerts/settings": {
        get: op("Alert thresholds and webhook (URL never returned)", "settings:manage", {
          responses: { 200: ok("Settings") },
        }),
        put: op("Change alert thresholds and the Slack-compatible webhook", "settings:manage", {
          requestBody: json(alertSettingsUpdateSchema),
          responses: { 200: ok("Settings") },
        }),
      },
      "/api/v1/users": {
        get: op("List users", "users:manage", {
          responses: {
            200: ok("Users", {
              type: "object",
              properties: { users: { type: "array", items: schema(userOutputSchema, "output") } },
            }),
          },
        }),
        post: op("Create a user", "users:manage", {
          requestBody: json(userCreateSchema),
          responses: { 201: ok("Created; generatedPassword is set (once) when no password was given") },
        }),
      },
      "/api/v1/users/{id}": {
        patch: op("Change a user's role, name, password or active flag", "users:manage", {
          parameters: [idParam()],
          requestBody: json(userUpdateSchema),
          responses: { 200: ok("Updated; role, password and deactivation end the user's sessions") },
        }),
      },
      "/api/v1/api-keys": {
        get: op("List API keys (never the keys themselves)", "apikeys:manage", { responses: { 200: ok("Keys") } }),
        post: op("Create an API key", "apikeys:manage", {
          requestBody: json(apiKeyCreateSchema),
          responses: { 201: ok("Created; `key` is in this response only") },
        }),
      },
      "/api/v1/api-keys/{id}": {
        delete: op("Revoke an API key", "apikeys:manage", {
          parameters: [idParam()],
          responses: { 200: ok("Revoked") },
        }),
      },
    },
  };
}
