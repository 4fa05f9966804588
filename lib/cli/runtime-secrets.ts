// With the embedded SQLite database, Ricochet generates its session and encryption keys on first
// start and keeps them beside the database, so a fresh machine needs no configuration. On
// PostgreSQL several machines must share them, so they must be configured explicitly.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "../env";

interface LocalSecrets {
  NEXTAUTH_SECRET: string;
  RICOCHET_SECRET_KEY: string;
}

export function resolveRuntimeSecrets(env: Env): Record<string, string> {
  const missing = (["NEXTAUTH_SECRET", "RICOCHET_SECRET_KEY"] as const).filter((k) => !env[k]);
  if (missing.length === 0) return {};
  if (env.provider === "postgresql") {
    throw new Error(
      `${missing.join(" and ")} must be set when DATABASE_URL is PostgreSQL, the same on every web and worker process ` +
        "(generate each with: openssl rand -base64 32)",
    );
  }
  const file = path.join(env.dataDir, "secrets.json");
  let stored: LocalSecrets;
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  } else {
    mkdirSync(env.dataDir, { recursive: true });
    stored = {
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      RICOCHET_SECRET_KEY: randomBytes(32).toString("base64"),
    };
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(missing.map((k) => [k, stored[k]]));
}
