// Calendar days of an IANA time zone as UTC instants. Every offset in use today is a whole number
// of 15-minute steps, so each local day is an exact run of whole rollup buckets.
import { TZDate } from "@date-fns/tz";

export interface DayRange {
  /** YYYY-MM-DD in the time zone. */
  day: string;
  /** First instant of the local day (local midnight, or the first instant after it when a DST jump skips midnight). */
  start: Date;
  /** First instant of the next local day: the range is [start, end). */
  end: Date;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

let spellings: Map<string, string> | undefined;

/**
 * The time zone as the user named it, with the usual capitalisation ("utc" -> "UTC"), or null
 * when Intl does not know it. Not Intl's resolved name: ICU still resolves Asia/Kolkata to
 * Asia/Calcutta and Europe/Kyiv to Europe/Kiev, which would surprise whoever picked them.
 */
export function canonicalTimeZone(tz: string): string | null {
  const name = tz.trim();
  if (!name || name.length > 64) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
  } catch {
    return null;
  }
  if (!spellings) {
    spellings = new Map([["utc", "UTC"]]);
    try {
      for (const z of Intl.supportedValuesOf("timeZone")) spellings.set(z.toLowerCase(), z);
    } catch {
      // Older runtimes without supportedValuesOf: keep the name as typed.
    }
  }
  return spellings.get(name.toLowerCase()) ?? name;
}

/** Whether "YYYY-MM-DD" names a real calendar date. */
export function isCalendarDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Calendar arithmetic on day names, independent of any time zone. */
export function addDays(day: string, n: number): string {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The first instant of a local calendar day in `tz`. */
export function dayStart(day: string, tz: string): Date {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return new Date(new TZDate(+m[1], +m[2] - 1, +m[3], tz).getTime());
}

/** Each local day from `from` to `to` (inclusive) with its UTC bounds. */
export function dayRanges(from: string, to: string, tz: string): DayRange[] {
  const n = daysBetween(from, to);
  const out: DayRange[] = [];
  let start = dayStart(from, tz);
  for (let i = 0; i < n; i++) {
    const day = addDays(from, i);
    const end = dayStart(addDays(day, 1), tz);
    out.push({ day, start, end });
    start = end;
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The earlier of two calendar days (YYYY-MM-DD compares in calendar order as text). */
export const earlierDay = (a: string, b: string): string => (a < b ? a : b);

/** The local calendar day of an instant in `tz`. */
export function localDay(instant: Date, tz: string): string {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(tz, f);
  }
  return f.format(instant);
}

/** Today's date in `tz`. */
export const today = (tz: string, now = new Date()) => localDay(now, tz);
