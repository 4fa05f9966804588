// Reporting time zones: an admin adds one from the reconciliation page and manages them in
// Settings; the API refuses what the role or the input does not allow.
import { mkdirSync } from "node:fs";
import Database from "better-sqlite3";
import { createApiKey, expect, test } from "./fixtures";

const SHOTS = "tests/.artifacts/shots";

test.beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

test("an admin keeps daily totals for a zone from the reconciliation page, then manages zones in Settings", async ({
  adminPage: page,
}) => {
  const request = page.request;
  const zone = "Pacific/Auckland";
  await request.delete(`/api/v1/reconciliation/time-zones?tz=${encodeURIComponent(zone)}`); // a rerun on a reused server
  // Something to reconcile today, so the page shows numbers rather than its empty state.
  await request.post("/api/v1/events", {
    data: {
      events: [{ id: `rz-${Date.now()}`, name: "install", occurredAt: new Date().toISOString(), network: "nowhere" }],
    },
  });

  await page.goto(`/reconciliation?tz=${encodeURIComponent(zone)}`);
  const note = page.getByText(/counted from 15-minute buckets/);
  await expect(note).toBeVisible();
  await page.getByRole("button", { name: `Keep daily totals for ${zone}` }).click();
  await expect(page.getByText(`Daily totals kept for ${zone}`)).toBeVisible();
  await expect(note).toBeHidden();

  await page.goto("/settings/reporting");
  await expect(page.getByRole("heading", { name: "Reporting time zones" })).toBeVisible();
  // UTC is built when the app starts; the new zone is ready too.
  await expect(page.getByTestId("reporting-zone-UTC")).toContainText("Ready");
  await expect(page.getByTestId(`reporting-zone-${zone}`)).toContainText("Ready");
  await page.getByLabel("Time zone to add").fill("Mars/Olympus");
  await page.getByRole("button", { name: "Add zone" }).click();
  await expect(page.getByText('"Mars/Olympus" is not a time zone')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/settings-reporting.png`, fullPage: true });

  await page.getByRole("button", { name: `Remove ${zone}` }).click();
  await page.getByRole("button", { name: "Confirm remove" }).click();
  await expect(page.getByText(`Stopped keeping daily totals for ${zone}`)).toBeVisible();
  await expect(page.getByTestId(`reporting-zone-${zone}`)).toHaveCount(0);
});

test("a build in progress shows how far it has got, and a rebuild finishes it", async ({ adminPage: page }) => {
  const zone = "America/Sao_Paulo";
  await page.request.delete(`/api/v1/reconciliation/time-zones?tz=${encodeURIComponent(zone)}`);
  // As a build in progress leaves it between steps: 40 of 120 days summed.
  const db = new Database("tests/.artifacts/e2e.db");
  try {
    // Its last step just now, so the server's worker leaves it be for a minute.
    db.prepare(
      `INSERT INTO "ReportingTimeZone" ("tz", "createdAt", "builtBefore", "builtDays", "totalDays", "stepAt") VALUES (?, ?, ?, 40, 120, ?)`,
    ).run(
      zone,
      new Date().toISOString(),
      new Date(Date.now() - 80 * 86_400_000).toISOString(),
      new Date().toISOString(),
    );
  } finally {
    db.close();
  }
  await page.goto("/settings/reporting");
  const row = page.getByTestId(`reporting-zone-${zone}`);
  await expect(row).toContainText("Building");
  await expect(row).toContainText("40 of 120 days");
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "40");
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/settings-reporting-building.png`, fullPage: true });

  await row.getByRole("button", { name: `Rebuild ${zone}` }).click();
  await expect(page.getByText(`Daily totals kept for ${zone}`)).toBeVisible();
  await expect(row).toContainText("Ready");
  await expect(row.getByRole("progressbar")).toHaveCount(0);
  await page.request.delete(`/api/v1/reconciliation/time-zones?tz=${encodeURIComponent(zone)}`);
});

test("API: analysts read reporting zones but cannot change them; bad zones are named", async ({
  adminPage: page,
  playwright,
  baseURL,
}) => {
  const analystKey = await createApiKey(page.request, "analyst");
  const anon = await playwright.request.newContext({ baseURL });
  const as = { headers: { Authorization: `Bearer ${analystKey}` } };
  const list = await anon.get("/api/v1/reconciliation/time-zones", as);
  expect(list.status()).toBe(200);
  expect(((await list.json()) as { zones: { tz: string; ready: boolean }[] }).zones).toContainEqual(
    expect.objectContaining({ tz: "UTC", ready: true }),
  );
  expect((await anon.post("/api/v1/reconciliation/time-zones", { ...as, data: { tz: "Europe/Paris" } })).status()).toBe(
    403,
  );
  expect((await anon.delete("/api/v1/reconciliation/time-zones?tz=UTC", as)).status()).toBe(403);

  const bad = await page.request.post("/api/v1/reconciliation/time-zones", { data: { tz: "Mars/Olympus" } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { fields: Record<string, string[]> } }).error.fields.tz[0]).toContain(
    "not a known IANA time zone",
  );
  const missing = await page.request.post("/api/v1/reconciliation/time-zones", { data: {} });
  expect(missing.status()).toBe(400);
  expect(((await missing.json()) as { error: { fields: Record<string, string[]> } }).error.fields).toHaveProperty("tz");
  expect((await page.request.delete("/api/v1/reconciliation/time-zones?tz=Asia/Tokyo")).status()).toBe(404);
  await anon.dispose();
});
