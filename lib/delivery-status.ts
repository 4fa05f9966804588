// The statuses a delivery moves through. Shared vocabulary: deliveries, the worker and the
// reconciliation counters all name them, so it sits below every one of them.
export const deliveryStatuses = [
  "pending",
  "sending",
  "delivered",
  "failed",
  "filtered",
  "expired",
  "skipped",
] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
