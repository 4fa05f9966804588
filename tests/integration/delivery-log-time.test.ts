// The delivery log's time basis: `time=occurred` bounds the event's time (as reconciliation counts
// it), so an event the MMP sent the day after it happened is found under the day it happened.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/deliveries/route";
import { listDeliveries } from "@/lib/deliveries/queries";
import { startBulkReplay } from "@/lib/deliveries/replay";
import { deliveryListQuerySchema } from "@/lib/deliveries/schemas";
import { deliveryLogLink } from "@/lib/reconciliation/links";
import { apiKeyWithRole, callRoute, serveRoutesFrom } from "../fixtures/call-route";
import { engine, system } from "../fixtures/engine";
import { createTestDb, resetDb, type TestDb, testProviders, waitUntil } from "../fixtures/test-db";

const providers = await testProviders();

// Day D is 2026-11-12 (UTC); its bounds are what a reconciliation bar for that day links with.
const DAY = { start: "2026-11-12T00:00:00.000Z", end: "2026-11-13T00:00:00.000Z" };
const NEXT_DAY = { start: "2026-11-13T00:00:00.000Z", end: "2026-11-14T00:00:00.000Z" };

describe.each(providers)("delivery log by event time on %s", (provider) => {
  let t: TestDb;
  let key: string;
  const list = (q: Record<string, string>) =>
    listDeliveries(t.db, deliveryListQuerySchema.parse({ network: "acme", ...q }));
  const clickIds = (r: Awaited<ReturnType<typeof list>>) => r.deliveries.map((d) => d.clickId).sort();

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
    const install = (clickId: string, occurredAt: string) => ({
      id: clickId,
      name: "install",
      network: "acme",
      clickId,
      occurredAt,
    });
    // Ingested in this order, each with its own ingest time (the delivery's createdAt).
    await e.ingest([install("prompt", "2026-11-12T10:00:00Z")], "mmp", new Date("2026-11-12T10:01:00Z"));
    await e.ingest([install("next-day", "2026-11-13T01:00:00Z")], "mmp", new Date("2026-11-13T01:05:00Z"));
    await e.ingest([install("late", "2026-11-12T23:30:00Z")], "mmp", new Date("2026-11-13T02:00:00Z"));
    serveRoutesFrom(t.db);
    key = await apiKeyWithRole(t.db, "analyst");
  });
  afterAll(async () => {
    serveRoutesFrom(null);
    await t.cleanup();
  });

  it("finds an event ingested on D+1 under day D by event time, and not by created time", async () => {
    expect(clickIds(await list({ from: DAY.start, to: DAY.end, time: "occurred" }))).toEqual(["late", "prompt"]);
    expect(clickIds(await list({ from: DAY.start, to: DAY.end, time: "created" }))).toEqual(["prompt"]);
    expect(clickIds(await list({ from: DAY.start, to: DAY.end }))).toEqual(["prompt"]);
    expect(clickIds(await list({ from: NEXT_DAY.start, to: NEXT_DAY.end }))).toEqual(["late", "next-day"]);
    expect(clickIds(await list({ from: NEXT_DAY.start, to: NEXT_DAY.end, time: "occurred" }))).toEqual(["next-day"]);
    // Open-ended on either side.
    expect(clickIds(await list({ to: DAY.end, time: "occurred" }))).toEqual(["late", "prompt"]);
    expect(clickIds(await list({ from: "2026-11-12T23:00:00Z", time: "occurred" }))).toEqual(["late", "next-day"]);
  });

  it("pages by event time with the cursor, newest created first, each row once", async () => {
    const first = await list({ from: DAY.start, to: DAY.end, time: "occurred", limit: "1" });
    expect(first.deliveries.map((d) => d.clickId)).toEqual(["late"]);
    expect(first.nextCursor).not.toBeNull();
    const second = await list({
      from: DAY.start,
      to: DAY.end,
      time: "occurred",
      limit: "1",
      cursor: first.nextCursor!,
    });
    expect(second.deliveries.map((d) => d.clickId)).toEqual(["prompt"]);
    expect(second.nextCursor).toBeNull();
  });

  it("a reconciliation bar's link lists the deliveries its day counts, in flight ones among the pending", async () => {
    // The worker has taken one: reports still count it as pending, so its bar's link must list it.
    await t.db.delivery.updateMany({ where: { event: { clickId: "late" } }, data: { status: "sending" } });
    const href = deliveryLogLink({ network: "acme", status: "pending", start: DAY.start, end: DAY.end });
    expect(href).toContain("time=occurred");
    expect(new URL(href, "http://x").searchParams.get("status")).toBe("pending,sending");
    const res = await callRoute(GET, `/api/v1${href}`, key);
    expect(res.status).toBe(200);
    const rows = res.body.deliveries as { clickId: string; occurredAt: string; createdAt: string }[];
    expect(rows.map((d) => d.clickId).sort()).toEqual(["late", "prompt"]);
    expect(rows.find((d) => d.clickId === "late")).toMatchObject({
      status: "sending",
      occurredAt: "2026-11-12T23:30:00.000Z",
      createdAt: "2026-11-13T02:00:00.000Z",
    });
    expect(clickIds(await list({ status: "sending" }))).toEqual(["late"]);
    expect(clickIds(await list({ status: "pending" }))).toEqual(["next-day", "prompt"]);
    await t.db.delivery.updateMany({ where: { event: { clickId: "late" } }, data: { status: "pending" } });
  });

  it("rejects an unknown status in a list with a 400 naming the field", async () => {
    const res = await callRoute(GET, "/api/v1/deliveries?status=pending,lost", key);
    expect(res.status).toBe(400);
    const error = res.body.error as { fields: Record<string, string[]> };
    expect(Object.keys(error.fields)).toEqual(["status"]);
    expect(error.fields.status).toEqual([
      '"lost" is not a status: must be one of pending, sending, delivered, failed, filtered, expired, skipped, or several separated by commas',
    ]);
    expect((await callRoute(GET, "/api/v1/deliveries?status=,", key)).status).toBe(400);
  });

  it("rejects an unknown time basis with a 400 naming the field", async () => {
    const res = await callRoute(GET, `/api/v1/deliveries?time=ingested&from=${DAY.start}`, key);
    expect(res.status).toBe(400);
    const error = res.body.error as { code: string; message: string; fields: Record<string, string[]> };
    expect(error.code).toBe("invalid_request");
    expect(error.fields.time).toEqual(["must be one of created, occurred"]);
    expect(error.message).toContain("time:");
  });

  it("bulk replay selects by event time when asked, and by created time otherwise", async () => {
    // As the worker leaves a network that answered 410 to everything.
    await t.db.delivery.updateMany({
      where: { network: { slug: "acme" } },
      data: { status: "failed", nextAttemptAt: null, completedAt: new Date() },
    });
    const replay = async (time?: "occurred") => {
      const job = await startBulkReplay(t.db, provider, system, {
        network: "acme",
        status: "failed",
        from: new Date(DAY.start),
        to: new Date(DAY.end),
        time: time ?? "created",
      });
      await waitUntil(
        async () => (await t.db.replayJob.findUniqueOrThrow({ where: { id: job.id } })).status === "done",
        10_000,
        "bulk replay",
      );
      const pending = await t.db.delivery.findMany({ where: { status: "pending" }, include: { event: true } });
      await t.db.delivery.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
      return pending.map((d) => d.event.clickId).sort();
    };
    expect(await replay("occurred")).toEqual(["late", "prompt"]);
    expect(await replay()).toEqual(["prompt"]);
  });
});
