import type { Metadata } from "next";
import { Suspense } from "react";
import { DeliveryLog } from "@/components/deliveries/delivery-log";
import { Forbidden } from "@/components/layout/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Deliveries" };

export default async function DeliveriesPage() {
  const actor = await pageActor();
  if (!can(actor.access, "deliveries:read")) return <Forbidden what="the delivery log" />;
  return (
    <>
      <PageHeader
        title="Deliveries"
        description="Every postback Ricochet planned for a network, with each attempt logged. Filters are in the address bar, so a filtered view can be shared as a link."
      />
      {/* useSearchParams needs a boundary; the log reads its filters from the URL. */}
      <Suspense fallback={<TableSkeleton label="Loading deliveries" />}>
        <DeliveryLog canReplay={can(actor.access, "deliveries:replay")} />
      </Suspense>
    </>
  );
}
