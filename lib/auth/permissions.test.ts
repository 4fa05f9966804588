import { describe, expect, it } from "vitest";
import { can, permissions } from "./permissions";

describe("permissions", () => {
  it("gives admins everything", () => {
    for (const p of permissions) expect(can("admin", p)).toBe(true);
  });
  it("lets marketers configure and replay but not manage access", () => {
    expect(can("marketer", "networks:write")).toBe(true);
    expect(can("marketer", "deliveries:replay")).toBe(true);
    for (const p of ["users:manage", "apikeys:manage", "secrets:rotate", "audit:read", "settings:manage"] as const)
      expect(can("marketer", p)).toBe(false);
  });
  it("keeps analysts read-only", () => {
    expect(can("analyst", "reconciliation:read")).toBe(true);
    for (const p of ["networks:write", "networks:test", "deliveries:replay", "events:ingest", "users:manage"] as const)
      expect(can("analyst", p)).toBe(false);
  });
  it("lets an ingest key only ingest", () => {
    expect(permissions.filter((p) => can("ingest", p))).toEqual(["events:ingest"]);
  });
  it("denies by default", () => {
    expect(can(null, "networks:read")).toBe(false);
    expect(can("nobody" as never, "networks:read")).toBe(false);
  });
});
