// The delivery log as a CSV file: every matching delivery (not one page), the same filters as the
// log, spreadsheet-safe cells, and a clear error for a bad format.

import { NextRequest } from "next/server";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/deliveries/route";
import { DELIVERY_CSV_COLUMNS, EXPORT_PAGE } from "@/lib/deliveries/export-csv";
import { apiKeyWithRole, callRoute, serveRoutesFrom } from "../fixtures/call-route";
import { engine } from "../fixtures/engine";
import { createTestDb, resetDb, type TestDb, testProviders } from "../fixtures/test-db";

const providers = await testProviders();
const TOTAL = EXPORT_PAGE * 2 + 345;

describe.each(providers)("delivery log export on %s", (provider) => {
  let t: TestDb;
  let key: string;

  async function download(query: string, as = key) {
    const req = new NextRequest(new URL(`/api/v1/deliveries?${query}`, "http://localhost"), {
      headers: { authorization: `Bearer ${as}` },
    });
    const res = await GET(req, { params: Promise.resolve({}) });
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  beforeAll(async () => {
    t = await createTestDb(provider);
    await resetDb(t.db);
    const e = engine(t.db, provider);
    await e.createNetwork({
      name: "Acme",
      slug: "acme",
      status: "paused",
      postback: { method: "GET", url: "http://127.0.0.1:9/pb?c={click_id}" },
      rules: [{ eventName: "install" }, { eventName: "purchase", partnerEventName: "af_purchase", sendRevenue: true }],
    });
    const t0 = Date.parse("2026-11-20T00:00:00Z");
    const events = Array.from({ length: TOTAL }, (_, i) => ({
      id: `e-${i}`,
      name: i % 5 ? "install" : "purchase",
      network: "acme",
      clickId: i === 7 ? '=HYPERLINK("x")' : `c-${i}`,
      occurredAt: new Date(t0 + i * 60_000).toISOString(),
      ...(i % 5 ? {} : { revenue: "4.99", currency: "USD" }),
    }));
    for (let i = 0; i < events.length; i += 500) await e.ingest(events.slice(i, i + 500));
    // As the worker leaves them after a network answered 410 to some.
    await t.db.delivery.updateMany({
      where: { event: { externalId: { in: ["e-1", "e-2", "e-3"] } } },
      data: {
        status: "failed",
        reason: "HTTP 410",
        lastStatusCode: 410,
        attempts: 1,
        completedAt: new Date("2026-11-20T01:00:00Z"),
      },
    });
    serveRoutesFrom(t.db);
    key = await apiKeyWithRole(t.db, "analyst");
  }, 120_000);
  afterAll(async () => {
    await t.cleanup();
  });

  it("downloads every matching delivery across pages, once each, newest first", async () => {
    const res = await download("network=acme&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="deliveries-acme-\d{4}-\d\d-\d\d\.csv"$/,
    );
    const { data, meta, errors } = parse(res.text);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...DELIVERY_CSV_COLUMNS]);
    expect(data).toHaveLength(TOTAL);
    expect(new Set(data.map((r) => r.delivery_id)).size).toBe(TOTAL);
    expect(data[0].event_id).toBe(`e-${TOTAL - 1}`);
    expect(data.at(-1)!.event_id).toBe("e-0");
    // The same rows the log lists, field for field.
    const page = await callRoute(GET, "/api/v1/deliveries?network=acme&limit=3", key);
    const first = page.body.deliveries as { id: string; clickId: string; status: string; occurredAt: string }[];
    expect(data.slice(0, 3).map((r) => [r.delivery_id, r.click_id, r.status, r.event_time])).toEqual(
      first.map((d) => [d.id, d.clickId, d.status, d.occurredAt]),
    );
  });

  it("writes outcomes, revenue and partner names, and defuses formulas", async () => {
    const { data } = parse((await download("network=acme&format=csv&status=failed")).text);
    expect(data.map((r) => r.event_id).sort()).toEqual(["e-1", "e-2", "e-3"]);
    expect(data[0]).toMatchObject({
      status: "failed",
      reason: "HTTP 410",
      http_status: "410",
      attempts: "1",
      completed_at: "2026-11-20T01:00:00.000Z",
      revenue_sent: "no",
    });
    const all = parse((await download("format=csv&event=purchase")).text).data;
    expect(all).toHaveLength(Math.ceil(TOTAL / 5));
    expect(all[0]).toMatchObject({
      event: "purchase",
      partner_event: "af_purchase",
      revenue: "4.99",
      currency: "USD",
      revenue_sent: "yes",
    });
    const formula = parse((await download("format=csv&clickId=%3DHYPERLINK(%22x%22)")).text).data;
    expect(formula.map((r) => r.click_id)).toEqual(['\'=HYPERLINK("x")']);
  });

  it("follows the log's filters, an empty match is a header alone, and a bad format is a 400 naming the field", async () => {
    const range = await download(
      "format=csv&time=occurred&from=2026-11-20T00:00:00Z&to=2026-11-20T00:10:00Z&status=pending,failed",
    );
    expect(
      parse(range.text)
        .data.map((r) => r.event_id)
        .sort(),
    ).toEqual(["e-0", "e-1", "e-2", "e-3", "e-4", "e-5", "e-6", "e-7", "e-8", "e-9"]);
    const none = await download("format=csv&network=nobody");
    expect(none.text).toBe(`${DELIVERY_CSV_COLUMNS.join(",")}\r\n`);
    const bad = await callRoute(GET, "/api/v1/deliveries?format=xlsx", key);
    expect(bad.status).toBe(400);
    expect((bad.body.error as { fields: Record<string, string[]> }).fields.format).toEqual(["must be json or csv"]);
    const ingestKey = await apiKeyWithRole(t.db, "ingest");
    expect((await download("format=csv", ingestKey)).status).toBe(403);
  });
});
