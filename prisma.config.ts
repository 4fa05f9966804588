// Prisma CLI configuration. Ricochet keeps one schema per database (generated from
// prisma/models.prisma); RICOCHET_PRISMA_PROVIDER picks which one the CLI works on.
// engine "js" uses the WASM schema engine bundled with the CLI, so nothing is downloaded.
import os from "node:os";
import path from "node:path";
import { defineConfig } from "prisma/config";

const provider = process.env.RICOCHET_PRISMA_PROVIDER === "postgresql" ? "postgres" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  async adapter() {
    if (provider === "postgres") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({
        connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
        idleTimeoutMillis: 100,
      });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    // The CLI only diffs schemas here; a scratch file keeps it off the real database.
    return new PrismaBetterSQLite3({ url: `file:${path.join(os.tmpdir(), "ricochet-prisma-cli.db")}` });
  },
});
