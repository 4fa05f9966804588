import { z } from "zod";

// A decimal written as a string or a JSON number. Numbers are accepted for convenience but
// strings are recommended: JSON numbers pass through the sender's floats before they reach us.
const decimalString = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
  .pipe(z.string().regex(/^-?\d{1,15}(\.\d{1,12})?$/, "must be a decimal number such as 4.99"));

const isoDateTime = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone, e.g. 2026-11-27T10:00:00Z" })
  .transform((s) => new Date(s));

const shortText = (max = 256) => z.string().trim().min(1).max(max);

export const eventInputSchema = z
  .object({
    id: shortText(200).describe(
      "The sender's idempotency key: sending the same id again is acknowledged as a duplicate.",
    ),
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[A-Za-z0-9_.:\- ]+$/, "may contain letters, digits, space, _ . : -"),
    occurredAt: isoDateTime,
    network: z
      .string()
      .trim()
      .toLowerCase()
      .max(64)
      .optional()
      .nullable()
      .describe("Slug of the network the MMP attributed the conversion to; absent means organic."),
    clickId: shortText(1024).optional(),
    clickAt: isoDateTime.optional(),
    installAt: isoDateTime.optional(),
    campaignId: shortText().optional(),
    campaignName: shortText(512).optional(),
    adgroupId: shortText().optional(),
    adgroupName: shortText(512).optional(),
    creativeId: shortText().optional(),
    creativeName: shortText(512).optional(),
    platform: z.string().trim().toLowerCase().max(32).optional(),
    advertisingId: shortText(128).optional(),
    idfa: shortText(64).optional(),
    gaid: shortText(64).optional(),
    ip: z.union([z.ipv4(), z.ipv6()]).optional(),
    userAgent: z.string().max(1024).optional(),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as US")
      .optional(),
    appId: shortText().optional(),
    appVersion: shortText(64).optional(),
    revenue: decimalString.optional(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
      .optional(),
    properties: z.record(z.string().max(128), z.string().max(2048)).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.revenue !== undefined && !e.currency)
      ctx.addIssue({ code: "custom", path: ["currency"], message: "is required when revenue is given" });
  });

export type EventInput = z.output<typeof eventInputSchema>;

export const MAX_EVENTS_PER_BATCH = 1000;
