import type { Metadata } from "next";
import { Forbidden } from "@/components/layout/forbidden";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor();
  if (!can(actor.access, "users:manage")) return <Forbidden what="Settings" />;
  return (
    <>
      <PageHeader
        title="Settings"
        description="Who can sign in, the API keys MMPs and scripts use, the time zones reports are kept in, and a record of every change."
      />
      <SettingsTabs />
      <div className="mt-6">{children}</div>
    </>
  );
}
