// Worker timing in one place. The lease must outlive the longest a claimed row can wait in the
// local queue plus its own request, or a slow network would let a second worker re-send an
// attempt still in flight.
export const HEARTBEAT_MS = 5_000;
export const HEARTBEAT_STALE_MS = 30_000;
export const LEASE_MARGIN_MS = 30_000;
/** Rows claimed ahead per network, as a multiple of its concurrency: keeps connections busy between claims. */
export const PREFETCH_FACTOR = 8;
/** Results are written in groups: one transaction per flush instead of one per attempt. */
export const RESULT_FLUSH_MS = 100;
export const RESULT_FLUSH_MAX = 500;
export const ALERT_EVALUATION_MS = 60_000;
/** A reporting zone build with no step for this long has lost its process: a worker carries it on. */
export const STALLED_ZONE_BUILD_MS = 60_000;
