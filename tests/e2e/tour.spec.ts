// Visits every page with realistic data, checks it renders without errors, and keeps a
// screenshot of each in tests/.artifacts/shots/ for a person to look at.
import { mkdirSync } from "node:fs";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { createApiKey, expect, test, unique } from "./fixtures";

let rx: Receiver;
test.beforeAll(async () => {
  rx = await startReceiver((r, res) => {
    const c = new URL(r.url, "http://x").searchParams.get("c") ?? "";
    if (c.endsWith("7")) res.writeHead(410).end("gone: campaign closed");
    else if (c.endsWith("3")) res.writeHead(503).end("busy");
    else res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
  });
  mkdirSync("tests/.artifacts/shots", { recursive: true });
});
test.afterAll(async () => {
  await rx.close();
});

test("every page renders with realistic data", async ({ adminPage: page }) => {
  test.setTimeout(180_000);
  const suffix = unique("t").slice(-6);
  const networks = [
    { name: "Acme Ads", slug: `acme-${suffix}`, events: ["install", "purchase"] },
    { name: "Bolt Media", slug: `bolt-${suffix}`, events: ["install", "registration"] },
    { name: "Cobalt DSP", slug: `cobalt-${suffix}`, events: ["purchase"] },
  ];
  for (const n of networks) {
    const res = await page.request.post("/api/v1/networks", {
      data: {
        name: n.name,
        slug: n.slug,
        acceptanceWindowHours: 168,
        retrySchedule: [0, 1, 3600],
        postback: {
          method: "GET",
          url: `${rx.url}/pb?c={click_id}&e={partner_event_name}&rev={revenue}&cur={currency}&t={secret.token}`,
        },
        secrets: { token: "tok_live_4f9a8b7c6d5e" },
        rules: n.events.map((e) => ({
          event: e,
          sendRevenue: e === "purchase",
          partnerEvent: e === "purchase" ? "buy" : undefined,
          countries: e === "install" ? ["US", "GB", "DE"] : [],
        })),
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  const key = await createApiKey(page.request, "ingest");
  const countries = ["US", "GB", "DE", "FR", "US", "US"];
  const events = Array.from({ length: 90 }, (_, i) => {
    const n = networks[i % 3];
    const name = n.events[i % n.events.length];
    return {
      id: `tour-${suffix}-${i}`,
      name,
      occurredAt: new Date(Date.now() - (90 - i) * 9 * 60_000).toISOString(),
      network: i % 10 === 9 ? undefined : n.slug,
      clickId: `clk_${suffix}_${i}`,
      clickAt: new Date(Date.now() - (90 - i) * 9 * 60_000 - 600_000).toISOString(),
      platform: i % 2 ? "ios" : "android",
      country: countries[i % countries.length],
      campaignId: `cmp-${(i % 4) + 1}`,
      campaignName: `Winter push ${(i % 4) + 1}`,
      revenue: name === "purchase" ? `${(i % 5) + 0.99}` : undefined,
      currency: name === "purchase" ? "USD" : undefined,
    };
  });
  const ingest = await page.request.post("/api/v1/events", {
    headers: { authorization: `Bearer ${key}` },
    data: { events },
  });
  expect(ingest.status()).toBe(202);
  // Receivers answering 503 leave deliveries pending with an hour-long retry ahead; wait until every one has had its second try.
  await expect
    .poll(
      async () => {
        const r = await page.request.get(`/api/v1/deliveries?status=pending&network=${networks[0].slug}`);
        return ((await r.json()) as { deliveries: { attempts: number }[] }).deliveries.filter((d) => d.attempts < 2)
          .length;
      },
      { timeout: 60_000 },
    )
    .toBe(0);

  const { networks: list } = (await (await page.request.get("/api/v1/networks")).json()) as {
    networks: { id: string; slug: string }[];
  };
  const acme = list.find((x) => x.slug === networks[0].slug)!;
  const { deliveries } = (await (
    await page.request.get(`/api/v1/deliveries?network=${acme.slug}&status=failed`)
  ).json()) as { deliveries: { id: string; eventId: string }[] };

  const pages: [string, string][] = [
    ["/", "Overview"],
    ["/networks", "Networks"],
    ["/networks/new", "Add"],
    [`/networks/${acme.id}`, "Acme Ads"],
    ["/rules", "Rules"],
    [`/rules?network=${acme.slug}`, "Rules"],
    ["/events", "Events"],
    ["/deliveries", "Deliveries"],
    ["/reconciliation", "Reconciliation"],
    ["/monitoring", "Monitoring"],
    ["/settings/users", "Settings"],
    ["/settings/api-keys", "Settings"],
    ["/settings/audit", "Settings"],
  ];
  if (deliveries[0])
    pages.push([`/deliveries/${deliveries[0].id}`, "Acme Ads"], [`/events/${deliveries[0].eventId}`, "purchase"]);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const [path, heading] of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(400);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toContainText(heading, { ignoreCase: true });
    await page.mouse.move(0, 0);
    await page.waitForLoadState("networkidle");
    const name =
      path === "/"
        ? "overview"
        : path
            .slice(1)
            .replace(/[/?=&]+/g, "_")
            .replace(/[0-9a-f-]{36}/g, "detail");
    await page.screenshot({ path: `tests/.artifacts/shots/${name}.png`, fullPage: true });
  }
  expect(errors).toEqual([]);
});
