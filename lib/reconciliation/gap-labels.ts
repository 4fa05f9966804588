// Readable, groupable labels for why deliveries did not reach a network. Reasons carry
// per-delivery details (deadlines, elapsed times) that would make every row its own group.

const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/g;
const ELAPSED = /\b(arrive|occurred) \d+ (days?|h|min)( \d+ (h|min))? after/g;

export function normalizeReason(reason: string): string {
  return reason.replace(ISO_TIME, "…").replace(ELAPSED, "$1 … after").trim();
}

export function gapLabel(g: {
  status: string;
  reason: string | null;
  errorClass: string | null;
  lastStatusCode: number | null;
}): string {
  if (g.reason?.trim()) return normalizeReason(g.reason);
  if (g.lastStatusCode !== null) return `HTTP ${g.lastStatusCode}`;
  if (g.errorClass) return g.errorClass.replace(/_/g, " ");
  if (g.status === "pending") return "waiting for the first attempt";
  return g.status;
}
