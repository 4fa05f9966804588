import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { createApiKey, createUser, expect, signIn, test, unique } from "./fixtures";

/** A second browser context signed in as a new user of `role`, created by the admin. */
async function signedInAs(browser: Browser, adminPage: Page, role: "marketer" | "analyst"): Promise<Page> {
  const user = await createUser(adminPage.request, role);
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

async function createNetwork(request: APIRequestContext, url: string, rules: Record<string, unknown>[]) {
  const slug = unique("acme");
  const res = await request.post("/api/v1/networks", {
    data: {
      name: `Acme ${slug}`,
      slug,
      postback: { method: "GET", url: `${url}/pb?event={partner_event_name}&click={click_id}` },
      rules,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { network: { id: string; slug: string; name: string } }).network;
}

async function ingest(request: APIRequestContext, key: string, events: Record<string, unknown>[]) {
  const res = await request.post("/api/v1/events", { headers: { Authorization: `Bearer ${key}` }, data: { events } });
  expect(res.status(), await res.text()).toBe(202);
  const body = (await res.json()) as { accepted: number; results: { eventId: string }[] };
  expect(body.accepted).toBe(events.length);
  return body.results.map((r) => r.eventId);
}

let receiver: Receiver | null = null;
test.afterEach(async () => {
  await receiver?.close();
  receiver = null;
});

test("a marketer edits a network's rules and sees the changed outcomes in a dry run before saving", async ({
  browser,
  adminPage,
}) => {
  receiver = await startReceiver();
  const network = await createNetwork(adminPage.request, receiver.url, [{ event: "purchase" }]);
  const key = await createApiKey(adminPage.request, "ingest");
  const now = new Date().toISOString();
  const base = { occurredAt: now, network: network.slug, platform: "ios", clickId: "clk-1" };
  await ingest(adminPage.request, key, [
    { ...base, id: `${network.slug}-us`, name: "purchase", country: "US" },
    { ...base, id: `${network.slug}-gb`, name: "purchase", country: "GB" },
    { ...base, id: `${network.slug}-signup`, name: "signup", country: "US" },
  ]);
  await expect
    .poll(async () => {
      const res = await adminPage.request.get(`/api/v1/deliveries?network=${network.slug}&status=delivered`);
      return ((await res.json()) as { deliveries: unknown[] }).deliveries.length;
    })
    .toBe(2);

  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto(`/rules?network=${network.slug}`);
  await expect(page.getByRole("heading", { name: `${network.name} rules` })).toBeVisible();
  await expect(page.getByText("All changes saved")).toBeVisible();

  // Only US purchases from now on, and forward sign-ups under the partner's name.
  await page.getByRole("button", { name: /^Filters for purchase/ }).click();
  await page.getByLabel("Countries for purchase").fill("us");
  await page.getByLabel("Countries for purchase").press("Enter");
  await page.getByRole("button", { name: "Add mapping" }).click();
  await page.getByLabel("Our event name, row 2").fill("signup");
  await page.getByLabel("Partner event name for signup").fill("complete_registration");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  await page.getByRole("button", { name: "Run dry run" }).click();
  const results = page.getByTestId("dry-run-results");
  await expect(results.getByTestId("dry-run-changed")).toContainText("Changed by your edit2");

  const gb = page.getByTestId(`dry-run-row-${network.slug}-gb`);
  await expect(gb).toHaveAttribute("data-changed", "true");
  await expect(gb).toContainText("Delivered");
  await expect(gb).toContainText("Filtered");
  await expect(gb).toContainText('country "GB" not in rule filter [US]');
  const signup = page.getByTestId(`dry-run-row-${network.slug}-signup`);
  await expect(signup).toHaveAttribute("data-changed", "true");
  await expect(signup).toContainText("Would send");
  await expect(signup).toContainText("complete_registration");
  // The unchanged US purchase is not in the "Changed" view, but is among the network's events.
  await expect(page.getByTestId(`dry-run-row-${network.slug}-us`)).toHaveCount(0);
  await page.getByRole("button", { name: /^Involving/ }).click();
  const us = page.getByTestId(`dry-run-row-${network.slug}-us`);
  await expect(us).toBeVisible();
  await expect(us).not.toHaveAttribute("data-changed", "true");

  // Nothing was saved by the dry run.
  const before = await adminPage.request.get(`/api/v1/networks/${network.id}/rules`);
  expect(((await before.json()) as { rules: unknown[] }).rules).toHaveLength(1);

  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByText("All changes saved")).toBeVisible();
  const after = (await (await adminPage.request.get(`/api/v1/networks/${network.id}/rules`)).json()) as {
    rules: { eventName: string; partnerEventName: string | null; countries: string[] }[];
  };
  expect(after.rules).toEqual([
    expect.objectContaining({ eventName: "purchase", partnerEventName: null, countries: ["US"] }),
    expect.objectContaining({ eventName: "signup", partnerEventName: "complete_registration", countries: [] }),
  ]);
});

test("a marketer sees a bad rule flagged next to its field instead of saving it", async ({ browser, adminPage }) => {
  const network = await createNetwork(adminPage.request, "http://127.0.0.1:9", [{ event: "purchase" }]);
  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto(`/rules?network=${network.slug}`);
  await page.getByRole("button", { name: "Add mapping" }).click();
  await page.getByLabel("Our event name, row 2").fill("purchase");
  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByText('Row 1 already maps "purchase"')).toBeVisible();
  await expect(page.getByLabel("Our event name, row 2")).toHaveAttribute("aria-invalid", "true");
});

test("an analyst sees rules and deliveries read-only: no Save and no Replay", async ({ browser, adminPage }) => {
  receiver = await startReceiver((_req, res) => {
    res.writeHead(410).end("gone");
  });
  const network = await createNetwork(adminPage.request, receiver.url, [{ event: "purchase" }]);
  const key = await createApiKey(adminPage.request, "ingest");
  await ingest(adminPage.request, key, [
    { id: `${network.slug}-1`, name: "purchase", occurredAt: new Date().toISOString(), network: network.slug },
  ]);
  await expect
    .poll(async () => {
      const res = await adminPage.request.get(`/api/v1/deliveries?network=${network.slug}&status=failed`);
      return ((await res.json()) as { deliveries: unknown[] }).deliveries.length;
    })
    .toBe(1);

  const page = await signedInAs(browser, adminPage, "analyst");
  await page.goto(`/rules?network=${network.slug}`);
  await expect(page.getByRole("heading", { name: `${network.name} rules` })).toBeVisible();
  await expect(page.getByText("You can view these rules but not change them")).toBeVisible();
  await expect(page.getByTestId("rule-row-0")).toContainText("purchase");
  await expect(page.getByRole("button", { name: "Save rules" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add mapping" })).toHaveCount(0);

  await page.goto(`/deliveries?network=${network.slug}`);
  const row = page.getByTestId("delivery-row").first();
  await expect(row).toContainText("Failed");
  await expect(page.getByRole("button", { name: "Replay failed…" })).toHaveCount(0);
  await row.getByRole("link").click();
  await expect(page.getByTestId("attempt-1")).toContainText("HTTP 410");
  await expect(page.getByRole("button", { name: "Replay" })).toHaveCount(0);
});
