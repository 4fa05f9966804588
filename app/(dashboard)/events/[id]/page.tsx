import type { Metadata } from "next";
import { EventDetailView } from "@/components/events/event-detail";
import { Forbidden } from "@/components/layout/forbidden";
import { pageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Event" };

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  if (!can(actor.access, "events:read")) return <Forbidden what="received events" />;
  const { id } = await params;
  return <EventDetailView key={id} id={safeDecode(id)} />;
}

// Sender ids may hold any character; a malformed escape is shown as typed rather than crashing.
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
