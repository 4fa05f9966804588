import { z } from "zod";

// Same characters ingest accepts for event names (lib/events/schemas.ts): a rule that could
// never match an event would be a silent mistake.
const EVENT_NAME_PATTERN = /^[A-Za-z0-9_.:\- ]+$/;
const PLATFORM_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;

// Forms send "" for a cleared field; it means "not set", stored as null.
const blankToNull = (s: string): string | null => (s === "" ? null : s);

const dedupe = (values: string[]): string[] => [...new Set(values)];

const eventName = z
  .string("is required")
  .trim()
  // abort: one message per field, the most basic problem first.
  .min(1, { error: "is required", abort: true })
  .max(100, { error: "must be at most 100 characters", abort: true })
  .refine(
    (s) => s === "*" || EVENT_NAME_PATTERN.test(s),
    "may contain letters, digits, space, _ . : - (or be * for every event)",
  );

const partnerEventName = z
  .string("must be text")
  .trim()
  .max(200, "must be at most 200 characters")
  .transform(blankToNull)
  .nullable();

const currencyMode = z.enum(["as_received", "convert"], "must be as_received or convert");

const targetCurrency = z
  .string("must be a 3-letter ISO 4217 code such as USD")
  .trim()
  .toUpperCase()
  .transform(blankToNull)
  .pipe(
    z
      .string()
      .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code such as USD")
      .nullable(),
  )
  .nullable();

const postInstallWindowDays = z
  .number("must be a whole number of days from 1 to 365")
  .int("must be a whole number of days from 1 to 365")
  .min(1, "must be a whole number of days from 1 to 365")
  .max(365, "must be a whole number of days from 1 to 365")
  .nullable();

const platforms = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(PLATFORM_PATTERN, "must be a short lowercase word such as ios, android, web, windows or other"),
    "must be a list of platforms",
  )
  .max(20, "may list at most 20 platforms")
  .transform(dedupe);

const countries = z
  .array(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as US"),
    "must be a list of countries",
  )
  .max(250, "may list at most 250 countries")
  .transform(dedupe);

const TARGET_REQUIRED = "is required when revenue is converted";

/** A forwarding rule as created through the API or the rule form; omitted fields take their defaults. */
export const ruleInputSchema = z
  .object({
    eventName,
    partnerEventName: partnerEventName.default(null),
    enabled: z.boolean("must be true or false").default(true),
    sendRevenue: z.boolean("must be true or false").default(false),
    currencyMode: currencyMode.default("as_received"),
    targetCurrency: targetCurrency.default(null),
    postInstallWindowDays: postInstallWindowDays.default(null),
    platforms: platforms.default([]),
    countries: countries.default([]),
  })
  .superRefine((rule, ctx) => {
    if (rule.currencyMode === "convert" && rule.targetCurrency === null) {
      ctx.addIssue({ code: "custom", path: ["targetCurrency"], message: TARGET_REQUIRED });
    }
  });

export type RuleInput = z.output<typeof ruleInputSchema>;

/**
 * A partial edit: absent fields keep their stored value, null clears one. Only contradictions
 * inside the patch itself are caught here; the caller merges it with the stored rule and parses
 * the result with ruleInputSchema, which sees the whole rule.
 */
export const ruleUpdateSchema = z
  .object({
    eventName,
    partnerEventName,
    enabled: z.boolean("must be true or false"),
    sendRevenue: z.boolean("must be true or false"),
    currencyMode,
    targetCurrency,
    postInstallWindowDays,
    platforms,
    countries,
  })
  .partial()
  .superRefine((patch, ctx) => {
    if (patch.currencyMode === "convert" && patch.targetCurrency === null) {
      ctx.addIssue({ code: "custom", path: ["targetCurrency"], message: TARGET_REQUIRED });
    }
  });
