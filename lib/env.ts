// The only reader of process.env. Parsed once with zod; a bad value stops start-up with a
// message naming the variable.
import path from "node:path";
import { z } from "zod";
import { type AllowList, parseAllowList } from "./outbound/address-policy";

const onOff = z.enum(["on", "off"]);
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^(file:|postgres(ql)?:\/\/)/.test(v), "must start with file:, postgres:// or postgresql://"),
  RICOCHET_DATA_DIR: z.string().default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  RICOCHET_WORKER: onOff.default("on"),
  RICOCHET_WORKER_CONCURRENCY: positiveInt(64),
  RICOCHET_WORKER_BATCH: positiveInt(200),
  RICOCHET_WORKER_POLL_MS: positiveInt(250),
  RICOCHET_LEASE_MARGIN_MS: positiveInt(30_000),
  RICOCHET_ADMIN_EMAIL: z.email().optional(),
  RICOCHET_ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  RICOCHET_SECRET_KEY: z
    .string()
    .optional()
    .refine(
      (v) => !v || Buffer.from(v, "base64").length === 32,
      "must be 32 bytes, base64-encoded (openssl rand -base64 32)",
    ),
  RICOCHET_PREVIOUS_SECRET_KEYS: z.string().optional(),
  RICOCHET_ALLOW_PRIVATE_TARGETS: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      try {
        parseAllowList(v);
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message });
      }
    }),
  RICOCHET_SESSION_HOURS: positiveInt(12),
  RICOCHET_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  CI: z.string().optional(),
  TEST_DATABASE_URL: z.string().optional(),
  NEXT_RUNTIME: z.string().optional(),
});

export type Env = z.output<typeof envSchema> & {
  allowPrivateTargets: AllowList;
  databaseUrl: string;
  provider: "sqlite" | "postgresql";
  dataDir: string;
};

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.RICOCHET_DATA_DIR);
  const databaseUrl = env.DATABASE_URL || `file:${path.join(dataDir, "ricochet.db")}`;
  const provider = databaseUrl.startsWith("file:") ? "sqlite" : "postgresql";
  return {
    ...env,
    allowPrivateTargets: parseAllowList(env.RICOCHET_ALLOW_PRIVATE_TARGETS),
    databaseUrl,
    provider,
    dataDir,
  };
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Adds values computed at start-up (generated local secrets, NEXTAUTH_URL) for this process and its children. */
export function applyRuntimeEnv(values: Record<string, string>) {
  for (const [k, v] of Object.entries(values)) process.env[k] = v;
  cached = undefined;
}

/** The environment to hand to a child process (next start, next build). */
export function childProcessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}
