import "server-only";
import type { Db } from "../db";
import { notFound } from "../errors";
import { serializeNetwork } from "./serialize";

const withConfig = { secrets: true, rules: true } as const;

/** Live networks, or with `archived` the deleted ones whose history is kept. */
export async function listNetworks(db: Db, opts: { archived?: boolean } = {}) {
  const rows = await db.network.findMany({
    where: { archivedAt: opts.archived ? { not: null } : null },
    include: withConfig,
    orderBy: { name: "asc" },
  });
  return rows.map(serializeNetwork);
}

export const countDeletedNetworks = (db: Db) => db.network.count({ where: { archivedAt: { not: null } } });

/** By id or slug: the API accepts either. */
export async function getNetwork(db: Db, idOrSlug: string) {
  const row = await db.network.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    include: withConfig,
  });
  if (!row) throw notFound("Network");
  return serializeNetwork(row);
}
