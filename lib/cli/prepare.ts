import "server-only";
import { applyRuntimeEnv, getEnv } from "../env";
import { createDb, type Db } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { resolveRuntimeSecrets } from "./runtime-secrets";

/** Everything a process does before serving or working: config, keys, migrations, first admin. */
export async function prepareRuntime(opts: { createAdmin: boolean }): Promise<{ db: Db; applied: string[] }> {
  const env = getEnv();
  applyRuntimeEnv(resolveRuntimeSecrets(env));
  const applied = await migrateDatabase(env.databaseUrl);
  const db = createDb(env.databaseUrl);
  (globalThis as { ricochetDb?: Db }).ricochetDb = db;
  if (opts.createAdmin) {
    const { ensureFirstAdmin } = await import("../users/first-admin");
    const message = await ensureFirstAdmin(db, getEnv());
    if (message) console.log(`\n${"=".repeat(72)}\n${message}\n${"=".repeat(72)}\n`);
  }
  return { db, applied };
}
