import type { Metadata } from "next";
import { Suspense } from "react";
import { Forbidden } from "@/components/layout/forbidden";
import { ReconciliationView } from "@/components/reconciliation/reconciliation-view";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Reconciliation" };

export default async function ReconciliationPage() {
  const actor = await pageActor();
  if (!can(actor.access, "reconciliation:read")) return <Forbidden what="reconciliation" />;
  return (
    <>
      <PageHeader
        title="Reconciliation"
        description="Did every conversion your MMP attributed reach its ad network? Attributed vs delivered per network and day, with the reasons behind each gap and, once imported, what the networks themselves report."
      />
      {/* The view reads its filters from the URL (useSearchParams), which needs a boundary. */}
      <Suspense fallback={<Skeleton className="h-96" />}>
        <ReconciliationView
          canImport={can(actor.access, "reports:import")}
          canManageZones={can(actor.access, "settings:manage")}
        />
      </Suspense>
    </>
  );
}
