// The network-report file format: `date,network,event,count,revenue,currency`, one line per
// network, day, event (and currency when revenue is split by currency). Pure parsing and
// writing, so the round trip is testable without a database.
import Papa from "papaparse";
import { text, toCsv, unguard } from "../csv";
import { fromMicros, toMicros } from "../money/micros";
import { isCalendarDay } from "./days";

const REPORT_COLUMNS = ["date", "network", "event", "count", "revenue", "currency"] as const;
const REQUIRED = ["date", "network", "event", "count"] as const;
const MAX_REPORT_LINES = 100_000;

export interface ReportLineError {
  line: number;
  field: string;
  message: string;
}
export interface ParsedReportRow {
  line: number;
  day: string;
  network: string;
  event: string;
  count: number;
  /** The decimal as stored (to the millionth), or null when the line has none. */
  revenue: string | null;
  revenueMicros: bigint | null;
  currency: string;
}
export interface ParsedReport {
  rows: ParsedReportRow[];
  errors: ReportLineError[];
}

const SLUG_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const EVENT_RE = /^[A-Za-z0-9_.:\- ]{1,100}$/;
const COUNT_RE = /^\d{1,10}$/;
const DECIMAL_RE = /^-?\d{1,15}(\.\d{1,12})?$/;
const CURRENCY_RE = /^[A-Z]{3}$/;

/**
 * Parses a report file. Every problem is reported with its line (the header is line 1) and
 * column; the caller imports nothing while any remain.
 */
export function parseReportCsv(input: string): ParsedReport {
  const errors: ReportLineError[] = [];
  const rows: ParsedReportRow[] = [];
  const parsed = Papa.parse<string[]>(input.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: false });
  const lines = parsed.data;
  if (lines.length === 0 || lines.every((l) => l.every((c) => !c.trim()))) {
    return {
      rows,
      errors: [{ line: 1, field: "(file)", message: `is empty; expected a header line ${REPORT_COLUMNS.join(",")}` }],
    };
  }
  const header = lines[0].map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!(REPORT_COLUMNS as readonly string[]).includes(h))
      errors.push({
        line: 1,
        field: h || `column ${i + 1}`,
        message: `is not a known column; use ${REPORT_COLUMNS.join(", ")}`,
      });
    else if (index.has(h)) errors.push({ line: 1, field: h, message: "appears twice in the header" });
    else index.set(h, i);
  });
  for (const c of REQUIRED)
    if (!index.has(c)) errors.push({ line: 1, field: c, message: "column is missing from the header" });
  if (errors.length) return { rows, errors };
  if (lines.length - 1 > MAX_REPORT_LINES) {
    return {
      rows,
      errors: [
        {
          line: MAX_REPORT_LINES + 2,
          field: "(file)",
          message: `has more than ${MAX_REPORT_LINES} lines; split it into smaller files`,
        },
      ],
    };
  }

  const firstLine = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const cells = lines[i];
    if (cells.every((c) => !c.trim())) continue;
    const get = (col: string) => {
      const at = index.get(col);
      return at === undefined ? "" : unguard((cells[at] ?? "").trim());
    };
    const lineErrors: ReportLineError[] = [];
    const fail = (field: string, message: string) => lineErrors.push({ line, field, message });

    const day = get("date");
    if (!day) fail("date", "is required");
    else if (!isCalendarDay(day)) fail("date", `"${day}" is not a date as YYYY-MM-DD`);
    const network = get("network").toLowerCase();
    if (!network) fail("network", "is required");
    else if (!SLUG_RE.test(network)) fail("network", `"${network}" is not a network slug`);
    const event = get("event");
    if (!event) fail("event", "is required");
    else if (!EVENT_RE.test(event))
      fail("event", `"${event}" is not a valid event name (letters, digits, space, _ . : -)`);
    const countText = get("count");
    if (!countText) fail("count", "is required");
    else if (!COUNT_RE.test(countText) || Number(countText) > 2_147_483_647)
      fail("count", `"${countText}" is not a whole number of 0 or more`);
    const revenueText = get("revenue");
    const currency = get("currency").toUpperCase();
    if (revenueText && !DECIMAL_RE.test(revenueText))
      fail("revenue", `"${revenueText}" is not a decimal number such as 4.99`);
    if (currency && !CURRENCY_RE.test(currency)) fail("currency", `"${currency}" is not an ISO 4217 code such as USD`);
    if (revenueText && !currency) fail("currency", "is required when revenue is given");

    if (lineErrors.length === 0) {
      const key = `${network}|${day}|${event}|${currency}`;
      const first = firstLine.get(key);
      if (first !== undefined) fail("(line)", `repeats line ${first} (same date, network, event and currency)`);
      else firstLine.set(key, line);
    }
    if (lineErrors.length) {
      errors.push(...lineErrors);
      continue;
    }
    const revenueMicros = revenueText ? toMicros(revenueText) : null;
    rows.push({
      line,
      day,
      network,
      event,
      count: Number(countText),
      revenue: revenueMicros === null ? null : fromMicros(revenueMicros),
      revenueMicros,
      currency,
    });
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ line: 2, field: "(file)", message: "has a header but no data lines" });
  return { rows, errors };
}

export interface ReportRowOut {
  day: string;
  network: string;
  event: string;
  count: number;
  revenue: string | null;
  currency: string;
}

/** The same format back: an export imports unchanged. */
export function reportCsv(rows: ReportRowOut[]): string {
  return toCsv(
    [...REPORT_COLUMNS],
    rows.map((r) => [r.day, text(r.network), text(r.event), r.count, r.revenue ?? "", r.currency]),
  );
}
