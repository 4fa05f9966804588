// Colours shared by every chart: outcomes keep the same colour everywhere (and match the status
// badges), and series beyond outcomes get a fixed, distinguishable order.

export const outcomeColors = {
  delivered: "#059669", // emerald-600
  pending: "#4f6ef7", // brand-500
  failed: "#dc2626", // red-600
  expired: "#d97706", // amber-600
  skipped: "#8b5cf6", // violet-500
  filtered: "#94a3b8", // slate-400
} as const;

export const attributedColor = "#0f172a"; // slate-900
export const reportedColor = "#0891b2"; // cyan-600

/** Distinct colours for one line or bar per network, in order. */
const seriesColors = [
  "#3b55e6",
  "#059669",
  "#d97706",
  "#db2777",
  "#0891b2",
  "#7c3aed",
  "#65a30d",
  "#dc2626",
  "#475569",
  "#ca8a04",
];
export const seriesColor = (i: number) => seriesColors[i % seriesColors.length];

export const gridColor = "#e2e8f0"; // slate-200
export const axisColor = "#64748b"; // slate-500
