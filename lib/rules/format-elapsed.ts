const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

// Both formatters round up: a reason must never make a late event look on time
// (48 h plus 1 ms reads "48 h 1 min", not "48 h").

/** 49 h -> "49 h"; 48 h 0.5 min -> "48 h 1 min". */
export function formatHours(ms: number): string {
  const totalMinutes = Math.ceil(Math.max(ms, 0) / MINUTE_MS);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** 31 days -> "31 days"; 30 days 30 min -> "30 days 1 h". */
export function formatDays(ms: number): string {
  const totalHours = Math.ceil(Math.max(ms, 0) / HOUR_MS);
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  const dayText = plural(days, "day");
  return hours === 0 ? dayText : `${dayText} ${hours} h`;
}

export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export { DAY_MS, HOUR_MS };
