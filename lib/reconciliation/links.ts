// Links from reconciliation into the delivery log, built the same way on the server (gap
// breakdown) and in the browser (chart bars).
import { statusesCountedAs } from "./schemas";

/**
 * The delivery log filtered to one network, status and event between two instants (a local
 * day's UTC bounds). Reconciliation days are by event time, so the log filters by the event's
 * time too (`time=occurred`): a conversion the MMP sent after its day ended is still behind
 * that day's bar.
 */
export function deliveryLogLink(p: DeliveryLinkParams): string {
  return `/deliveries?${params(p).toString()}`;
}

/** The same deliveries (every status unless one is given) as a CSV file: what a network is sent in a dispute. */
export function deliveryCsvLink(p: DeliveryLinkParams): string {
  const q = params(p);
  q.set("format", "csv");
  return `/api/v1/deliveries?${q.toString()}`;
}

type DeliveryLinkParams = {
  network?: string | null;
  status?: string;
  start: Date | string;
  end: Date | string;
  event?: string | null;
};

function params(p: DeliveryLinkParams): URLSearchParams {
  const iso = (d: Date | string) => (typeof d === "string" ? d : d.toISOString());
  const q = new URLSearchParams();
  if (p.network) q.set("network", p.network);
  // A report's outcome may count several delivery statuses (pending includes sending): list them all.
  if (p.status) q.set("status", statusesCountedAs(p.status).join(",") || p.status);
  q.set("time", "occurred");
  q.set("from", iso(p.start));
  q.set("to", iso(p.end));
  if (p.event) q.set("event", p.event);
  return q;
}
