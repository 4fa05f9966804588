import "server-only";
import { createDb, type Db, providerOf } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { applyRuntimeEnv, getEnv } from "../env";
import { resolveRuntimeSecrets } from "./runtime-secrets";

/** Everything a process does before serving or working: config, keys, migrations, first admin. */
export async function prepareRuntime(opts: { createAdmin: boolean }): Promise<{ db: Db; applied: string[] }> {
  const env = getEnv();
  applyRuntimeEnv(resolveRuntimeSecrets(env));
  const applied = await migrateDatabase(env.databaseUrl);
  const db = createDb(env.databaseUrl);
  (globalThis as { ricochetDb?: Db }).ricochetDb = db;
  // A zone a migration added (UTC on every install) gets its daily totals before anyone reads them.
  const { buildPendingZones } = await import("../reconciliation/reporting-zones");
  await buildPendingZones(db, providerOf(env.databaseUrl));
  if (opts.createAdmin) {
    const { ensureFirstAdmin } = await import("../users/first-admin");
    const message = await ensureFirstAdmin(db, getEnv());
    if (message) console.log(`\n${"=".repeat(72)}\n${message}\n${"=".repeat(72)}\n`);
  }
  return { db, applied };
}
