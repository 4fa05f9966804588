import "server-only";
import type { Db, DbProvider } from "./client";
import { SqlParams } from "./sql";
import { execSql } from "./sqlite-direct";

type Tx = Pick<Db, "$executeRawUnsafe" | "$queryRawUnsafe">;
type Row = Record<string, unknown>;

// Bound-parameter budget per statement, well under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMS = 8_000;

/**
 * Multi-row INSERT for hot paths (ingest writes thousands of rows a second). Prisma's createMany
 * spends most of its time building per-row structures in JS; one parameterised statement per
 * chunk does the same work an order of magnitude faster. Every row must have the same keys.
 */
export async function insertRows(tx: Tx, provider: DbProvider, table: string, rows: Row[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const quoted = columns.map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += perChunk) {
    const p = new SqlParams(provider);
    const values = rows
      .slice(i, i + perChunk)
      .map(
        (row) =>
          `(${columns.map((c) => p.add(provider === "sqlite" && typeof row[c] === "boolean" ? (row[c] ? 1 : 0) : (row[c] ?? null))).join(", ")})`,
      );
    await execSql(tx, `INSERT INTO "${table}" (${quoted}) VALUES ${values.join(", ")}`, p.values);
  }
}
