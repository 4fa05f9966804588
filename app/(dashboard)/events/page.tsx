import type { Metadata } from "next";
import { Suspense } from "react";
import { EventsExplorer } from "@/components/events/events-explorer";
import { Forbidden } from "@/components/layout/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const actor = await pageActor();
  if (!can(actor.access, "events:read")) return <Forbidden what="received events" />;
  return (
    <>
      <PageHeader
        title="Events"
        description="Conversions your MMP sent, newest first, with what each network got. Open one to see why it was or wasn't sent to a network."
      />
      {/* useSearchParams needs a boundary; the explorer reads its filters from the URL. */}
      <Suspense fallback={<TableSkeleton label="Loading events" />}>
        <EventsExplorer canManageKeys={can(actor.access, "apikeys:manage")} />
      </Suspense>
    </>
  );
}
