"use client";
import { CalendarClock } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Timestamp } from "@/components/ui/timestamp";

/**
 * Says plainly that the range bounds when the conversions happened, not when Ricochet received
 * them: someone arriving from a reconciliation bar sees why a delivery created the next day is
 * listed, and which instants the day's bounds are in their own time zone.
 */
export function EventTimeNote({ from, to, onUseCreated }: { from?: string; to?: string; onUseCreated: () => void }) {
  if (!from && !to) return null;
  const at = (iso: string) => <Timestamp date={iso} withSeconds={false} className="font-medium" />;
  return (
    <div
      role="status"
      data-testid="event-time-note"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-brand-100 bg-brand-50 px-4 py-2.5 text-sm text-brand-900"
    >
      <CalendarClock className="size-4 shrink-0 text-brand-700" aria-hidden />
      <p>
        <span className="font-semibold">Event time: </span>
        {from && to ? (
          <>
            {at(from)} – {at(to)}
          </>
        ) : from ? (
          <>from {at(from)}</>
        ) : (
          to && <>before {at(to)}</>
        )}
      </p>
      <p className="min-w-64 flex-1 text-xs text-brand-700">
        Deliveries of conversions that happened in this range, however late the MMP sent them: the way reconciliation
        counts them. Times are in your time zone (
        <span suppressHydrationWarning>{Intl.DateTimeFormat().resolvedOptions().timeZone}</span>); hover one for UTC.
      </p>
      <Button variant="ghost" size="sm" onClick={onUseCreated}>
        Filter by created time instead
      </Button>
    </div>
  );
}
