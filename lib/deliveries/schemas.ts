import { z } from "zod";
import { type DeliveryStatus, deliveryStatuses } from "../delivery-status";

const date = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date-time" })
  .or(z.iso.date())
  .transform((s) => new Date(s));

/** What a delivery log's from/to bound: when the delivery was created (at ingest) or when its event occurred. */
const deliveryTimeBases = ["created", "occurred"] as const;

const isStatus = (v: string): v is DeliveryStatus => (deliveryStatuses as readonly string[]).includes(v);
/** One status or several separated by commas; an unknown one is named in the error. */
const statusList = z
  .string()
  .max(200)
  .transform((s, ctx) => {
    const values = [
      ...new Set(
        s
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    const unknown = values.filter((v) => !isStatus(v));
    if (values.length === 0 || unknown.length > 0) {
      const what = unknown.length ? `"${unknown.join('", "')}" is not a status: ` : "";
      ctx.addIssue({
        code: "custom",
        message: `${what}must be one of ${deliveryStatuses.join(", ")}, or several separated by commas`,
      });
      return z.NEVER;
    }
    return values as DeliveryStatus[];
  });

export const deliveryListQuerySchema = z.object({
  network: z.string().max(64).optional(),
  status: statusList
    .optional()
    .describe(
      `One status, or several separated by commas (pending,sending is everything still waiting): ${deliveryStatuses.join(", ")}`,
    ),
  event: z.string().max(100).optional(),
  clickId: z.string().max(1024).optional(),
  eventId: z.string().max(200).optional(),
  from: date.optional(),
  to: date.optional(),
  time: z
    .enum(deliveryTimeBases, { message: `must be one of ${deliveryTimeBases.join(", ")}` })
    .default("created")
    .describe(
      "What from and to apply to: created (when the event was ingested and its delivery created) or occurred (the event's own time, as reconciliation counts it)",
    ),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  format: z
    .enum(["json", "csv"], { message: "must be json or csv" })
    .default("json")
    .describe("csv: every matching delivery as one file (cursor and limit ignored)"),
});
export type DeliveryListQuery = z.output<typeof deliveryListQuerySchema>;

export const bulkReplaySchema = z
  .object({
    network: z.string().min(1, "is required").max(64),
    status: z.enum(["failed", "expired", "skipped"]).default("failed"),
    from: date,
    to: date,
    /** Whether from/to bound when the delivery was created (ingest) or when its event happened. */
    time: z.enum(deliveryTimeBases, { message: `must be one of ${deliveryTimeBases.join(", ")}` }).default("created"),
  })
  .refine((v) => v.from < v.to, { message: "must be after from", path: ["to"] });
export type BulkReplay = z.output<typeof bulkReplaySchema>;

export const replayJobOutputSchema = z.object({
  id: z.string(),
  networkId: z.string().nullable(),
  total: z.number(),
  done: z.number(),
  status: z.enum(["running", "done", "failed"]),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
