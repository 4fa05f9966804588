// Networks report under their own event names (the partner names Ricochet sends them): an import
// reads those as Ricochet's events, says so, and refuses names that are ambiguous or collide.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importNetworkReport, listNetworkReports } from "@/lib/reconciliation/network-reports";
import { reconcile } from "@/lib/reconciliation/reconcile";
import { reconciliationQuerySchema } from "@/lib/reconciliation/schemas";
import { engine, system } from "../fixtures/engine";
import { createTestDb, resetDb, type TestDb, testProviders } from "../fixtures/test-db";

const providers = await testProviders();
const HEADER = "date,network,event,count\n";

describe.each(providers)("network report event names on %s", (provider) => {
  let t: TestDb;
  const load = (body: string, dryRun = false) => importNetworkReport(t.db, provider, system, HEADER + body, { dryRun });

  beforeAll(async () => {
    t = await createTestDb(provider);
    await resetDb(t.db);
    const e = engine(t.db, provider);
    await e.createNetwork({
      name: "Acme",
      slug: "acme",
      status: "paused",
      postback: { method: "GET", url: "http://127.0.0.1:9/a?e={partner_event_name}" },
      rules: [
        { eventName: "install", partnerEventName: "app_install" },
        { eventName: "purchase", partnerEventName: "af_purchase" },
        { eventName: "first_purchase", partnerEventName: "af_purchase" },
        { eventName: "registration" },
      ],
    });
    await e.createNetwork({
      name: "Beta",
      slug: "beta",
      status: "paused",
      postback: { method: "GET", url: "http://127.0.0.1:9/b" },
      rules: [{ eventName: "install" }],
    });
    await e.ingest(
      Array.from({ length: 12 }, (_, i) => ({
        id: `i-${i}`,
        name: "install",
        network: "acme",
        clickId: `c-${i}`,
        occurredAt: "2026-03-01T10:00:00Z",
      })),
    );
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("reads a partner name as the one event it stands for, and names the ambiguous ones", async () => {
    const r = await load(
      "2026-03-01,acme,app_install,10\n2026-03-01,acme,registration,3\n2026-03-01,acme,af_purchase,2\n2026-03-01,beta,app_install,4\n",
      true,
    );
    expect(r.errors).toEqual([
      {
        line: 4,
        field: "event",
        message: '"af_purchase" is what acme calls several events (first_purchase, purchase); use one of these names',
      },
    ]);
    // Only acme's rules rename: beta never sends app_install, so its line is kept as written.
    expect(r.renamed).toEqual([{ network: "acme", from: "app_install", to: "install", lines: 1 }]);
    expect(r.rows.map((x) => `${x.network}:${x.event}`)).toEqual([
      "acme:install",
      "acme:registration",
      "beta:app_install",
    ]);
    expect(r.written).toBe(false);
  });

  it("refuses a line that, renamed, repeats another", async () => {
    const r = await load("2026-03-01,acme,install,10\n2026-03-01,acme,app_install,10\n", true);
    expect(r.errors).toEqual([
      { line: 3, field: "event", message: "repeats line 2 once acme's event names are read as Ricochet's (install)" },
    ]);
  });

  it("imports under Ricochet's names, so the report lines up with what was attributed", async () => {
    const r = await load("2026-03-01,acme,app_install,10\n2026-03-01,acme,registration,3\n");
    expect(r).toMatchObject({ written: true, imported: 2, errors: [] });
    expect((await listNetworkReports(t.db, { network: "acme" })).map((x) => `${x.event}=${x.count}`)).toEqual([
      "install=10",
      "registration=3",
    ]);
    const report = await reconcile(
      t.db,
      provider,
      reconciliationQuerySchema.parse({ from: "2026-03-01", to: "2026-03-01", network: "acme" }),
    );
    expect(report.rows.find((x) => x.event === "install")).toMatchObject({ attributed: 12, reported: 10 });
  });
});
