import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { createUser, expect, signIn, test, unique } from "./fixtures";

/** A second browser context signed in as a new user of `role`, created by the admin. */
async function signedInAs(browser: Browser, adminPage: Page, role: "marketer" | "analyst"): Promise<Page> {
  const user = await createUser(adminPage.request, role);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

async function createNetwork(
  request: APIRequestContext,
  postback: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const slug = unique("net");
  const res = await request.post("/api/v1/networks", { data: { name: `Network ${slug}`, slug, postback, ...extra } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { network: { id: string; slug: string; name: string } }).network;
}

let receiver: Receiver | null = null;
test.afterEach(async () => {
  await receiver?.close();
  receiver = null;
});

test("a marketer creates a network from a preset and sees it in the list", async ({ browser, adminPage }) => {
  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto("/networks");
  await page.getByRole("link", { name: "Add network" }).first().click();
  await page.getByRole("link", { name: "Start from Generic S2S pixel (GET)" }).click();

  await expect(page.getByText("Example format.")).toBeVisible();
  const slug = unique("acme");
  const name = `Acme ${slug}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Slug").fill(slug);
  // The preset's host is a placeholder that does not resolve; a real partner address replaces it.
  const url = page.locator("#net-url");
  await expect(url).toHaveValue(/postback\.acme-ads\.example/);
  await url.fill((await url.inputValue()).replace("https://postback.acme-ads.example", "http://127.0.0.1:9"));
  await expect(page.getByTestId("preview-request").getByTestId("rendered-url")).toContainText(
    "http://127.0.0.1:9/s2s?click_id=CjwKCAiA9ourBhAVEiwA3L5RFl",
  );

  await page.getByRole("button", { name: "Create network" }).click();
  await expect(page).toHaveURL(/\/networks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();

  await page.goto("/networks");
  const row = page.getByTestId(`network-row-${slug}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(name);
  await expect(row).toContainText("Active");
  await page.getByLabel("Search networks").fill(slug);
  await expect(page.locator("tbody tr")).toHaveCount(1);
});

test("a marketer sees a misspelled macro flagged at its position, fixes it and saves", async ({
  browser,
  adminPage,
}) => {
  const network = await createNetwork(adminPage.request, { method: "GET", url: "http://127.0.0.1:9/pb?c={click_id}" });
  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto(`/networks/${network.id}`);

  const broken = "http://127.0.0.1:9/pb?c={clik_id}&e={event_name}";
  const url = page.locator("#net-url");
  await url.fill(broken);
  const problem = page.getByTestId("template-problem");
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText(
    `At character ${broken.indexOf("clik_id") + 1}: unknown macro "clik_id" — did you mean "click_id"?`,
  );
  await expect(problem.locator("pre")).toContainText("^^^^^^^");
  await expect(page.locator("mark")).toHaveText("clik_id");
  await expect(page.getByText("Fix the problem marked in the template to see the request.")).toBeVisible();

  // Autocomplete: typing "{cli" offers click_id; Enter inserts it with the closing brace.
  await url.fill("http://127.0.0.1:9/pb?c=");
  await url.press("End");
  await url.pressSequentially("{cli");
  await expect(page.getByRole("listbox", { name: "Macros" }).getByRole("option").first()).toContainText("click_id");
  await url.press("Enter");
  await expect(url).toHaveValue("http://127.0.0.1:9/pb?c={click_id}");
  await url.pressSequentially("&e={event_name}");

  await expect(problem).toHaveCount(0);
  await expect(page.getByTestId("preview-request").getByTestId("rendered-url")).toContainText(
    "c=CjwKCAiA9ourBhAVEiwA3L5RFl&e=purchase",
  );
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved", { exact: true })).toBeVisible();
  await expect(page.getByText("All changes saved")).toBeVisible();

  const saved = await adminPage.request.get(`/api/v1/networks/${network.id}`);
  expect(((await saved.json()) as { network: { postback: { url: string } } }).network.postback.url).toBe(
    "http://127.0.0.1:9/pb?c={click_id}&e={event_name}",
  );
});

test("a marketer sends a test postback and sees the receiver's answer", async ({ browser, adminPage }) => {
  receiver = await startReceiver((_req, res) => {
    res
      .writeHead(202, { "content-type": "application/json" })
      .end(JSON.stringify({ status: "accepted", ref: "pb-4711" }));
  });
  const secret = "s3cret-token-value-9876";
  const network = await createNetwork(
    adminPage.request,
    {
      method: "POST",
      url: `${receiver.url}/pb?click_id={click_id}&event={partner_event_name}`,
      headers: [{ name: "Authorization", value: "Bearer {secret.token}" }],
      bodyType: "json",
      body: '{"value": "{revenue|number}", "currency": "{currency}"}',
    },
    { secrets: { token: secret } },
  );

  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto(`/networks/${network.id}`);
  await expect(page.getByTestId("secret-token")).toContainText("••••9876");
  await page.getByRole("button", { name: "Send test postback" }).click();

  await expect(page.getByTestId("test-response-status")).toHaveText("HTTP 202");
  await expect(page.getByTestId("test-response-body")).toContainText('"ref":"pb-4711"');
  const [got] = await receiver.waitFor(1);
  expect(got.method).toBe("POST");
  expect(got.url).toBe("/pb?click_id=CjwKCAiA9ourBhAVEiwA3L5RFl&event=CompletePayment");
  expect(got.headers.authorization).toBe(`Bearer ${secret}`);
  expect(got.headers["x-ricochet-test"]).toBe("1");
  expect(JSON.parse(got.body)).toEqual({ value: 49.99, currency: "USD" });

  // The request shown back has the secret masked.
  await expect(page.getByRole("region", { name: "Request sent" })).toContainText(
    `${receiver.url}/pb?click_id=CjwKCAiA9ourBhAVEiwA3L5RFl&event=CompletePayment`,
  );
  await page.getByText("Headers and body").click();
  const shown = page.getByTestId("test-request");
  await expect(shown).toContainText("Bearer ****9876");
  await expect(shown).not.toContainText(secret);
});

test("an analyst can open a network but not change it", async ({ browser, adminPage }) => {
  const network = await createNetwork(adminPage.request, { method: "GET", url: "http://127.0.0.1:9/pb?c={click_id}" });
  const page = await signedInAs(browser, adminPage, "analyst");
  await page.goto("/networks");
  await expect(page.getByTestId(`network-row-${network.slug}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Add network" })).toHaveCount(0);

  await page.goto(`/networks/${network.id}`);
  await expect(page.getByTestId("read-only-notice")).toBeVisible();
  await expect(page.locator("#net-url")).toHaveAttribute("readonly", "");
  await expect(page.getByTestId("preview-request").getByTestId("rendered-url")).toContainText(
    "c=CjwKCAiA9ourBhAVEiwA3L5RFl",
  );
  await expect(page.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send test postback" })).toHaveCount(0);

  const patch = await page.request.patch(`/api/v1/networks/${network.id}`, { data: { name: "Renamed by an analyst" } });
  expect(patch.status()).toBe(403);
  const test = await page.request.post(`/api/v1/networks/${network.id}/test`, { data: {} });
  expect(test.status()).toBe(403);
});

test("a marketer deletes a network, finds it with its history among the deleted ones, and restores it", async ({
  browser,
  adminPage,
}) => {
  const slug = unique("doomed");
  const created = await adminPage.request.post("/api/v1/networks", {
    data: {
      name: `Doomed ${slug}`,
      slug,
      postback: { method: "GET", url: "http://127.0.0.1:9/pb?c={click_id}" },
      status: "paused",
      rules: [{ event: "install" }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { network } = (await created.json()) as { network: { id: string; name: string } };
  await adminPage.request.post("/api/v1/events", {
    data: {
      events: [
        { id: `${slug}-1`, name: "install", occurredAt: new Date().toISOString(), network: slug, clickId: "c-1" },
      ],
    },
  });

  const page = await signedInAs(browser, adminPage, "marketer");
  await page.goto(`/networks/${network.id}`);
  await page.getByRole("button", { name: "Delete network…" }).click();
  await page.getByRole("group", { name: `Confirm deleting ${network.name}` }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/.artifacts/shots/networks-9b-delete-confirm.png" });
  await page
    .getByRole("group", { name: `Confirm deleting ${network.name}` })
    .getByRole("button", { name: "Delete network" })
    .click();
  await expect(page).toHaveURL(/\/networks$/);
  await expect(page.getByTestId(`network-row-${slug}`)).toHaveCount(0);

  await page.getByRole("link", { name: /deleted network/ }).click();
  await expect(page.getByRole("heading", { name: "Deleted networks" })).toBeVisible();
  await expect(page.getByTestId(`network-row-${slug}`)).toContainText(/Deleted\s*just now/);
  await expect(page.getByTestId(`network-row-${slug}`)).not.toContainText("Paused");
  await page.screenshot({ path: "tests/.artifacts/shots/networks-9c-deleted-list.png", fullPage: true });
  await page.getByTestId(`network-row-${slug}`).getByRole("link").first().click();
  await expect(page.getByTestId("deleted-network")).toContainText("Its deliveries and reports stay");
  // The postback that was waiting is skipped, not lost from the log.
  const log = await page.request.get(`/api/v1/deliveries?network=${slug}`);
  expect(((await log.json()) as { deliveries: { status: string; reason: string }[] }).deliveries).toEqual([
    expect.objectContaining({ status: "skipped", reason: "network deleted before the postback was sent" }),
  ]);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: "tests/.artifacts/shots/networks-10-deleted.png", fullPage: true });

  await page.getByRole("button", { name: "Restore network" }).click();
  await expect(page.getByText(`Restored ${network.name}`)).toBeVisible();
  await expect(page.getByTestId("deleted-network")).toHaveCount(0);
  await page.goto("/networks");
  await expect(page.getByTestId(`network-row-${slug}`)).toContainText("Paused");
});
