import "server-only";
import type { Db } from "../db/client";
import type { FxRateRow } from "../money";
import type { NetworkConfig } from "../rules";
import { serializeRule } from "./serialize";

/** Everything rule evaluation needs, loaded in two queries. */
export async function loadRoutingConfig(
  db: Pick<Db, "network" | "fxRate">,
): Promise<{ networks: NetworkConfig[]; rates: FxRateRow[] }> {
  const [rows, rates] = await Promise.all([
    // Deleted networks get no new deliveries.
    db.network.findMany({ where: { archivedAt: null }, include: { rules: true } }),
    db.fxRate.findMany({ select: { currency: true, quote: true, rate: true } }),
  ]);
  const networks = rows.map((n) => ({
    id: n.id,
    slug: n.slug,
    name: n.name,
    status: n.status as NetworkConfig["status"],
    scope: n.scope as NetworkConfig["scope"],
    acceptanceWindowHours: n.acceptanceWindowHours,
    rules: n.rules.map(serializeRule),
  }));
  return { networks, rates };
}
