// Worker timing in one place. The lease must outlive the longest request a claim can lead to,
// or a slow network would let a second worker re-send an attempt still in flight.
export const HEARTBEAT_MS = 5_000;
export const HEARTBEAT_STALE_MS = 30_000;
export const MAX_REQUEST_TIMEOUT_MS = 60_000;
export const LEASE_MARGIN_MS = 30_000;
/** Results are written in groups: one transaction per flush instead of one per attempt. */
export const RESULT_FLUSH_MS = 50;
export const RESULT_FLUSH_MAX = 500;
/** How long a claimed row may wait in memory for its network's rate limit before the lease would matter. */
export const MAX_LOCAL_QUEUE_SECONDS = 20;
