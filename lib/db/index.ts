import "server-only";
import { getEnv } from "../env";
import { createDb, type Db } from "./client";

export type { Db } from "./client";

// One client per process; kept on globalThis so Next's dev reloads do not open new pools.
const globalForDb = globalThis as unknown as { ricochetDb?: Db };

export function getDb(): Db {
  globalForDb.ricochetDb ??= createDb(getEnv().databaseUrl);
  return globalForDb.ricochetDb;
}

export const dbProvider = () => getEnv().provider;
