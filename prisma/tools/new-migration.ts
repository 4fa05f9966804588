// npm run db:migration -- <name>
// Writes a migration for SQLite and one for PostgreSQL from the change between each provider's
// last migrated schema (migrations/schema.snapshot.prisma) and the current generated schema.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { providers, schemaPath } from "./generate";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

for (const provider of providers) {
  const schema = schemaPath(provider);
  const migrations = path.join(path.dirname(schema), "migrations");
  const snapshot = path.join(migrations, "schema.snapshot.prisma");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(
    process.execPath,
    [require.resolve("prisma/build/index.js"), "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
    {
      env: { ...process.env, RICOCHET_PRISMA_PROVIDER: provider },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/i.test(sql)) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const dir = path.join(migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(snapshot, readFileSync(schema, "utf8"));
  if (!existsSync(path.join(migrations, "migration_lock.toml"))) {
    writeFileSync(path.join(migrations, "migration_lock.toml"), `provider = "${provider}"\n`);
  }
  console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}`);
}
