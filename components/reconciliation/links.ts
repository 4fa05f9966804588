import { queryString } from "@/components/ui/api";

/**
 * The delivery log filtered to one status between two instants (a local day's UTC bounds).
 * Reconciliation days are by event time and the log filters by when the delivery was created
 * (ingest time): the two agree for events the MMP sends promptly.
 */
export function deliveryLogHref(p: { network?: string | null; status?: string; start: string; end: string; event?: string | null }) {
  return `/deliveries${queryString({ network: p.network ?? undefined, status: p.status, event: p.event ?? undefined, from: p.start, to: p.end })}`;
}
