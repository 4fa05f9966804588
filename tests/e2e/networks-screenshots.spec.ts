// Walks the Networks pages with realistic data, checking each state renders, and writes
// tests/.artifacts/shots/networks-*.png for reviewing the UI by eye.
import type { APIRequestContext } from "@playwright/test";
import { networkPresets } from "../../lib/networks/presets";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { createUser, expect, signIn, test, unique } from "./fixtures";

test.setTimeout(180_000);

const shot = (name: string) => ({ path: `tests/.artifacts/shots/networks-${name}.png`, fullPage: true });

async function createFromPreset(
  request: APIRequestContext,
  key: string,
  receiver: Receiver,
  overrides: Record<string, unknown> = {},
) {
  const preset = networkPresets.find((p) => p.key === key)!;
  const url = preset.postback.url.replace(/^https:\/\/[^/]+/, receiver.url);
  const res = await request.post("/api/v1/networks", {
    data: {
      name: preset.suggestedName,
      slug: preset.suggestedSlug,
      presetKey: key,
      postback: { ...preset.postback, url },
      rules: preset.rules,
      secrets: Object.fromEntries(preset.secrets.map((s) => [s.name, `live-${s.name}-8c1f2a9d7e`])),
      ...overrides,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { network: { id: string; slug: string } }).network;
}

async function ingest(request: APIRequestContext, network: string, count: number, name = "purchase") {
  const events = Array.from({ length: count }, (_, i) => ({
    id: unique(`evt-${network}`),
    name,
    network,
    occurredAt: new Date(Date.now() - (i + 1) * 7 * 60_000).toISOString(),
    clickId: `clk_${Math.random().toString(36).slice(2, 12)}`,
    platform: i % 3 ? "ios" : "android",
    country: i % 4 ? "US" : "DE",
    revenue: (4.99 + (i % 5) * 5).toFixed(2),
    currency: "USD",
    campaignName: "Black Friday – US iOS",
  }));
  const res = await request.post("/api/v1/events", { data: { events } });
  expect(res.status(), await res.text()).toBe(202);
}

test("screenshots of the networks pages", async ({ adminPage: page, browser }) => {
  await page.goto("/networks");
  await page.screenshot(shot("0-empty"));

  const ok = await startReceiver((_r, res) => {
    res
      .writeHead(200, { "content-type": "application/json" })
      .end('{"code":0,"message":"OK","request_id":"20261127-8f2c"}');
  });
  const flaky = await startReceiver((_r, res, i) => {
    if (i % 7 === 3) res.writeHead(400).end('{"error":"invalid click id"}');
    else res.writeHead(200).end("OK");
  });
  const down = await startReceiver((_r, res) => {
    res.writeHead(503).end("Service Unavailable");
  });
  const gone = await startReceiver((_r, res) => {
    res.writeHead(404).end("Not Found");
  });

  const tiktok = await createFromPreset(page.request, "tiktok-like-events", ok, {
    name: "ShortVideo Ads",
    slug: "shortvideo",
  });
  await createFromPreset(page.request, "meta-like-conversions", flaky);
  await createFromPreset(page.request, "affiliate-tracker", down, { retrySchedule: [0, 3600, 7200] });
  await createFromPreset(page.request, "google-ads-like-gclid", ok, { status: "paused" });
  await createFromPreset(page.request, "generic-get-pixel", gone, {
    name: "Legacy DSP",
    slug: "legacy-dsp",
    autoDisableAfter: 3,
    retrySchedule: [0],
  });
  await createFromPreset(page.request, "json-webhook", ok, { rules: [] });

  await ingest(page.request, "shortvideo", 24);
  await ingest(page.request, "social-graph", 30);
  await ingest(page.request, "partnerhub", 6);
  await ingest(page.request, "search-ads", 4);
  await ingest(page.request, "legacy-dsp", 4);
  await expect
    .poll(async () => ok.requests.length + flaky.requests.length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(54);
  await expect.poll(() => gone.requests.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(1500);

  await page.goto("/networks");
  await expect(page.getByTestId("network-row-shortvideo")).toBeVisible();
  await page.screenshot(shot("1-list"));
  await page.getByTestId("network-row-legacy-dsp").getByText("Auto-disabled").hover();
  await page.screenshot({ ...shot("1b-list-tooltip"), fullPage: false });

  await page.goto("/networks/new");
  await page.screenshot(shot("2-new"));
  await page.goto("/networks/new?preset=meta-like-conversions");
  await expect(page.getByTestId("preview-request")).toBeVisible();
  await page.screenshot(shot("3-new-from-preset"));

  await page.goto(`/networks/${tiktok.id}`);
  await expect(page.getByTestId("preview-request")).toBeVisible();
  await page.screenshot(shot("4-editor"));
  await page
    .locator("[aria-label='Live preview']")
    .screenshot({ path: "tests/.artifacts/shots/networks-4b-preview.png" });
  await page.getByRole("button", { name: "Send test postback" }).click();
  await expect(page.getByTestId("test-response-status")).toBeVisible();
  await page.screenshot(shot("5-editor-tested"));
  await page.getByText("Headers and body").click();
  await page
    .locator("[aria-label='Test postback']")
    .screenshot({ path: "tests/.artifacts/shots/networks-5b-test-panel.png" });

  const url = page.locator("#net-url");
  await url.fill(`${ok.url}/open_api/v1.3/event/track/?c={clik_id}&r={revenue|cent}`);
  await page.getByRole("button", { name: "Save changes" }).scrollIntoViewIfNeeded();
  await url.scrollIntoViewIfNeeded();
  await page.screenshot(shot("6-editor-lint"));
  await url.locator("xpath=../../..").screenshot({ path: "tests/.artifacts/shots/networks-6b-url-field.png" });
  await url.press("End");
  await url.pressSequentially("&x={ca");
  await page.screenshot({ ...shot("7-editor-autocomplete"), fullPage: false });
  await page.keyboard.press("Escape");

  const marketer = await createUser(page.request, "marketer");
  const marketerContext = await browser.newContext();
  const marketerPage = await marketerContext.newPage();
  await signIn(marketerPage, marketer.email, marketer.password);
  await marketerPage.goto(`/networks/${tiktok.id}`);
  const secrets = marketerPage.locator("form").getByText("API tokens and keys").locator("xpath=../../..");
  await secrets.screenshot({ path: "tests/.artifacts/shots/networks-9-marketer-secrets.png" });

  const analyst = await createUser(page.request, "analyst");
  const context = await browser.newContext();
  const analystPage = await context.newPage();
  await signIn(analystPage, analyst.email, analyst.password);
  await analystPage.goto(`/networks/${tiktok.id}`);
  await expect(analystPage.getByTestId("preview-request")).toBeVisible();
  await analystPage.screenshot(shot("8-analyst"));

  for (const r of [ok, flaky, down, gone]) await r.close();
});
