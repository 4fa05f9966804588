// Number and date labels for axes and tooltips. Days are "YYYY-MM-DD" strings already in the
// report's time zone, so they are formatted without any time zone conversion.

const integer = new Intl.NumberFormat("en-US");
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const formatInt = (n: number | null | undefined) => (n === null || n === undefined ? "—" : integer.format(n));
export const formatCompact = (n: number) => (Math.abs(n) < 10_000 ? integer.format(n) : compact.format(n));

/** 0.1234 -> "12.3%"; null -> "—". */
export function formatPct(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** "2026-03-08" -> "Mar 8"; "long": "Sun, Mar 8, 2026"; "weekday": "Sun, Mar 8". */
export function formatDay(day: string, style: boolean | "long" | "weekday" = false): string {
  const [y, m, d] = day.split("-").map(Number);
  const base = `${MONTHS[m - 1]} ${d}`;
  if (!style) return base;
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return style === "weekday" ? `${weekday}, ${base}` : `${weekday}, ${base}, ${y}`;
}

/** An ISO hour start as "14:00" (UTC), with the day when it is midnight or `always`. */
export function formatHour(iso: string, always = false): string {
  const hh = iso.slice(11, 13);
  return always || hh === "00" ? `${formatDay(iso.slice(0, 10))} ${hh}:00` : `${hh}:00`;
}

/** Milliseconds as a short duration: "850 ms", "4.2 s", "12 min", "3.5 h", "2.1 d". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 3600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 86_400_000) return `${(ms / 3600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} d`;
}

/** An exact decimal string with thousands separators, without passing through a float: "1234567.5" -> "1,234,567.5". */
export function formatDecimal(value: string | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

/** Round percentage ticks (as ratios) covering [min, max] and always 0: steps of 5, 10, 20, 25 or 50 points. */
export function percentTicks(min: number, max: number, target = 5): number[] {
  const lo0 = Math.min(0, min);
  const hi0 = Math.max(0.05, max);
  const step = [0.05, 0.1, 0.2, 0.25, 0.5, 1].find((s) => Math.ceil(hi0 / s) - Math.floor(lo0 / s) <= target) ?? 1;
  const ticks: number[] = [];
  for (let i = Math.floor(lo0 / step); i <= Math.ceil(hi0 / step); i++) ticks.push(Math.round(i * step * 1000) / 1000);
  return ticks;
}
