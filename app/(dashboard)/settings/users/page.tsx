import type { Metadata } from "next";
import { Forbidden } from "@/components/layout/forbidden";
import { UsersTable } from "@/components/settings/users-table";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersSettingsPage() {
  // The layout's check does not cover this segment when it is fetched on its own.
  const actor = await pageActor();
  if (!can(actor.access, "users:manage")) return <Forbidden what="Settings" />;
  const users = await listUsers(getDb());
  return <UsersTable users={users} currentUserId={actor.id} />;
}
