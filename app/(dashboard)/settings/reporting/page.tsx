import type { Metadata } from "next";
import { Forbidden } from "@/components/layout/forbidden";
import { ReportingZones } from "@/components/settings/reporting-zones";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Reporting" };

export default async function ReportingSettingsPage() {
  const actor = await pageActor();
  if (!can(actor.access, "settings:manage")) return <Forbidden what="reporting settings" />;
  return <ReportingZones />;
}
