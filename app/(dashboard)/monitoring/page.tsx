import type { Metadata } from "next";
import { Suspense } from "react";
import { Forbidden } from "@/components/layout/forbidden";
import { MonitoringView } from "@/components/monitoring/monitoring-view";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Monitoring" };

export default async function MonitoringPage() {
  const actor = await pageActor();
  if (!can(actor.access, "monitoring:read")) return <Forbidden what="monitoring" />;
  return (
    <>
      <PageHeader
        title="Monitoring"
        description="Delivery health per ad network: how many postbacks succeed, how fast networks answer, how long conversions take to reach them, what is waiting, and the alerts raised about it."
      />
      {/* The view keeps the network and window in the URL (useSearchParams), which needs a boundary. */}
      <Suspense fallback={<Skeleton className="h-96" />}>
        <MonitoringView canManage={can(actor.access, "settings:manage")} />
      </Suspense>
    </>
  );
}
