// Prisma's own better-sqlite3 connection, for the hand-written statements of the hot paths
// (ingest, claims, outcome writes, rollups). Through Prisma each raw statement is compiled,
// its arguments mapped and the SQL prepared again: several times what SQLite spends running it.
// Here statements are prepared once and run on the same connection, so inside a Prisma
// transaction they are part of it.
//
// One connection also means one transaction at a time, and Prisma's adapter lets a query made
// outside any transaction run in the middle of someone else's (after its BEGIN, before its
// COMMIT), where a rollback would silently undo it. The connection's holder therefore carries
// a lock: a transaction holds it from BEGIN to COMMIT/ROLLBACK, and every query outside a
// transaction, Prisma's or ours, waits for it.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";

const HANDLE = Symbol.for("ricochet.sqliteHandle");
type Holder = { db: Database.Database | null; lock: Lock };

/** A FIFO mutex for async callers. */
class Lock {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => {
      release = r;
    });
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
  async run<T>(fn: () => T | Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

type Queryable = {
  queryRaw(q: unknown): Promise<unknown>;
  executeRaw(q: unknown): Promise<unknown>;
  executeScript(s: string): Promise<void>;
};
type TxLike = { commit(): Promise<void>; rollback(): Promise<void> };
type AdapterLike = Queryable & { startTransaction(iso?: string): Promise<TxLike> };

/** Makes the adapter keep transactions and stand-alone queries apart (see the top of this file). */
function serialise(adapter: AdapterLike, lock: Lock) {
  for (const method of ["queryRaw", "executeRaw", "executeScript"] as const) {
    const original = (adapter[method] as (a: unknown) => Promise<unknown>).bind(adapter);
    (adapter as unknown as Record<string, unknown>)[method] = (arg: unknown) => lock.run(() => original(arg));
  }
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (iso?: string) => {
    const release = await lock.acquire();
    try {
      const tx = await start(iso);
      const end = (fn: () => Promise<void>) => async () => {
        try {
          await fn();
        } finally {
          release();
        }
      };
      tx.commit = end(tx.commit.bind(tx));
      tx.rollback = end(tx.rollback.bind(tx));
      return tx;
    } catch (err) {
      release();
      throw err;
    }
  };
}

/** The adapter factory for a SQLite file, remembering the connection it opens. */
export function sqliteAdapter(file: string, timeout: number): { factory: PrismaBetterSQLite3; holder: Holder } {
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout });
  const holder: Holder = { db: null, lock: new Lock() };
  const connect = factory.connect.bind(factory);
  // The adapter keeps its better-sqlite3 Database on a public `client` field.
  factory.connect = async () => {
    const adapter = await connect();
    holder.db = (adapter as unknown as { client: Database.Database }).client;
    serialise(adapter as unknown as AdapterLike, holder.lock);
    return adapter;
  };
  return { factory, holder };
}

/** Marks a Prisma client (and, through its proxy, its transactions) with its connection holder. */
export function attachHolder(client: object, holder: Holder) {
  (client as Record<symbol, Holder>)[HANDLE] = holder;
}

/** The open connection behind a SQLite client or transaction, or null (PostgreSQL, or not connected yet). */
function handleOf(db: object): Database.Database | null {
  const holder = (db as Record<symbol, Holder | undefined>)[HANDLE];
  return holder?.db?.open ? holder.db : null;
}

/**
 * Runs `fn` on the connection: at once inside a transaction (a transaction client has no
 * `$transaction`), else after any transaction in progress.
 */
function onConnection<T>(db: object, fn: () => T): T | Promise<T> {
  if (!("$transaction" in db)) return fn();
  return (db as Record<symbol, Holder>)[HANDLE].lock.run(fn);
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
const MAX_CACHED = 256;

function statement(h: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(h);
  if (!cache) {
    cache = new Map();
    statements.set(h, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    const oldest = cache.keys().next();
    if (cache.size >= MAX_CACHED && !oldest.done) cache.delete(oldest.value);
    s = h.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

/** Arguments as Prisma's adapter binds them, so rows read back through Prisma look the same. */
function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

/** A constraint violation keeps the code Prisma would give it, which callers retry on. */
function translate(err: unknown): unknown {
  const code = (err as { code?: string }).code ?? "";
  if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
    return Object.assign(new Error((err as Error).message), { code: "P2002" });
  }
  return err;
}

type RawClient = {
  $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T>;
};

/** Runs a statement; on SQLite directly on Prisma's connection. Returns the rows changed. */
export async function execSql(db: RawClient, sql: string, values: unknown[]): Promise<number> {
  const h = handleOf(db);
  if (!h) return db.$executeRawUnsafe(sql, ...values);
  return onConnection(db, () => {
    try {
      return statement(h, sql).run(...values.map(bindable)).changes;
    } catch (err) {
      throw translate(err);
    }
  });
}

/** Runs a query; on SQLite directly on Prisma's connection (integers come back as bigint, as through Prisma). */
export async function querySql<T>(db: RawClient, sql: string, values: unknown[]): Promise<T[]> {
  const h = handleOf(db);
  if (!h) return db.$queryRawUnsafe<T[]>(sql, ...values);
  return onConnection(db, () => {
    try {
      return statement(h, sql).all(...values.map(bindable)) as T[];
    } catch (err) {
      throw translate(err);
    }
  });
}

/** How a column's stored SQLite value becomes the value Prisma would return. */
export type ColumnKind = "date" | "int" | "bool" | "bigint";

function fromSqlite(kind: ColumnKind, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case "int":
      return Number(v);
    case "bool":
      return Number(v) !== 0;
    case "bigint":
      return typeof v === "bigint" ? v : BigInt(v as number);
    case "date": {
      if (typeof v === "number" || typeof v === "bigint") return new Date(Number(v));
      const text = String(v);
      // CURRENT_TIMESTAMP defaults are "YYYY-MM-DD HH:MM:SS" in UTC, without a zone.
      return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(text) ? `${text.replace(" ", "T")}Z` : text);
    }
  }
}

/** A timestamp read by querySql on either database: PostgreSQL gives a Date, SQLite what it stored. */
export function sqlDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  return v instanceof Date ? v : (fromSqlite("date", v) as Date);
}

/** Rows of `SELECT *` shaped as Prisma returns its models: the listed columns converted, the rest as stored. */
export function asModel<T>(row: Record<string, unknown>, kinds: Record<string, ColumnKind>): T {
  const out: Record<string, unknown> = { ...row };
  for (const [column, kind] of Object.entries(kinds)) out[column] = fromSqlite(kind, row[column]);
  return out as T;
}

/** The connection behind a SQLite client, for callers that choose between a direct and a Prisma path. */
export const hasDirectSqlite = (db: object) => handleOf(db) !== null;
