import { describe, expect, it } from "vitest";
import { event, fastRetries, useEngineSuite } from "../fixtures/engine";
import { testProviders, waitUntil } from "../fixtures/test-db";

const providers = await testProviders();

describe.each(providers)("postback engine on %s", (provider) => {
  const s = useEngineSuite(provider);

  const acme = (url: string, extra: Record<string, unknown> = {}) =>
    s.e.createNetwork({
      name: "Acme Ads",
      slug: "acme",
      postback: { method: "GET", url },
      rules: [{ eventName: "install" }, { eventName: "purchase", partnerEventName: "buy", sendRevenue: true }],
      retrySchedule: fastRetries(3),
      ...extra,
    });

  async function settled(n: number) {
    return waitUntil(
      async () => {
        const rows = await s.t.db.delivery.findMany({ where: { status: { in: ["pending", "sending"] } } });
        const all = await s.t.db.delivery.count();
        return rows.length === 0 && all >= n ? true : undefined;
      },
      30_000,
      `${n} deliveries to settle`,
    );
  }

  it("encodes awkward values byte for byte in the query string", async () => {
    await acme(
      `${s.rx.url}/pb?click={click_id}&ev={partner_event_name}&rev={revenue}&cur={currency}&c={campaign_name}`,
    );
    const awkward = `a b&c=d#e+f%g"h'i é日本🎉`;
    const r = await s.e.ingest([
      event({ name: "purchase", clickId: awkward, revenue: "4.990", currency: "eur", campaignName: "Summer / Sale?" }),
    ]);
    expect(r.accepted).toBe(1);
    s.e.startWorker();
    const [req] = await s.rx.waitFor(1);
    expect(req.url).toBe(
      "/pb?click=a%20b%26c%3Dd%23e%2Bf%25g%22h%27i%20%C3%A9%E6%97%A5%E6%9C%AC%F0%9F%8E%89&ev=buy&rev=4.99&cur=EUR&c=Summer%20%2F%20Sale%3F",
    );
    expect(req.headers["x-ricochet-delivery-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("builds JSON bodies as JSON, with exact revenue", async () => {
    await s.e.createNetwork({
      name: "Jay",
      slug: "acme",
      postback: {
        method: "POST",
        url: `${s.rx.url}/events`,
        bodyType: "json",
        body: `{"click":"{click_id}","value":"{revenue|number}","name":"{partner_event_name}"}`,
      },
      rules: [{ eventName: "purchase", sendRevenue: true }],
    });
    await s.e.ingest([
      event({ name: "purchase", clickId: `quote " back \\ 🎉`, revenue: "1234567.891011", currency: "USD" }),
    ]);
    s.e.startWorker();
    const [req] = await s.rx.waitFor(1);
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(req.body)).toEqual({ click: `quote " back \\ 🎉`, value: 1234567.891011, name: "purchase" });
    expect(req.body).toContain("1234567.891011");
  });

  it("acknowledges a re-sent event as a duplicate and delivers it once", async () => {
    await acme(`${s.rx.url}/pb?c={click_id}`);
    const ev = event();
    const first = await s.e.ingest([ev]);
    const again = await s.e.ingest([ev, ev]);
    expect(first.results[0].status).toBe("accepted");
    expect(again.results.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    s.e.startWorker();
    await settled(1);
    expect(s.rx.requests).toHaveLength(1);
    expect(await s.t.db.conversionEvent.count()).toBe(1);
  });

  it("rejects invalid events with field messages and keeps the valid ones", async () => {
    await acme(`${s.rx.url}/pb?c={click_id}`);
    const r = await s.e.ingest([
      event(),
      { id: "bad-1", name: "install", occurredAt: "yesterday", revenue: "1,5" },
      event(),
    ]);
    expect(r.results.map((x) => x.status)).toEqual(["accepted", "rejected", "accepted"]);
    const rejected = r.results[1];
    expect(rejected.status === "rejected" && Object.keys(rejected.errors)).toEqual(
      expect.arrayContaining(["occurredAt", "revenue"]),
    );
  });

  it.each([
    [200, "delivered", 1],
    [204, "delivered", 1],
    [410, "failed", 1],
    [404, "failed", 1],
    [302, "failed", 1],
    [503, "failed", 3],
    [500, "failed", 3],
  ])("HTTP %i ends %s after %i attempt(s)", async (status, outcome, attempts) => {
    await acme(`${s.rx.url}/pb?c={click_id}`);
    s.rx.setHandler((_r, res) => {
      res.writeHead(status, status === 302 ? { location: `${s.rx.url}/elsewhere` } : {}).end("body");
    });
    await s.e.ingest([event()]);
    s.e.startWorker();
    await settled(1);
    const [d] = await s.e.deliveries();
    expect(d.status).toBe(outcome);
    expect(d.attempts).toBe(attempts);
    expect(d.attemptLog.map((a) => a.responseStatus)).toEqual(Array(attempts).fill(status));
    expect(s.rx.requests.filter((r) => r.url.startsWith("/elsewhere"))).toHaveLength(0);
  });

  it("retries 429 no sooner than Retry-After and at least 60 s", async () => {
    await acme(`${s.rx.url}/pb?c={click_id}`);
    s.rx.setHandler((_r, res) => {
      res.writeHead(429, { "retry-after": "120" }).end();
    });
    await s.e.ingest([event()]);
    const before = Date.now();
    s.e.startWorker();
    const d = await waitUntil(async () => {
      const [row] = await s.e.deliveries();
      return row?.attempts === 1 && row.status === "pending" ? row : undefined;
    });
    expect(d.nextAttemptAt!.getTime() - before).toBeGreaterThanOrEqual(119_000);
    expect(d.attemptLog[0].responseStatus).toBe(429);
  });

  it("times out a receiver that never answers and schedules a retry", async () => {
    await acme(`${s.rx.url}/pb?c={click_id}`, { timeoutMs: 600, retrySchedule: [0, 3600] });
    s.rx.setHandler(() => {
      /* never answers */
    });
    await s.e.ingest([event()]);
    s.e.startWorker();
    const d = await waitUntil(async () => {
      const [row] = await s.e.deliveries();
      return row?.attempts === 1 && row.status === "pending" ? row : undefined;
    });
    expect(d.attemptLog[0].errorClass).toBe("timeout");
    // Waited for the timeout rather than failing fast (timers may fire a little early relative to our own clock).
    expect(d.attemptLog[0].latencyMs).toBeGreaterThanOrEqual(450);
    expect(d.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 3000 * 1000 * 0.7);
  });

  it("delivers 1,000 events exactly once each", async () => {
    await acme(`${s.rx.url}/pb?c={click_id}`);
    const events = Array.from({ length: 1000 }, (_, i) => event({ clickId: `bulk-${i}` }));
    const r = await s.e.ingest(events);
    expect(r.accepted).toBe(1000);
    s.e.startWorker({ concurrency: 64 });
    await s.rx.waitFor(1000, 60_000);
    await settled(1000);
    const clicks = s.rx.requests.map((q) => new URL(q.url, s.rx.url).searchParams.get("c"));
    expect(new Set(clicks).size).toBe(1000);
    expect(clicks).toHaveLength(1000);
    expect(await s.t.db.delivery.count({ where: { status: "delivered" } })).toBe(1000);
  });

  it("reaches 100% delivered when the receiver fails half its requests with 503", async () => {
    await acme(`${s.rx.url}/pb?c={click_id}`, { retrySchedule: fastRetries(10) });
    s.rx.setHandler((_r, res, i) => {
      res.writeHead(i % 2 === 0 ? 503 : 200).end();
    });
    await s.e.ingest(Array.from({ length: 200 }, (_, i) => event({ clickId: `half-${i}` })));
    s.e.startWorker();
    await settled(200);
    expect(await s.t.db.delivery.count({ where: { status: "delivered" } })).toBe(200);
    const delivered = new Set(
      s.rx.requests
        .map((q, i) => (i % 2 === 1 ? new URL(q.url, s.rx.url).searchParams.get("c") : null))
        .filter(Boolean),
    );
    expect(delivered.size).toBe(200);
  });

  it("refuses to save a network that targets a private or metadata address", async () => {
    await expect(
      s.e.createNetwork({
        name: "Bad",
        slug: "bad",
        postback: { method: "GET", url: "http://10.1.2.3/pb?c={click_id}" },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      s.e.createNetwork({
        name: "Meta",
        slug: "meta",
        postback: { method: "GET", url: "http://169.254.169.254/latest?c={click_id}" },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      s.e.createNetwork({
        name: "Typo",
        slug: "typo",
        postback: { method: "GET", url: "https://x.example/pb?c={clik_id}" },
      }),
    ).rejects.toMatchObject({ status: 400, fields: { "postback.url": [expect.stringContaining("click_id")] } });
  });

  it("holds deliveries of a paused network until it is resumed", async () => {
    const n = await acme(`${s.rx.url}/pb?c={click_id}`, { status: "paused" });
    await s.e.ingest([event()]);
    s.e.startWorker();
    await waitUntil(async () => (await s.t.db.workerHeartbeat.count()) > 0);
    expect((await s.e.deliveries())[0].status).toBe("pending");
    await s.t.db.network.update({ where: { id: n.id }, data: { status: "active" } });
    await settled(1);
    expect(s.rx.requests).toHaveLength(1);
  });
});

describe.each(providers)("forwarding rules end to end on %s", (provider) => {
  const s = useEngineSuite(provider);

  const outcome = async (clickId: string) => {
    const d = await s.t.db.delivery.findFirst({ where: { event: { clickId } } });
    return d
      ? { status: d.status, reason: d.reason, revenue: d.revenue, currency: d.currency, fxRate: d.fxRate }
      : null;
  };

  it("records filtered, expired and organic outcomes with their reasons, and sends only the rest", async () => {
    await s.e.createNetwork({
      name: "Acme Ads",
      slug: "acme",
      postback: { method: "GET", url: `${s.rx.url}/pb?c={click_id}&rev={revenue}&cur={currency}` },
      acceptanceWindowHours: 48,
      rules: [
        { eventName: "install", platforms: ["ios", "android"], countries: ["US", "GB"] },
        {
          eventName: "purchase",
          sendRevenue: true,
          currencyMode: "convert",
          targetCurrency: "USD",
          postInstallWindowDays: 7,
        },
      ],
    });
    await s.t.db.fxRate.create({ data: { id: "fx1", currency: "EUR", quote: "USD", rate: "1.0837" } });
    const now = Date.now();
    const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
    const H = 3600_000,
      D = 24 * H;
    await s.e.ingest([
      event({ clickId: "ok-install", platform: "ios", country: "US", clickAt: iso(H) }),
      event({ clickId: "web-install", platform: "web", country: "US", clickAt: iso(H) }),
      event({ clickId: "fr-install", platform: "android", country: "FR", clickAt: iso(H) }),
      event({ clickId: "late-install", platform: "ios", country: "US", clickAt: iso(49 * H) }),
      event({
        clickId: "eur-purchase",
        name: "purchase",
        revenue: "19.99",
        currency: "EUR",
        installAt: iso(2 * D),
        clickAt: iso(3 * D),
      }),
      event({
        clickId: "old-purchase",
        name: "purchase",
        revenue: "5",
        currency: "USD",
        installAt: iso(9 * D),
        occurredAt: iso(0),
      }),
      event({ clickId: "unmapped", name: "level_up" }),
      event({ clickId: "organic", network: undefined }),
    ]);
    s.e.startWorker();
    await waitUntil(
      async () =>
        (await s.t.db.delivery.count({ where: { status: { in: ["pending", "sending"] } } })) === 0 || undefined,
    );

    expect(await outcome("ok-install")).toMatchObject({ status: "delivered" });
    expect(await outcome("web-install")).toMatchObject({
      status: "filtered",
      reason: expect.stringContaining('platform "web"'),
    });
    expect(await outcome("fr-install")).toMatchObject({
      status: "filtered",
      reason: expect.stringContaining('country "FR"'),
    });
    expect(await outcome("late-install")).toMatchObject({ status: "expired", reason: expect.stringContaining("48 h") });
    expect(await outcome("eur-purchase")).toMatchObject({ status: "expired" });
    expect(await outcome("old-purchase")).toMatchObject({
      status: "filtered",
      reason: expect.stringContaining("7 days"),
    });
    expect(await outcome("unmapped")).toMatchObject({
      status: "filtered",
      reason: expect.stringContaining('"level_up"'),
    });
    expect(await outcome("organic")).toBeNull();
    expect(s.rx.requests.map((r) => new URL(r.url, s.rx.url).searchParams.get("c"))).toEqual(["ok-install"]);
  });

  it("converts revenue with the stored rate and records the rate on the delivery", async () => {
    await s.e.createNetwork({
      name: "Acme Ads",
      slug: "acme",
      postback: {
        method: "GET",
        url: `${s.rx.url}/pb?c={click_id}&rev={revenue}&cur={currency}&cents={revenue|cents}`,
      },
      rules: [{ eventName: "purchase", sendRevenue: true, currencyMode: "convert", targetCurrency: "USD" }],
    });
    await s.t.db.fxRate.create({ data: { id: "fx1", currency: "EUR", quote: "USD", rate: "1.0837" } });
    await s.e.ingest([event({ clickId: "p1", name: "purchase", revenue: "19.99", currency: "EUR" })]);
    s.e.startWorker();
    const [req] = await s.rx.waitFor(1);
    expect(req.url).toBe("/pb?c=p1&rev=21.663163&cur=USD&cents=2166");
    await waitUntil(async () => (await outcome("p1"))?.status === "delivered" || undefined);
    expect(await outcome("p1")).toMatchObject({
      status: "delivered",
      revenue: "21.663163",
      currency: "USD",
      fxRate: "1.0837",
    });
  });

  it("judges an event against the rules in force when it was ingested", async () => {
    const n = await s.e.createNetwork({
      name: "Acme Ads",
      slug: "acme",
      postback: { method: "GET", url: `${s.rx.url}/pb?c={click_id}&ev={partner_event_name}` },
      rules: [{ eventName: "install", partnerEventName: "first_open" }],
    });
    await s.e.ingest([event({ clickId: "before" })]);
    await s.t.db.forwardingRule.updateMany({ where: { networkId: n.id }, data: { partnerEventName: "app_install" } });
    await s.e.ingest([event({ clickId: "after" })]);
    s.e.startWorker();
    const reqs = await s.rx.waitFor(2);
    const byClick = Object.fromEntries(
      reqs.map((r) => {
        const u = new URL(r.url, s.rx.url);
        return [u.searchParams.get("c"), u.searchParams.get("ev")];
      }),
    );
    expect(byClick).toEqual({ before: "first_open", after: "app_install" });
  });

  it("spaces requests to a rate-limited network", async () => {
    await s.e.createNetwork({
      name: "Slowpoke",
      slug: "acme",
      postback: { method: "GET", url: `${s.rx.url}/pb?c={click_id}` },
      rules: [{ eventName: "install" }],
      rateLimitPerSec: 5,
    });
    await s.e.ingest(Array.from({ length: 12 }, (_, i) => event({ clickId: `r-${i}` })));
    s.e.startWorker();
    const reqs = await s.rx.waitFor(12);
    // A token bucket of 5/s bursting to 5: request n (0-based) cannot arrive before (n - 5) / 5 s after the first.
    const t0 = reqs[0].at;
    for (const [n, r] of reqs.entries()) {
      expect(r.at - t0).toBeGreaterThanOrEqual(Math.max(0, ((n - 5) / 5) * 1000) - 50);
    }
  });
});
