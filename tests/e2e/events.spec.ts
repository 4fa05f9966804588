import type { APIRequestContext } from "@playwright/test";
import { createApiKey, expect, test, unique } from "./fixtures";

async function createNetwork(
  request: APIRequestContext,
  name: string,
  rules: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
) {
  const slug = unique(name.toLowerCase());
  const res = await request.post("/api/v1/networks", {
    // Port 9 (discard) on loopback: nothing is expected to be sent in these tests.
    data: {
      name: `${name} ${slug}`,
      slug,
      postback: { method: "GET", url: "http://127.0.0.1:9/pb?c={click_id}" },
      rules,
      ...extra,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { network: { id: string; slug: string; name: string } }).network;
}

test("an event's page explains why it was filtered for a network and not sent to another", async ({
  adminPage: page,
}) => {
  const acme = await createNetwork(page.request, "Acme", [{ event: "purchase", countries: ["US"] }]);
  const beacon = await createNetwork(page.request, "Beacon", [{ event: "purchase" }]);
  const key = await createApiKey(page.request, "ingest");
  const id = `${acme.slug}-gb`;
  const res = await page.request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      id,
      name: "purchase",
      occurredAt: new Date().toISOString(),
      network: acme.slug,
      country: "GB",
      clickId: `${acme.slug}-click`,
      revenue: "9.99",
      currency: "EUR",
      properties: { plan: "annual" },
    },
  });
  expect(res.status(), await res.text()).toBe(202);

  await page.goto(`/events?network=${acme.slug}`);
  const row = page.getByTestId("event-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(id);
  await expect(row).toContainText("9.99 EUR");
  await expect(row).toContainText("Filtered");
  await row.getByRole("link", { name: "purchase" }).click();

  await expect(page.getByRole("heading", { name: /purchase/ })).toBeVisible();
  const acmeOutcome = page.getByTestId(`outcome-${acme.slug}`);
  await expect(acmeOutcome).toContainText("Filtered");
  await expect(acmeOutcome).toContainText(
    'Not sent: the forwarding rules filtered it out, because country "GB" not in rule filter [US].',
  );
  await expect(acmeOutcome.getByRole("link", { name: /View delivery/ })).toBeVisible();
  await expect(page.getByTestId(`outcome-${beacon.slug}`)).toContainText(
    `Not attributed to ${beacon.name}, and ${beacon.name} only receives events attributed to it.`,
  );
  await expect(page.getByText("annual")).toBeVisible();
});

test("the events list filters by click id through the URL and says when nothing matches", async ({
  adminPage: page,
}) => {
  await page.goto(`/events?clickId=${unique("no-such-click")}`);
  await expect(page.getByText("No events match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/events$/);
});

test("the events list narrows to organic or attributed events", async ({ adminPage: page }) => {
  const acme = await createNetwork(page.request, "Acme", [{ event: "install" }]);
  const key = await createApiKey(page.request, "ingest");
  const name = unique("signup").replace(/-/g, "_");
  const occurredAt = new Date().toISOString();
  const res = await page.request.post("/api/v1/events", {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      events: [
        { id: `${name}-paid`, name, occurredAt, network: acme.slug },
        { id: `${name}-organic`, name, occurredAt },
      ],
    },
  });
  expect(res.status(), await res.text()).toBe(202);

  await page.goto(`/events?name=${name}`);
  const rows = page.getByTestId("event-row");
  await expect(rows).toHaveCount(2);
  await page.getByLabel("Attribution").selectOption({ label: "Organic only" });
  await expect(page).toHaveURL(/organic=true/);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`${name}-organic`);
  await page.screenshot({ path: "tests/.artifacts/shots/events-organic.png", fullPage: true });
  await page.getByLabel("Attribution").selectOption({ label: "Attributed only" });
  await expect(page).toHaveURL(/organic=false/);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`${name}-paid`);
});
