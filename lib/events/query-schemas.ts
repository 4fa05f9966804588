import { z } from "zod";

const date = z.iso
  .datetime({ offset: true, message: "must be an ISO 8601 date-time" })
  .or(z.iso.date())
  .transform((s) => new Date(s));

export const eventListQuerySchema = z.object({
  name: z.string().max(100).optional(),
  network: z.string().max(64).optional(),
  organic: z
    .enum(["true", "false"], { message: "must be true or false" })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true"))
    .describe("true: only organic events (attributed to no network); false: only attributed ones"),
  clickId: z.string().max(1024).optional(),
  externalId: z.string().max(200).optional(),
  from: date.optional(),
  to: date.optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type EventListQuery = z.output<typeof eventListQuerySchema>;
