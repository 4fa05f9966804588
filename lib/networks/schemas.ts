import { z } from "zod";
import { ruleInputSchema } from "../rules/schemas";

// Static routes under /networks and /api/v1/networks that a network slug would be hidden behind.
const RESERVED_SLUGS = ["new", "preview", "presets"];

const networkStatuses = ["active", "paused", "disabled"] as const;
export const httpMethods = ["GET", "POST", "PUT"] as const;
export const bodyTypes = ["none", "json", "form", "raw"] as const;

const headerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "is required")
    .max(100)
    .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, "is not a valid header name"),
  value: z.string().max(4096),
});

export const postbackSchema = z.object({
  method: z.enum(httpMethods, { message: "must be GET, POST or PUT" }).default("GET"),
  url: z.string().trim().min(1, "is required").max(4096),
  headers: z.array(headerSchema).max(30).default([]),
  bodyType: z.enum(bodyTypes, { message: "must be none, json, form or raw" }).default("none"),
  body: z.string().max(20_000).default(""),
});

const secretName = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "secret names use a-z, 0-9 and _ (e.g. token)");

/** Rules over the API accept the short names from the docs ({ event, partnerEvent }) as well. */
export const apiRuleSchema = z.preprocess((raw) => {
  if (!raw || typeof raw !== "object") return raw;
  const { event, partnerEvent, ...rest } = raw as Record<string, unknown>;
  return { eventName: event, partnerEventName: partnerEvent, ...rest };
}, ruleInputSchema);

const settingsShape = {
  description: z.string().trim().max(500),
  scope: z.enum(["attributed", "all"], { message: "must be attributed or all" }),
  connectTimeoutMs: z.number().int().min(100).max(30_000, "must be at most 30000 ms"),
  timeoutMs: z.number().int().min(500).max(60_000, "must be at most 60000 ms"),
  rateLimitPerSec: z.number().int().min(1).max(10_000).nullable(),
  concurrency: z.number().int().min(1).max(256),
  retrySchedule: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(7 * 86400),
    )
    .min(1)
    .max(30)
    .nullable(),
  acceptanceWindowHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .nullable(),
  autoDisableAfter: z.number().int().min(1).max(100_000).nullable(),
};

export const networkCreateSchema = z.object({
  name: z.string().trim().min(1, "is required").max(100),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "use a-z, 0-9, - and _ (it is how MMP events name the network)")
    .refine((s) => !RESERVED_SLUGS.includes(s), "is reserved; choose another slug"),
  status: z.enum(["active", "paused"]).default("active"),
  presetKey: z.string().max(64).nullable().optional(),
  postback: postbackSchema,
  secrets: z.record(secretName, z.string().min(1).max(4096)).default({}),
  rules: z.array(apiRuleSchema).max(200).default([]),
  description: settingsShape.description.default(""),
  scope: settingsShape.scope.default("attributed"),
  connectTimeoutMs: settingsShape.connectTimeoutMs.default(5000),
  timeoutMs: settingsShape.timeoutMs.default(15000),
  rateLimitPerSec: settingsShape.rateLimitPerSec.default(null),
  concurrency: settingsShape.concurrency.default(8),
  retrySchedule: settingsShape.retrySchedule.default(null),
  acceptanceWindowHours: settingsShape.acceptanceWindowHours.default(null),
  autoDisableAfter: settingsShape.autoDisableAfter.default(null),
});
export type NetworkCreateInput = z.input<typeof networkCreateSchema>;

export const networkUpdateSchema = z.object({
  name: z.string().trim().min(1, "is required").max(100).optional(),
  status: z.enum(networkStatuses).optional(),
  postback: postbackSchema.partial().optional(),
  /** Set or rotate secrets; a null value deletes that secret. */
  secrets: z.record(secretName, z.string().min(1).max(4096).nullable()).optional(),
  description: settingsShape.description.optional(),
  scope: settingsShape.scope.optional(),
  connectTimeoutMs: settingsShape.connectTimeoutMs.optional(),
  timeoutMs: settingsShape.timeoutMs.optional(),
  rateLimitPerSec: settingsShape.rateLimitPerSec.optional(),
  concurrency: settingsShape.concurrency.optional(),
  retrySchedule: settingsShape.retrySchedule.optional(),
  acceptanceWindowHours: settingsShape.acceptanceWindowHours.optional(),
  autoDisableAfter: settingsShape.autoDisableAfter.optional(),
});
export type NetworkUpdateInput = z.input<typeof networkUpdateSchema>;

export const ruleOutputSchema = z.object({
  id: z.string(),
  eventName: z.string(),
  partnerEventName: z.string().nullable(),
  enabled: z.boolean(),
  sendRevenue: z.boolean(),
  currencyMode: z.enum(["as_received", "convert"]),
  targetCurrency: z.string().nullable(),
  postInstallWindowDays: z.number().nullable(),
  platforms: z.array(z.string()),
  countries: z.array(z.string()),
});
export type RuleOutput = z.output<typeof ruleOutputSchema>;

/** A network as it leaves the server: secrets appear only as name and last characters. */
export const networkListQuerySchema = z.object({
  archived: z
    .enum(["true", "false", "1", "0"], { message: "must be true or false" })
    .optional()
    .transform((v) => v === "true" || v === "1"),
});

export const networkOutputSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(networkStatuses),
  statusReason: z.string().nullable(),
  presetKey: z.string().nullable(),
  postback: z.object({
    method: z.enum(httpMethods),
    url: z.string(),
    headers: z.array(headerSchema),
    bodyType: z.enum(bodyTypes),
    body: z.string(),
  }),
  secrets: z.array(z.object({ name: z.string(), lastFour: z.string(), rotatedAt: z.date() })),
  rules: z.array(ruleOutputSchema),
  scope: z.enum(["attributed", "all"]),
  connectTimeoutMs: z.number(),
  timeoutMs: z.number(),
  rateLimitPerSec: z.number().nullable(),
  concurrency: z.number(),
  retrySchedule: z.array(z.number()).nullable(),
  acceptanceWindowHours: z.number().nullable(),
  autoDisableAfter: z.number().nullable(),
  consecutiveFailures: z.number(),
  configVersion: z.number(),
  /** Set while the network is deleted (archived): no postbacks, hidden from lists, history kept. */
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type NetworkOutput = z.output<typeof networkOutputSchema>;
