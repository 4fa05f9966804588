// Deleting a network keeps what a billing dispute needs: its deliveries, attempts and
// reconciliation history stay, postbacks still waiting are skipped, and it can be restored.
import { describe, expect, it } from "vitest";
import { deleteNetwork, restoreNetwork, updateNetwork } from "@/lib/networks/mutations";
import { listNetworks } from "@/lib/networks/queries";
import { reconcile } from "@/lib/reconciliation/reconcile";
import { buildDailyTotals } from "@/lib/reconciliation/reporting-zones";
import { reconciliationQuerySchema } from "@/lib/reconciliation/schemas";
import { event, system, useEngineSuite } from "../fixtures/engine";
import { testProviders, waitUntil } from "../fixtures/test-db";

const providers = await testProviders();

describe.each(providers)("deleting a network on %s", (provider) => {
  const s = useEngineSuite(provider);

  it("skips what was waiting, keeps the history in reconciliation, and restores paused", async () => {
    const { t, e, rx } = s;
    await buildDailyTotals(t.db, provider, "UTC");
    const network = await e.createNetwork({
      name: "Acme",
      slug: "acme",
      postback: { method: "GET", url: `${rx.url}/pb?c={click_id}` },
      rules: [{ eventName: "install" }],
    });
    const day = new Date().toISOString().slice(0, 10);
    await e.ingest([event({ clickId: "sent-1" }), event({ clickId: "sent-2" })]);
    e.startWorker();
    await waitUntil(
      async () => (await t.db.delivery.count({ where: { status: "delivered" } })) === 2 || undefined,
      15_000,
      "two deliveries",
    );
    await e.stopWorkers();
    await updateNetwork(t.db, system, "acme", { status: "paused" }, true);
    await e.ingest([event({ clickId: "held-1" }), event({ clickId: "held-2" }), event({ clickId: "held-3" })]);

    await deleteNetwork(t.db, provider, system, "acme");
    const statuses = await t.db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((x) => [x.status, x._count._all]))).toEqual({ delivered: 2, skipped: 3 });
    expect((await t.db.delivery.findFirstOrThrow({ where: { status: "skipped" } })).reason).toBe(
      "network deleted before the postback was sent",
    );
    expect(await t.db.deliveryAttempt.count()).toBe(2);
    expect((await listNetworks(t.db)).map((n) => n.slug)).toEqual([]);
    expect((await listNetworks(t.db, { archived: true })).map((n) => n.slug)).toEqual(["acme"]);

    // Events that still name it are stored and counted as attributed, but get no delivery.
    const late = await e.ingest([event({ clickId: "after-delete" })]);
    expect(late.accepted).toBe(1);
    expect(await t.db.delivery.count()).toBe(5);

    for (const tz of ["UTC", "Europe/Paris"]) {
      const r = await reconcile(
        t.db,
        provider,
        reconciliationQuerySchema.parse({ from: day, to: day, tz, network: "acme" }),
      );
      expect(r.source).toBe(tz === "UTC" ? "daily_totals" : "quarter_hour_buckets");
      expect(r.byNetwork).toEqual([
        expect.objectContaining({
          network: "acme",
          configured: true,
          deleted: true,
          attributed: 6,
          delivered: 2,
          skipped: 3,
          pending: 0,
          discrepancy: 4,
        }),
      ]);
    }

    // The slug stays with the deleted network; its status waits for a restore.
    await expect(
      e.createNetwork({ name: "Acme 2", slug: "acme", postback: { method: "GET", url: `${rx.url}/pb` }, rules: [] }),
    ).rejects.toMatchObject({ status: 409, fields: { slug: [expect.stringContaining("deleted network")] } });
    await expect(updateNetwork(t.db, system, "acme", { status: "active" }, true)).rejects.toMatchObject({
      status: 409,
      fields: { status: ["restore the network first"] },
    });

    const restored = await restoreNetwork(t.db, system, network.id);
    expect(restored).toMatchObject({ archivedAt: null, status: "paused" });
    expect((await listNetworks(t.db)).map((n) => n.slug)).toEqual(["acme"]);
    await e.ingest([event({ clickId: "after-restore" })]);
    expect(await t.db.delivery.count({ where: { status: "pending" } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: { in: ["network.delete", "network.restore"] } } })).toBe(2);
  });
});
