import { readFileSync } from "node:fs";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { createApiKey, createUser, expect, signIn, test, unique } from "./fixtures";

async function signedInAs(browser: Browser, adminPage: Page, role: "marketer" | "analyst"): Promise<Page> {
  const user = await createUser(adminPage.request, role);
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

async function createNetwork(request: APIRequestContext, url: string) {
  const slug = unique("acme");
  const res = await request.post("/api/v1/networks", {
    data: {
      name: `Acme ${slug}`,
      slug,
      postback: { method: "GET", url: `${url}/pb?event={partner_event_name}&click={click_id}&value={revenue}` },
      rules: [{ event: "purchase", partnerEvent: "af_purchase", sendRevenue: true }],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { network: { id: string; slug: string; name: string } }).network;
}

async function ingest(request: APIRequestContext, key: string, events: Record<string, unknown>[]) {
  const res = await request.post("/api/v1/events", { headers: { Authorization: `Bearer ${key}` }, data: { events } });
  expect(res.status(), await res.text()).toBe(202);
  expect(((await res.json()) as { accepted: number }).accepted).toBe(events.length);
}

const purchase = (slug: string, n: number) => ({
  id: `${slug}-${n}`,
  name: "purchase",
  occurredAt: new Date().toISOString(),
  network: slug,
  clickId: `${slug}-click-${n}`,
  revenue: "4.99",
  currency: "USD",
});

async function deliveryCount(request: APIRequestContext, slug: string, status: string) {
  const res = await request.get(`/api/v1/deliveries?network=${slug}&status=${status}`);
  return ((await res.json()) as { deliveries: unknown[] }).deliveries.length;
}

let receiver: Receiver | null = null;
test.afterEach(async () => {
  await receiver?.close();
  receiver = null;
});

test("events ingested with an ingest key show up in the delivery log as delivered", async ({ adminPage: page }) => {
  receiver = await startReceiver();
  const network = await createNetwork(page.request, receiver.url);
  const key = await createApiKey(page.request, "ingest");
  await ingest(page.request, key, [purchase(network.slug, 1), purchase(network.slug, 2), purchase(network.slug, 3)]);

  await page.goto(`/deliveries?network=${network.slug}`);
  const rows = page.getByTestId("delivery-row");
  await expect(rows).toHaveCount(3);
  // The log refreshes itself while deliveries are in flight.
  await expect(rows.and(page.locator("[data-status=delivered]"))).toHaveCount(3);
  await expect(rows.first()).toContainText(network.name);
  await expect(rows.first()).toContainText("purchase → af_purchase");
  await expect(rows.first()).toContainText("200");
  expect(receiver.requests).toHaveLength(3);
  expect(receiver.requests[0].url).toMatch(/^\/pb\?event=af_purchase&click=.+-click-\d&value=4\.99$/);

  // Filters live in the URL and narrow the log.
  await page.getByLabel("Click ID").fill(`${network.slug}-click-2`);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`clickId=${network.slug}-click-2`));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${network.slug}-click-2`);

  // The whole filtered log as a file, for the network to check against its own.
  await page.goto(`/deliveries?network=${network.slug}&status=delivered`);
  await expect(rows).toHaveCount(3);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^deliveries-${network.slug}-delivered-\\d{4}-\\d\\d-\\d\\d\\.csv$`),
  );
  const csv = readFileSync(await download.path(), "utf8")
    .trim()
    .split("\r\n");
  expect(csv[0]).toMatch(/^delivery_id,event_id,click_id,network,event,partner_event,status,/);
  expect(csv).toHaveLength(4);
  expect(csv.slice(1).every((l) => l.includes(`,${network.slug},purchase,af_purchase,delivered,,200,1,`))).toBe(true);
});

test("a failed delivery is opened, its 410 attempt inspected, and replayed to delivered", async ({
  browser,
  adminPage,
}) => {
  receiver = await startReceiver((_req, res) => {
    res.writeHead(410, { "Content-Type": "text/plain" }).end("campaign ended");
  });
  const network = await createNetwork(adminPage.request, receiver.url);
  const key = await createApiKey(adminPage.request, "ingest");
  await ingest(adminPage.request, key, [purchase(network.slug, 1)]);

  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto(`/deliveries?network=${network.slug}`);
  const row = page.getByTestId("delivery-row").first();
  await expect(row).toHaveAttribute("data-status", "failed");
  await expect(row).toContainText("410");
  await row.getByRole("link").click();

  await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("delivery-status-text")).toContainText("Failed after 1 attempt: HTTP 410 gone");
  const attempt = page.getByTestId("attempt-1");
  await expect(attempt).toContainText("HTTP 410");
  await expect(attempt).toContainText("Failed");
  await attempt.locator("summary", { hasText: "Response" }).click();
  await expect(attempt.getByText("campaign ended")).toBeVisible();

  receiver.setHandler((_req, res) => {
    res.writeHead(200).end("ok");
  });
  await page.getByRole("button", { name: "Replay" }).click();
  await expect(page.getByText("Replay queued")).toBeVisible();
  await expect(page.getByTestId("delivery-status-text")).toContainText("Delivered after 2 attempts");
  await expect(page.getByTestId("attempt-2")).toContainText("HTTP 200");
  expect(receiver.requests).toHaveLength(2);
});

test("a marketer replays every failed delivery of a network and follows the progress", async ({
  browser,
  adminPage,
}) => {
  receiver = await startReceiver((_req, res) => {
    res.writeHead(410).end();
  });
  const network = await createNetwork(adminPage.request, receiver.url);
  const key = await createApiKey(adminPage.request, "ingest");
  await ingest(adminPage.request, key, [
    purchase(network.slug, 1),
    purchase(network.slug, 2),
    purchase(network.slug, 3),
  ]);
  await expect.poll(() => deliveryCount(adminPage.request, network.slug, "failed")).toBe(3);
  receiver.setHandler((_req, res) => {
    res.writeHead(200).end("ok");
  });

  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto(`/deliveries?network=${network.slug}&status=failed`);
  await expect(page.getByTestId("delivery-row")).toHaveCount(3);
  await page.getByRole("button", { name: "Replay failed…" }).click();
  const panel = page.getByRole("region", { name: "Replay deliveries" });
  await expect(panel.getByLabel("Network")).toHaveValue(network.slug);
  await page.screenshot({ path: "tests/.artifacts/shots/deliveries-bulk-replay.png", fullPage: true });
  await panel.getByRole("button", { name: `Replay failed deliveries to ${network.name}` }).click();

  await expect(panel.getByRole("progressbar", { name: "Replay progress" })).toHaveAttribute("aria-valuenow", "3");
  await expect(panel).toContainText("3 / 3");
  await expect(panel).toContainText("Done");
  await panel.getByRole("button", { name: "Show the replayed deliveries" }).click();
  await expect(page).not.toHaveURL(/status=failed/);
  await expect(page.getByTestId("delivery-row").and(page.locator("[data-status=delivered]"))).toHaveCount(3);
});
