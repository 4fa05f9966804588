// The worker's direct SQLite read of claimed deliveries returns exactly what Prisma's findMany does.
import { describe, expect, it } from "vitest";
import { claimDueDeliveries } from "@/lib/worker/claim";
import { fetchClaimed } from "@/lib/worker/fetch-claimed";
import { useEngineSuite } from "../fixtures/engine";
import { testProviders } from "../fixtures/test-db";

const providers = await testProviders();

describe.each(providers)("claimed deliveries on %s", (provider) => {
  const s = useEngineSuite(provider);

  it("come back with their events as Prisma models, oldest due first", async () => {
    const { t, e, rx } = s;
    await e.createNetwork({
      name: "Acme",
      slug: "acme",
      postback: { method: "GET", url: `${rx.url}/pb?c={click_id}&r={revenue}` },
      rules: [{ eventName: "install" }, { eventName: "purchase", sendRevenue: true }],
      acceptanceWindowHours: 48,
    });
    const now = Date.now();
    const accepted = await e.ingest([
      {
        id: "full",
        name: "purchase",
        occurredAt: new Date(now - 60_000).toISOString(),
        network: "acme",
        clickId: "k1",
        clickAt: new Date(now - 3600_000).toISOString(),
        installAt: new Date(now - 1800_000).toISOString(),
        revenue: "1234567.891011",
        currency: "EUR",
        campaignId: "c",
        country: "DE",
        gaid: "g",
        properties: { tier: "gold" },
      },
      { id: "bare", name: "install", occurredAt: new Date(now - 30_000).toISOString(), network: "acme" },
      { id: "organic", name: "install", occurredAt: new Date(now).toISOString() },
    ]);
    expect(accepted.results.map((r) => r.status)).toEqual(["accepted", "accepted", "accepted"]);
    await t.db.delivery.updateMany({
      where: { event: { externalId: "bare" } },
      data: { attempts: 2, lastStatusCode: 503, lastLatencyMs: 120, firstAttemptAt: new Date(now - 10_000) },
    });
    const ids = await claimDueDeliveries(t.db, provider, {
      networkId: (await t.db.network.findFirstOrThrow()).id,
      limit: 10,
      workerId: "w",
      leaseMs: 60_000,
      now: new Date(now + 1000),
    });
    expect(ids).toHaveLength(2);

    const direct = await fetchClaimed(t.db, ids);
    const prisma = await t.db.delivery.findMany({
      where: { id: { in: ids } },
      include: { event: true },
      orderBy: { nextAttemptAt: "asc" },
    });
    expect(direct).toEqual(prisma);
    expect(direct.map((d) => d.event.externalId).sort()).toEqual(["bare", "full"]);
    const full = direct.find((d) => d.event.externalId === "full")!;
    expect(full.revenueMicros).toBe(1_234_567_891_011n);
    expect(full.event.clickAt).toBeInstanceOf(Date);
    expect(full.sendRevenue).toBe(true);
    expect(direct.find((d) => d.event.externalId === "bare")!.attempts).toBe(2);
  });
});
