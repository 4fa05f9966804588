import { z } from "zod";
import { roles } from "../auth/permissions";

const roleSchema = z.enum(roles, { message: "must be one of admin, marketer, analyst" });

export const userCreateSchema = z.object({
  email: z.email("must be a valid email address").trim().toLowerCase(),
  name: z.string().trim().max(100).default(""),
  role: roleSchema,
  password: z.string().min(10, "must be at least 10 characters").max(200).optional(),
});
export type UserCreateInput = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  name: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
  password: z.string().min(10, "must be at least 10 characters").max(200).optional(),
});
export type UserUpdateInput = z.input<typeof userUpdateSchema>;

/** What leaves the server about a user: never the password hash. */
export const userOutputSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
});
export type UserOutput = z.output<typeof userOutputSchema>;
