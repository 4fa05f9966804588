import type { ParseArgsConfig } from "node:util";
import { prepareRuntime } from "./prepare";

type Values = Record<string, string | boolean | undefined>;
interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(values: Values): Promise<void>;
}

class UsageError extends Error {
  name = "UsageError";
}

const str = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

export const commands: Record<string, Command> = {
  start: {
    summary: "Migrate, build if needed, and serve the dashboard with the worker inside (npm start)",
    usage: "npm start  (PORT, DATABASE_URL, RICOCHET_WORKER=off ... see README)",
    options: {},
    async run() {
      const { serve } = await import("./serve");
      await serve("production");
    },
  },
  dev: {
    summary: "Development server with hot reload (npm run dev)",
    usage: "npm run dev",
    options: {},
    async run() {
      const { serve } = await import("./serve");
      await serve("development");
    },
  },
  migrate: {
    summary: "Apply pending database migrations",
    usage: "npm run ricochet -- migrate",
    options: {},
    async run() {
      const { applied } = await prepareRuntime({ createAdmin: false });
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
    },
  },
  worker: {
    summary: "Run a postback worker process (scale out on PostgreSQL)",
    usage: "npm run worker  (or npm run ricochet -- worker)",
    options: {},
    async run() {
      await prepareRuntime({ createAdmin: false });
      const { runStandaloneWorker } = await import("../worker/standalone");
      await runStandaloneWorker();
    },
  },
  "user:create": {
    summary: "Create a user: --email --role admin|marketer|analyst [--password] [--name]",
    usage:
      "npm run ricochet -- user:create --email ana@example.com --role analyst [--password <10+ chars>] [--name 'Ana']",
    options: {
      email: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
    },
    async run(v) {
      const { db } = await prepareRuntime({ createAdmin: false });
      const { createUser } = await import("../users/mutations");
      const { user, generatedPassword } = await createUser(
        db,
        { type: "system", label: "cli" },
        {
          email: str(v.email) ?? "",
          role: (str(v.role) ?? "") as "admin",
          password: str(v.password),
          name: str(v.name),
        },
      );
      console.log(
        `Created ${user.role} ${user.email}${generatedPassword ? `\nPassword (shown once): ${generatedPassword}` : ""}`,
      );
    },
  },
  "apikey:create": {
    summary: "Create an API key: --name and --role <role> or --scope ingest [--sender]",
    usage:
      "npm run ricochet -- apikey:create --name 'AppsFlyer' --scope ingest [--sender appsflyer]\n" +
      "npm run ricochet -- apikey:create --name 'BI export' --role analyst",
    options: {
      name: { type: "string" },
      role: { type: "string" },
      scope: { type: "string" },
      sender: { type: "string" },
    },
    async run(v) {
      if (!!v.role === !!v.scope)
        throw new UsageError("Give exactly one of --role <admin|marketer|analyst> or --scope ingest");
      if (v.scope && v.scope !== "ingest") throw new UsageError("--scope must be ingest");
      const { db } = await prepareRuntime({ createAdmin: false });
      const { createApiKey } = await import("../api-keys/mutations");
      const { apiKey, key } = await createApiKey(
        db,
        { type: "system", label: "cli" },
        {
          name: str(v.name) ?? "",
          access: (str(v.role) ?? "ingest") as "ingest",
          sender: str(v.sender),
        },
      );
      console.error(
        `Created ${apiKey.access} key "${apiKey.name}" (sender ${apiKey.sender}). Store it now: it is not shown again.`,
      );
      console.log(key);
    },
  },
  "secrets:reencrypt": {
    summary: "Re-encrypt every stored network secret under the current RICOCHET_SECRET_KEY",
    usage: "RICOCHET_PREVIOUS_SECRET_KEYS=<old key> npm run ricochet -- secrets:reencrypt",
    options: {},
    async run() {
      const { db } = await prepareRuntime({ createAdmin: false });
      const { reencryptAllSecrets } = await import("../secrets/reencrypt");
      const n = await reencryptAllSecrets(db);
      console.log(`Re-encrypted ${n} secret(s).`);
    },
  },
};
