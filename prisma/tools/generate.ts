// Writes the two provider schemas from prisma/models.prisma and generates both Prisma clients.
// `--check` only verifies the written schemas match (CI fails on drift).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const providers = ["sqlite", "postgresql"] as const;
export type Provider = (typeof providers)[number];

const root = path.resolve(__dirname, "..", "..");
export const schemaPath = (p: Provider) =>
  path.join(root, "prisma", p === "sqlite" ? "sqlite" : "postgres", "schema.prisma");

export function renderSchema(provider: Provider, models: string): string {
  const dir = provider === "sqlite" ? "sqlite" : "postgres";
  return `// GENERATED from prisma/models.prisma by prisma/tools/generate.ts. Do not edit.
generator client {
  provider        = "prisma-client"
  output          = "../../lib/db/generated/${dir}"
  engineType      = "client"
  runtime         = "nodejs"
  moduleFormat    = "esm"
}

datasource db {
  provider = "${provider}"
  // Placeholder: the real connection comes from a driver adapter at run time (lib/db).
  url      = "${provider === "sqlite" ? "file:./placeholder.db" : "postgresql://placeholder@localhost/placeholder"}"
}

${models}`;
}

function main() {
  const models = readFileSync(path.join(root, "prisma", "models.prisma"), "utf8");
  const check = process.argv.includes("--check");
  let drift = false;
  for (const p of providers) {
    const want = renderSchema(p, models);
    const file = schemaPath(p);
    let have = "";
    try {
      have = readFileSync(file, "utf8");
    } catch {}
    if (check) {
      if (have !== want) {
        console.error(`${path.relative(root, file)} is out of date: run npm run db:generate`);
        drift = true;
      }
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    if (have !== want) writeFileSync(file, want);
    execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate", "--schema", file], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", RICOCHET_PRISMA_PROVIDER: p },
    });
  }
  if (drift) process.exit(1);
}

if (require.main === module) main();
