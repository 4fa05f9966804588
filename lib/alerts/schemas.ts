import { z } from "zod";

const alertKinds = ["success_rate", "backlog", "acceptance_window", "auto_disabled"] as const;
export type AlertKind = (typeof alertKinds)[number];

/** Thresholds as stored and as the API shows them; the webhook URL is a secret and is never returned. */
export const alertThresholdsSchema = z.object({
  /** Percentage of real attempts in the last hour that must succeed. */
  successRateThreshold: z
    .number({ message: "must be a number" })
    .min(0, "must be 0 or more")
    .max(100, "must be at most 100")
    .default(90),
  /** Fewer attempts than this in the hour is too little to judge a success rate. */
  minAttempts: z
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(1_000_000)
    .default(20),
  /** Pending deliveries of one network above this raise a backlog alert. */
  backlogThreshold: z
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100_000_000)
    .default(1000),
  /** Pending deliveries whose acceptance window ends within this many minutes raise an alert. */
  deadlineWarningMinutes: z
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(10_080)
    .default(60),
});
export type AlertThresholds = z.output<typeof alertThresholdsSchema>;

export const alertSettingsUpdateSchema = alertThresholdsSchema.partial().extend({
  /** A Slack-compatible incoming webhook. Omit to keep the current one; null removes it. */
  webhookUrl: z
    .url({ message: "must be an absolute http(s) URL", protocol: /^https?$/ })
    .max(2048)
    .nullable()
    .optional(),
});
export type AlertSettingsUpdate = z.output<typeof alertSettingsUpdateSchema>;

export interface AlertSettingsOutput extends AlertThresholds {
  webhook: { configured: false } | { configured: true; host: string; lastFour: string };
}

export const alertListQuerySchema = z.object({
  state: z.enum(["open", "resolved", "all"], { message: "must be open, resolved or all" }).default("all"),
  network: z.string().trim().toLowerCase().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AlertListQuery = z.output<typeof alertListQuerySchema>;
