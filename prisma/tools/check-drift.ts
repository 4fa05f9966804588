// CI guard: the provider schemas match prisma/models.prisma, and each provider's migrations
// reach exactly the current schema (no model change without a migration for both databases).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { providers, renderSchema, schemaPath } from "./generate";

const root = path.resolve(__dirname, "..", "..");
const models = readFileSync(path.join(root, "prisma", "models.prisma"), "utf8");
const problems: string[] = [];

for (const provider of providers) {
  const file = schemaPath(provider);
  if (readFileSync(file, "utf8") !== renderSchema(provider, models)) {
    problems.push(`${path.relative(root, file)} differs from prisma/models.prisma: run npm run db:generate`);
    continue;
  }
  const snapshot = path.join(path.dirname(file), "migrations", "schema.snapshot.prisma");
  if (!existsSync(snapshot)) {
    problems.push(`${provider}: no migrations`);
    continue;
  }
  const diff = execFileSync(
    process.execPath,
    [
      require.resolve("prisma/build/index.js"),
      "migrate",
      "diff",
      "--from-schema-datamodel",
      snapshot,
      "--to-schema-datamodel",
      file,
      "--script",
    ],
    {
      env: { ...process.env, RICOCHET_PRISMA_PROVIDER: provider },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  if (/\b(CREATE|ALTER|DROP)\b/i.test(diff))
    problems.push(`${provider}: the schema changed without a migration: run npm run db:migration -- <name>`);
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log("Schemas and migrations agree for sqlite and postgresql.");
