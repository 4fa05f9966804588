import "server-only";
import type { Db } from "../db";
import { notFound } from "../http/errors";
import { serializeNetwork } from "./serialize";

const withConfig = { secrets: true, rules: true } as const;

export async function listNetworks(db: Db) {
  const rows = await db.network.findMany({ include: withConfig, orderBy: { name: "asc" } });
  return rows.map(serializeNetwork);
}

/** By id or slug: the API accepts either. */
export async function getNetwork(db: Db, idOrSlug: string) {
  const row = await db.network.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, include: withConfig });
  if (!row) throw notFound("Network");
  return serializeNetwork(row);
}
