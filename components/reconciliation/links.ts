import { queryString } from "@/components/ui/api";

/**
 * The delivery log filtered to one status between two instants (a local day's UTC bounds).
 * Reconciliation days are by event time, so the log filters by the event's time too
 * (`time=occurred`): a conversion the MMP sent after its day ended is still behind that day's bar.
 */
export function deliveryLogHref(p: { network?: string | null; status?: string; start: string; end: string; event?: string | null }) {
  return `/deliveries${queryString({ network: p.network ?? undefined, status: p.status, event: p.event ?? undefined, time: "occurred", from: p.start, to: p.end })}`;
}
