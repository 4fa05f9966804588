// GET /api/v1/users - list users (admin)
// POST /api/v1/users - create a user (admin); a generated password is returned once
import { getDb } from "@/lib/db";
import { respond, route } from "@/lib/http/route";
import { createUser } from "@/lib/users/mutations";
import { listUsers } from "@/lib/users/queries";
import { userCreateSchema } from "@/lib/users/schemas";

export const GET = route({ permission: "users:manage" }, async () => ({ users: await listUsers(getDb()) }));

export const POST = route({ permission: "users:manage", body: userCreateSchema }, async ({ actor, body }) =>
  respond(await createUser(getDb(), actor, body), 201),
);
