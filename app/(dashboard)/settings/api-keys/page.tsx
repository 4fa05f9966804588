import type { Metadata } from "next";
import { Forbidden } from "@/components/layout/forbidden";
import { ApiKeysTable } from "@/components/settings/api-keys-table";
import { listApiKeys } from "@/lib/api-keys/queries";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysSettingsPage() {
  // The layout's check does not cover this segment when it is fetched on its own.
  const actor = await pageActor();
  if (!can(actor.access, "apikeys:manage")) return <Forbidden what="API keys" />;
  const apiKeys = await listApiKeys(getDb());
  return <ApiKeysTable apiKeys={apiKeys} />;
}
