// The events list's `organic` filter: organic events are the ones the MMP attributed to no network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/events/route";
import { apiKeyWithRole, callRoute, serveRoutesFrom } from "../fixtures/call-route";
import { engine } from "../fixtures/engine";
import { createTestDb, resetDb, type TestDb, testProviders } from "../fixtures/test-db";

const providers = await testProviders();

describe.each(providers)("events organic filter on %s", (provider) => {
  let t: TestDb;
  let key: string;
  const ids = async (query: string) => {
    const res = await callRoute(GET, `/api/v1/events${query}`, key);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.events as { externalId: string }[]).map((e) => e.externalId).sort();
  };

  beforeAll(async () => {
    t = await createTestDb(provider);
    await resetDb(t.db);
    const e = engine(t.db, provider);
    await e.createNetwork({
      name: "Acme",
      slug: "acme",
      postback: { method: "GET", url: "http://127.0.0.1:9/pb?c={click_id}" },
      rules: [{ eventName: "install" }],
    });
    const occurredAt = "2026-11-12T10:00:00Z";
    await e.ingest([
      { id: "acme-1", name: "install", occurredAt, network: "acme", clickId: "c1" },
      // Attributed to a network Ricochet does not know: still attributed, not organic.
      { id: "other-1", name: "install", occurredAt, network: "other" },
      { id: "organic-1", name: "install", occurredAt },
      { id: "organic-2", name: "purchase", occurredAt, network: null },
      { id: "organic-3", name: "install", occurredAt, network: "" },
    ]);
    serveRoutesFrom(t.db);
    key = await apiKeyWithRole(t.db, "analyst");
  });
  afterAll(async () => {
    serveRoutesFrom(null);
    await t.cleanup();
  });

  it("organic=true returns only events attributed to no network", async () => {
    expect(await ids("?organic=true")).toEqual(["organic-1", "organic-2", "organic-3"]);
    expect(await ids("?organic=true&name=install")).toEqual(["organic-1", "organic-3"]);
  });

  it("organic=false returns only attributed events", async () => {
    expect(await ids("?organic=false")).toEqual(["acme-1", "other-1"]);
    expect(await ids("?organic=false&network=acme")).toEqual(["acme-1"]);
  });

  it("without it returns both, and a network with organic=true matches nothing", async () => {
    expect(await ids("")).toHaveLength(5);
    expect(await ids("?network=acme&organic=true")).toEqual([]);
  });

  it("pages through organic events with the cursor", async () => {
    const first = await callRoute(GET, "/api/v1/events?organic=true&limit=2", key);
    const second = await callRoute(
      GET,
      `/api/v1/events?organic=true&limit=2&cursor=${first.body.nextCursor as string}`,
      key,
    );
    const seen = [
      ...(first.body.events as { externalId: string }[]),
      ...(second.body.events as { externalId: string }[]),
    ].map((e) => e.externalId);
    expect(seen.sort()).toEqual(["organic-1", "organic-2", "organic-3"]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("rejects anything but true or false with a 400 naming the field", async () => {
    const res = await callRoute(GET, "/api/v1/events?organic=yes", key);
    expect(res.status).toBe(400);
    expect((res.body.error as { fields: Record<string, string[]> }).fields.organic).toEqual(["must be true or false"]);
  });
});
