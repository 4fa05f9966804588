import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { childProcessEnv, getEnv } from "../env";
import { prepareRuntime } from "./prepare";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const sourceDirs = ["app", "components", "lib", "public"];

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** A build is stale when any source file changed after it, e.g. after `git pull`. */
function buildIsCurrent(): boolean {
  const marker = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(marker)) return false;
  const built = statSync(marker).mtimeMs;
  const configs = ["next.config.js", "package-lock.json"].map((f) => path.join(root, f)).filter(existsSync);
  const newest = Math.max(
    ...sourceDirs
      .map((d) => path.join(root, d))
      .filter(existsSync)
      .map(newestSourceMtime),
    ...configs.map((f) => statSync(f).mtimeMs),
  );
  return newest <= built;
}

const LOCK_STALE_MS = 10 * 60_000;

/** Two servers starting at once in one checkout must not build into the same .next folder together. */
async function withBuildLock(build: () => number): Promise<number> {
  const lock = path.join(root, ".next-build.lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS)
        rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function serve(mode: "production" | "development") {
  await prepareRuntime({ createAdmin: true });
  const env = getEnv();
  const childEnv = childProcessEnv({ NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}` });
  if (mode === "production") {
    const status = await withBuildLock(() => {
      if (buildIsCurrent()) return 0;
      console.log("Building the dashboard (first start or sources changed; about half a minute)...");
      return (
        spawnSync(process.execPath, [nextBin, "build"], {
          stdio: "inherit",
          env: { ...childEnv, NODE_ENV: "production" },
        }).status ?? 1
      );
    });
    if (status !== 0) process.exit(status);
  }
  const args = mode === "production" ? ["start", "-p", String(env.PORT)] : ["dev", "-p", String(env.PORT)];
  const child = spawn(process.execPath, [nextBin, ...args], {
    stdio: "inherit",
    env: { ...childEnv, NODE_ENV: mode },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
