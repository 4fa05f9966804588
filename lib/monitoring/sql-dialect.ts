import type { DbProvider } from "../db/client";

/**
 * The UTC hour of a timestamp column as "YYYY-MM-DDTHH". SQLite stores Prisma DateTimes as
 * ISO-8601 text in UTC, so the hour is a prefix; PostgreSQL truncates and formats.
 */
export function hourKey(provider: DbProvider, column: string): string {
  return provider === "sqlite"
    ? `substr(${column}, 1, 13)`
    : `to_char(date_trunc('hour', ${column}), 'YYYY-MM-DD"T"HH24')`;
}

/** Milliseconds from `earlier` to `later`, as an integer. */
export function millisBetween(provider: DbProvider, later: string, earlier: string): string {
  return provider === "sqlite"
    ? `CAST(ROUND((julianday(${later}) - julianday(${earlier})) * 86400000.0) AS INTEGER)`
    : `CAST(ROUND(EXTRACT(EPOCH FROM (${later} - ${earlier})) * 1000) AS BIGINT)`;
}

/** The same hour key computed in JS for a Date. */
export const hourKeyOf = (d: Date) => d.toISOString().slice(0, 13);
