import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = {
  delivered: "green",
  failed: "red",
  pending: "blue",
  sending: "blue",
  expired: "amber",
  filtered: "gray",
  skipped: "gray",
  not_applicable: "gray",
};

export const statusLabels: Record<string, string> = {
  delivered: "Delivered",
  failed: "Failed",
  pending: "Pending",
  sending: "Sending",
  expired: "Expired",
  filtered: "Filtered",
  skipped: "Skipped",
  not_applicable: "Not sent",
};

/** Delivered green, failed red, in flight blue, expired amber, not sent on purpose gray. */
export function DeliveryStatusBadge({ status, className }: { status: string; className?: string }) {
  return (
    <Badge tone={tones[status] ?? "gray"} className={className}>
      {(status === "pending" || status === "sending") && (
        <span aria-hidden className="mr-1 size-1.5 animate-pulse rounded-full bg-current" />
      )}
      {statusLabels[status] ?? status}
    </Badge>
  );
}

/** Statuses the worker may still change: lists showing them refresh themselves. */
export const inFlightStatuses = new Set(["pending", "sending"]);
