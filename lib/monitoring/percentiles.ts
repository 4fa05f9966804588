import "server-only";
import type { Db } from "../db/client";
import { toCount } from "../sql-values";

export interface Percentiles {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/**
 * Nearest-rank percentiles computed in the database with window functions (both SQLite and
 * PostgreSQL have them), so only one row per group comes back whatever the number of values.
 * `source` must select the columns "n" (network id), "h" (hour key) and "v" (the value).
 */
export async function percentilesBy(
  db: Pick<Db, "$queryRawUnsafe">,
  source: string,
  params: unknown[],
  byHour: boolean,
): Promise<Map<string, Percentiles>> {
  const part = byHour ? `"n", "h"` : `"n"`;
  const sql = `WITH "src" AS (${source}),
    "ranked" AS (SELECT "n", "h", "v", ROW_NUMBER() OVER (PARTITION BY ${part} ORDER BY "v") AS "rn", COUNT(*) OVER (PARTITION BY ${part}) AS "c" FROM "src")
    SELECT "n", ${byHour ? `"h"` : `'' AS "h"`}, MAX("c") AS "c",
      MIN(CASE WHEN "rn" >= "c" * 0.5 THEN "v" END) AS "p50",
      MIN(CASE WHEN "rn" >= "c" * 0.95 THEN "v" END) AS "p95",
      MIN(CASE WHEN "rn" >= "c" * 0.99 THEN "v" END) AS "p99"
    FROM "ranked" GROUP BY ${part}`;
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  const num = (v: unknown) => (v === null || v === undefined ? null : toCount(v));
  return new Map(
    rows.map((r) => [
      byHour ? `${String(r.n)}|${String(r.h)}` : String(r.n),
      { count: toCount(r.c), p50: num(r.p50), p95: num(r.p95), p99: num(r.p99) },
    ]),
  );
}
