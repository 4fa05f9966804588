import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/db/migrate";
import { createTestDb, testProviders } from "../fixtures/test-db";

const providers = await testProviders();

describe.each(providers)("migrations on %s", (provider) => {
  it("apply once, record themselves like prisma migrate deploy, and are idempotent", async () => {
    const t = await createTestDb(provider);
    try {
      expect(await migrateDatabase(t.url)).toEqual([]);
      const rows = await t.db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
        `SELECT migration_name, finished_at FROM "_prisma_migrations"`,
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      expect(await t.db.network.count()).toBe(0);
    } finally {
      await t.cleanup();
    }
  });

  it("refuse to run when an applied migration was edited", async () => {
    const t = await createTestDb(provider);
    const root = mkdtempSync(path.join(os.tmpdir(), "ricochet-mig-"));
    const dir = provider === "sqlite" ? "sqlite" : "postgres";
    try {
      mkdirSync(path.join(root, "prisma"), { recursive: true });
      cpSync(path.resolve("prisma", dir, "migrations"), path.join(root, "prisma", dir, "migrations"), {
        recursive: true,
      });
      const first = (await import("node:fs"))
        .readdirSync(path.join(root, "prisma", dir, "migrations"))
        .find((n) => /^\d/.test(n))!;
      writeFileSync(path.join(root, "prisma", dir, "migrations", first, "migration.sql"), "-- edited\n");
      await expect(migrateDatabase(t.url, root)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await t.cleanup();
    }
  });
});
