// The one place that decides who may do what. Anything not listed is denied.
export const roles = ["admin", "marketer", "analyst"] as const;
export type Role = (typeof roles)[number];
/** What a session or API key acts as: a role, or the ingest-only scope of an MMP key. */
export type Access = Role | "ingest";
export const accessLevels = [...roles, "ingest"] as const;

export const permissions = [
  "events:ingest",
  "events:read",
  "networks:read",
  "networks:write",
  "networks:test",
  "deliveries:read",
  "deliveries:replay",
  "reconciliation:read",
  "reports:import",
  "monitoring:read",
  "settings:manage",
  "users:manage",
  "apikeys:manage",
  "secrets:rotate",
  "audit:read",
] as const;
export type Permission = (typeof permissions)[number];

const read: Permission[] = [
  "events:read",
  "networks:read",
  "deliveries:read",
  "reconciliation:read",
  "monitoring:read",
];

const grants: Record<Access, ReadonlySet<Permission>> = {
  admin: new Set(permissions),
  marketer: new Set([
    ...read,
    "networks:write",
    "networks:test",
    "deliveries:replay",
    "reports:import",
    "events:ingest",
  ]),
  analyst: new Set([...read, "reports:import"]),
  ingest: new Set(["events:ingest"]),
};

export function can(access: Access | null | undefined, permission: Permission): boolean {
  return !!access && (grants[access]?.has(permission) ?? false);
}

export const roleLabels: Record<Access, string> = {
  admin: "Admin",
  marketer: "Marketer",
  analyst: "Analyst",
  ingest: "Ingest only",
};
