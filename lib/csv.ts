// CSV writing for exports (RFC 4180: CRLF lines, quotes doubled). Text cells that a spreadsheet
// would run as a formula are prefixed with an apostrophe; numbers are written as they are.

export type CsvCell = string | number | null | undefined | { text: string };

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell whose value is free text (names, reasons): guarded against formula injection. */
export const text = (value: string | null | undefined): CsvCell =>
  value === null || value === undefined ? "" : { text: value };

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "object" ? value.text : String(value);
  if (typeof value === "object" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lines of a CSV file, each ended by CRLF: the body after a header, or a later part of a streamed file. */
export function csvLines(rows: CsvCell[][]): string {
  return rows.map((r) => `${r.map(cell).join(",")}\r\n`).join("");
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return csvLines([header, ...rows]);
}

/** Undoes the formula guard on import: the apostrophe is only ever added in front of = + - @. */
export const unguard = (value: string) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value);

/** A Content-Disposition value with a plain-ASCII file name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]+/g, "_")}"`;
}
