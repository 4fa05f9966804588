// A read-only better-sqlite3 connection beside Prisma's, for the few report reads that return
// thousands of rows: Prisma's row mapping costs more than the query itself there. WAL lets it
// read while Prisma's connection writes. Reads only, with no Date parameters (Prisma stores
// DateTime in its own text form, which hand-written bindings would have to copy).
import "server-only";
import Database from "better-sqlite3";
import type { Db } from "./client";

const FILE = Symbol.for("ricochet.sqliteFile");
const readers = new Map<string, Database.Database>();

/** Marks a Prisma client as talking to this SQLite file (done by createDb). */
export function tagSqliteFile(db: Db, file: string) {
  (db as unknown as Record<symbol, string>)[FILE] = file;
}

export type RawRow = Record<string, unknown>;
export type Primitive = string | number | bigint | null;

/**
 * Runs a SELECT on the read-only connection for `db`'s file. Integers come back as numbers: cast
 * any that may pass 2^53 (money in micros) to TEXT in the SQL. Null when `db` is not a tagged
 * SQLite client.
 */
export function sqliteRead(db: Db, sql: string, values: Primitive[]): RawRow[] | null {
  const file = (db as unknown as Record<symbol, string | undefined>)[FILE];
  if (!file) return null;
  let reader = readers.get(file);
  if (!reader) {
    reader = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
    readers.set(file, reader);
  }
  return reader.prepare(sql).all(...values) as RawRow[];
}

/** Closes the read connection of a file (tests that delete their database). */
export function closeSqliteReader(file: string) {
  readers.get(file)?.close();
  readers.delete(file);
}
