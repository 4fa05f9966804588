import "server-only";
import type { Db } from "../db/client";
import type { AlertListQuery } from "./schemas";

export interface AlertOutput {
  id: string;
  kind: string;
  severity: string;
  message: string;
  network: string | null;
  networkName: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  notifiedAt: Date | null;
}

/** Open alerts first (newest first), then resolved ones. */
export async function listAlerts(db: Db, q: AlertListQuery): Promise<{ alerts: AlertOutput[]; open: number }> {
  let networkId: string | undefined;
  if (q.network)
    networkId = (await db.network.findUnique({ where: { slug: q.network }, select: { id: true } }))?.id ?? "(none)";
  const where = {
    ...(networkId ? { networkId } : {}),
    ...(q.state === "open" ? { resolvedAt: null } : q.state === "resolved" ? { resolvedAt: { not: null } } : {}),
  };
  const [openRows, closedRows, open] = await Promise.all([
    q.state === "resolved"
      ? []
      : db.alert.findMany({ where: { ...where, resolvedAt: null }, orderBy: { createdAt: "desc" }, take: q.limit }),
    q.state === "open"
      ? []
      : db.alert.findMany({
          where: { ...where, resolvedAt: { not: null } },
          orderBy: { createdAt: "desc" },
          take: q.limit,
        }),
    db.alert.count({ where: { resolvedAt: null } }),
  ]);
  const rows = [...openRows, ...closedRows].slice(0, q.limit);
  const ids = [...new Set(rows.map((r) => r.networkId).filter((id): id is string => !!id))];
  const networks = ids.length
    ? await db.network.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })
    : [];
  const byId = new Map(networks.map((n) => [n.id, n]));
  return {
    open,
    alerts: rows.map((a) => ({
      id: a.id,
      kind: a.kind,
      severity: a.severity,
      message: a.message,
      network: a.networkId ? (byId.get(a.networkId)?.slug ?? null) : null,
      networkName: a.networkId ? (byId.get(a.networkId)?.name ?? null) : null,
      createdAt: a.createdAt,
      resolvedAt: a.resolvedAt,
      notifiedAt: a.notifiedAt,
    })),
  };
}
