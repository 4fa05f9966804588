// Applies the migrations in prisma/<sqlite|postgres>/migrations, recording them in
// _prisma_migrations the way `prisma migrate deploy` does, so the Prisma CLI can take over.
// Our own runner because Prisma's needs a native engine this project cannot download.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, sqliteFilePath } from "./client";

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

// Any number outside Ricochet's own use: serialises concurrent start-ups on one PostgreSQL.
const PG_MIGRATION_LOCK = 727_069_001;

const ledgerDdl = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMP,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMP,
  "started_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

function migrationsDir(url: string, root = process.cwd()): string {
  return path.join(root, "prisma", providerOf(url) === "sqlite" ? "sqlite" : "postgres", "migrations");
}

function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function checkApplied(applied: Map<string, string>, migrations: Migration[]) {
  for (const m of migrations) {
    const sum = applied.get(m.name);
    if (sum && sum !== m.checksum) throw new Error(`Migration ${m.name} was changed after it was applied`);
  }
}

async function migrateSqlite(url: string, migrations: Migration[]): Promise<string[]> {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 15_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(ledgerDdl);
    const done: string[] = [];
    // IMMEDIATE takes the write lock up front, so two processes starting together apply each migration once.
    const applyAll = db.transaction(() => {
      const rows = db
        .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)
        .all() as { migration_name: string; checksum: string }[];
      const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      checkApplied(applied, migrations);
      for (const m of migrations) {
        if (applied.has(m.name)) continue;
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, CURRENT_TIMESTAMP, ?, 1)`,
        ).run(randomUUID(), m.checksum, m.name);
        done.push(m.name);
      }
    });
    applyAll.immediate();
    return done;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_MIGRATION_LOCK]);
    await client.query(ledgerDdl);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    checkApplied(applied, migrations);
    const done: string[] = [];
    for (const m of migrations) {
      if (applied.has(m.name)) continue;
      // One query call per script: pg runs it as a simple multi-statement query inside our transaction.
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(e as Error).message}`);
      }
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

/** Applies pending migrations; returns the names applied now. Safe to call from several processes at once. */
export async function migrateDatabase(url: string, root = process.cwd()): Promise<string[]> {
  const migrations = loadMigrations(migrationsDir(url, root));
  return providerOf(url) === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}
