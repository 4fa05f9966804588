import { z } from "zod";
import { accessLevels } from "../auth/permissions";

export const apiKeyCreateSchema = z.object({
  name: z.string().trim().min(1, "is required").max(100),
  access: z.enum(accessLevels, { message: "must be admin, marketer, analyst or ingest" }),
  // Events are deduplicated per sender: give the replacement key of an MMP the same sender.
  sender: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, "may contain a-z, 0-9, _ . -")
    .optional(),
});
export type ApiKeyCreateInput = z.input<typeof apiKeyCreateSchema>;

export const apiKeyOutputSchema = z.object({
  id: z.string(),
  name: z.string(),
  sender: z.string(),
  access: z.enum(accessLevels),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiKeyOutput = z.output<typeof apiKeyOutputSchema>;
