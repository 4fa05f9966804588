// PATCH /api/v1/users/{id} - change a user's name, role, password or active flag (admin)
import { z } from "zod";
import { getDb } from "@/lib/db";
import { route } from "@/lib/http/route";
import { updateUser } from "@/lib/users/mutations";
import { userUpdateSchema } from "@/lib/users/schemas";

export const PATCH = route(
  { permission: "users:manage", params: z.object({ id: z.string() }), body: userUpdateSchema },
  async ({ actor, params, body }) => ({ user: await updateUser(getDb(), actor, params.id, body) }),
);
