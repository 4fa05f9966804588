// The Prisma client for whichever database DATABASE_URL names. Both generated clients come from
// the same models, so the SQLite client's type stands for both.
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { attachHolder, sqliteAdapter } from "./sqlite-direct";

export type Db = SqliteClient;
export type DbProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DbProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

export function sqliteFilePath(url: string): string {
  return path.resolve(url.slice("file:".length));
}

export function createDb(url: string): Db {
  if (providerOf(url) === "sqlite") {
    mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    // WAL lets the dashboard read while the worker writes; busy_timeout waits out short locks.
    const { factory, holder } = sqliteAdapter(sqliteFilePath(url), 10_000);
    const client = new SqliteClient({ adapter: factory });
    attachHolder(client, holder);
    return client;
  }
  const adapter = new PrismaPg({ connectionString: url, max: 10, idleTimeoutMillis: 10_000 });
  return new PostgresClient({ adapter }) as unknown as Db;
}
