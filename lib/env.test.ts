import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to an embedded SQLite file under ./data", () => {
    const env = parseEnv({});
    expect(env.provider).toBe("sqlite");
    expect(env.databaseUrl).toBe(`file:${path.resolve("data", "ricochet.db")}`);
    expect(env.PORT).toBe(3000);
    expect(env.RICOCHET_WORKER).toBe("on");
  });
  it("moves the data folder with RICOCHET_DATA_DIR and picks PostgreSQL from the URL", () => {
    expect(parseEnv({ RICOCHET_DATA_DIR: "/srv/r" }).databaseUrl).toBe("file:/srv/r/ricochet.db");
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).provider).toBe("postgresql");
  });
  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with file:/);
    expect(() => parseEnv({ RICOCHET_WORKER: "maybe" })).toThrow(/RICOCHET_WORKER/);
    expect(() => parseEnv({ RICOCHET_ALLOW_PRIVATE_TARGETS: "10.0.0/8" })).toThrow(/RICOCHET_ALLOW_PRIVATE_TARGETS/);
    expect(() => parseEnv({ RICOCHET_SECRET_KEY: "c2hvcnQ=" })).toThrow(/RICOCHET_SECRET_KEY: must be 32 bytes/);
  });
});
