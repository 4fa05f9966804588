// Query schemas for reconciliation, gap breakdown and network reports, shared by the API and the page.
import { z } from "zod";
import { deliveryStatuses } from "../delivery-status";
import { canonicalTimeZone, daysBetween, isCalendarDay } from "./days";

/** Longest range one request may cover, in days (both ends included). */
export const MAX_RANGE_DAYS = 366;
/** |reported - delivered| / delivered above this percentage flags a row, unless the request says otherwise. */
const DEFAULT_TOLERANCE_PCT = 5;

export const outcomeStatuses = ["delivered", "failed", "filtered", "expired", "skipped", "pending"] as const;
export type OutcomeStatus = (typeof outcomeStatuses)[number];

/** In-flight ("sending") deliveries count as pending in reports. */
export const rollupStatus = (status: string) => (status === "sending" ? "pending" : status);
/** The delivery statuses a report's outcome counts: what a link to the deliveries behind it filters by. */
export const statusesCountedAs = (outcome: string): string[] =>
  deliveryStatuses.filter((s) => rollupStatus(s) === outcome);
/** Statuses that did not reach the network, in the order the gap breakdown lists them. */
export const gapStatuses = ["failed", "filtered", "expired", "skipped", "pending"] as const;

const day = z.string().trim().refine(isCalendarDay, "must be a date as YYYY-MM-DD");
const slug = z.string().trim().toLowerCase().min(1).max(64);
const timeZone = z
  .string({ message: "is required" })
  .trim()
  .transform((tz, ctx) => {
    const canonical = canonicalTimeZone(tz);
    if (!canonical) {
      ctx.addIssue({
        code: "custom",
        message: `"${tz}" is not a known IANA time zone (e.g. UTC, America/New_York, Asia/Kolkata)`,
      });
      return z.NEVER;
    }
    return canonical;
  });
const timeZoneParam = timeZone.prefault("UTC");

const range = <T extends { from: string; to: string }>(v: T, ctx: z.RefinementCtx) => {
  if (!isCalendarDay(v.from) || !isCalendarDay(v.to)) return;
  if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
  else if (daysBetween(v.from, v.to) > MAX_RANGE_DAYS)
    ctx.addIssue({ code: "custom", path: ["to"], message: `the range may cover at most ${MAX_RANGE_DAYS} days` });
};

export const reconciliationQuerySchema = z
  .object({
    from: day,
    to: day,
    network: slug.optional(),
    tz: timeZoneParam,
    tolerance: z.coerce
      .number({ message: "must be a number" })
      .min(0, "must be 0 or more")
      .max(100, "must be at most 100")
      .default(DEFAULT_TOLERANCE_PCT),
    format: z.enum(["json", "csv"], { message: "must be json or csv" }).default("json"),
  })
  .superRefine(range);
export type ReconciliationQuery = z.output<typeof reconciliationQuerySchema>;

export const gapsQuerySchema = z.object({
  network: slug,
  day,
  tz: timeZoneParam,
  event: z.string().trim().min(1).max(100).optional(),
});
export type GapsQuery = z.output<typeof gapsQuerySchema>;

export const networkReportQuerySchema = z
  .object({
    network: slug.optional(),
    from: day.optional(),
    to: day.optional(),
    format: z.enum(["json", "csv"], { message: "must be json or csv" }).default("json"),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to) range({ ...v, from: v.from, to: v.to }, ctx);
  });
export type NetworkReportQuery = z.output<typeof networkReportQuerySchema>;

export const networkReportImportQuerySchema = z.object({
  dryRun: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

export const networkReportJsonBodySchema = z.object({
  csv: z.string().min(1, "is empty").max(20_000_000, "is larger than 20 MB"),
});

export interface RevenueLine {
  currency: string;
  /** Exact decimals; null when that side has nothing in this currency. */
  attributed: string | null;
  sent: string | null;
  reported: string | null;
}

export type ReconciliationFlag = "under_reported" | "over_reported";

export interface ReconciliationCounts {
  attributed: number;
  delivered: number;
  failed: number;
  filtered: number;
  expired: number;
  skipped: number;
  pending: number;
  /** attributed - delivered. Negative for networks that also receive unattributed events (scope "all"). */
  discrepancy: number;
  /** Sum of imported network-reported counts; null when no report covers the row. */
  reported: number | null;
}

export interface ReconciliationRow extends ReconciliationCounts {
  network: string;
  networkName: string | null;
  /** False for a slug the MMP attributed to that no configured network has. */
  configured: boolean;
  /** True for a network that was deleted: its history still counts. */
  deleted: boolean;
  day: string;
  event: string;
  flag: ReconciliationFlag | null;
  revenue: RevenueLine[];
}

export interface ReconciliationSummary extends ReconciliationCounts {
  revenue: RevenueLine[];
  flagged: number;
}

export interface ReconciliationResult {
  from: string;
  to: string;
  tz: string;
  tolerance: number;
  network: string | null;
  generatedAt: string;
  /** Where the counts were read: a reporting time zone's daily totals, or the quarter-hour buckets (any zone, slower on long ranges). */
  source: "daily_totals" | "quarter_hour_buckets";
  totals: ReconciliationSummary;
  byDay: (ReconciliationSummary & { day: string; start: string; end: string })[];
  byNetwork: (ReconciliationSummary & {
    network: string;
    networkName: string | null;
    configured: boolean;
    deleted: boolean;
  })[];
  rows: ReconciliationRow[];
}

export interface GapGroup {
  status: (typeof gapStatuses)[number];
  reason: string | null;
  errorClass: string | null;
  lastStatusCode: number | null;
  count: number;
  /** A readable one-line label: "HTTP 410", "timeout", the rule's reason. */
  label: string;
}

export interface GapBreakdown {
  network: string;
  networkName: string;
  day: string;
  tz: string;
  event: string | null;
  start: string;
  end: string;
  totals: Record<(typeof gapStatuses)[number], number>;
  groups: (GapGroup & { link: string })[];
  /** Links to the delivery log per status for the whole day. */
  links: Record<(typeof gapStatuses)[number] | "delivered", string>;
  /** Every delivery of the day (and event), whatever its outcome, as a CSV file. */
  csv: string;
}

/** Each reporting time zone adds a row write per changed day to every ingest and flush: a handful is plenty. */
export const MAX_REPORTING_ZONES = 8;
/** Adding (or rebuilding) a reporting time zone; `tz` is required here, not defaulted. */
export const reportingZoneSchema = z.object({ tz: timeZone });
export interface ReportingZone {
  tz: string;
  createdAt: string;
  ready: boolean;
  readyAt: string | null;
  /** While the daily totals are being built: local days summed so far, of how many. */
  progress: { builtDays: number; totalDays: number } | null;
}
