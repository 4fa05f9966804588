// The reconciliation page with real traffic: networks answering 200, 410 and filtering by rule,
// a paused one, events either side of midnight over ten days; then gaps, drill-down, import and export.
import { mkdirSync, readFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { expect, test, unique } from "./fixtures";

const SHOTS = "tests/.artifacts/shots";
const shot = (name: string) => ({ path: `${SHOTS}/reconciliation-${name}.png`, fullPage: true });

let receiver: Receiver;
test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  receiver = await startReceiver((req, res) => {
    res.writeHead(req.url.startsWith("/gone") ? 410 : 200).end(req.url.startsWith("/gone") ? "campaign ended" : "ok");
  });
});
test.afterAll(async () => {
  await receiver?.close();
});

async function createNetwork(
  request: APIRequestContext,
  name: string,
  path: string,
  extra: Record<string, unknown> = {},
) {
  const slug = unique(name.toLowerCase().replace(/\W+/g, "-"));
  const res = await request.post("/api/v1/networks", {
    data: {
      name: `${name} ${slug.slice(-4)}`,
      slug,
      postback: { method: "GET", url: `${receiver.url}/${path}?c={click_id}&r={revenue}` },
      rules: [
        { event: "install", partnerEvent: "app_install", countries: ["US", "GB", "DE"] },
        { event: "purchase", sendRevenue: true },
      ],
      ...extra,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { network: { slug: string; name: string } }).network;
}

const DAY_MS = 86_400_000;
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** Ten days of installs and purchases, heavier in the evening (UTC) and either side of midnight. */
function traffic(slugs: string[], now: Date) {
  const events: Record<string, unknown>[] = [];
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let n = 0;
  slugs.forEach((slug, s) => {
    for (let day = 9; day >= 1; day--) {
      const base = midnight - day * DAY_MS;
      const perDay = 6 + ((day * 7 + s * 3) % 9);
      for (let i = 0; i < perDay; i++) {
        const minutes = (i * 211 + day * 37) % 1440;
        const country = i % 5 === 0 ? "FR" : "US";
        events.push({
          id: `${slug}-${n++}`,
          name: "install",
          occurredAt: new Date(base + minutes * 60_000).toISOString(),
          network: slug,
          clickId: `c-${n}`,
          country,
        });
        if (i % 3 === 0)
          events.push({
            id: `${slug}-${n++}`,
            name: "purchase",
            occurredAt: new Date(base + minutes * 60_000 + 90_000).toISOString(),
            network: slug,
            clickId: `c-${n}`,
            revenue: "4.99",
            currency: "USD",
          });
      }
      // Either side of midnight UTC (and 19:30 / 20:30 the evening before in New York).
      events.push({
        id: `${slug}-${n++}`,
        name: "install",
        occurredAt: new Date(base - 30 * 60_000).toISOString(),
        network: slug,
        clickId: `c-${n}`,
        country: "US",
      });
      events.push({
        id: `${slug}-${n++}`,
        name: "install",
        occurredAt: new Date(base + 30 * 60_000).toISOString(),
        network: slug,
        clickId: `c-${n}`,
        country: "US",
      });
    }
  });
  return events;
}

async function ingest(request: APIRequestContext, events: Record<string, unknown>[]) {
  for (let i = 0; i < events.length; i += 500) {
    const res = await request.post("/api/v1/events", { data: { events: events.slice(i, i + 500) } });
    expect(res.status(), await res.text()).toBe(202);
  }
}

async function settled(request: APIRequestContext, slugs: string[]) {
  await expect
    .poll(
      async () => {
        let open = 0;
        for (const slug of slugs) {
          for (const status of ["pending", "sending"]) {
            const res = await request.get(`/api/v1/deliveries?network=${slug}&status=${status}&limit=1`);
            open += ((await res.json()) as { deliveries: unknown[] }).deliveries.length;
          }
        }
        return open;
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(0);
}

async function waitForCharts(page: Page) {
  await expect(page.getByTestId("outcome-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("reconciliation-row").first()).toBeVisible();
}

test("an analyst reconciles attributed vs delivered, drills into gaps, imports and exports", async ({
  adminPage: page,
}) => {
  test.setTimeout(180_000);
  const request = page.request;
  const now = new Date();
  const good = await createNetwork(request, "Northwind Ads", "ok");
  const gone = await createNetwork(request, "Gone Media", "gone");
  const paused = await createNetwork(request, "Paused Reach", "ok", { status: "paused" });
  await ingest(request, traffic([good.slug, gone.slug, paused.slug], now));
  await settled(request, [good.slug, gone.slug]);

  const to = utcDay(new Date(now.getTime() - DAY_MS));
  const from = utcDay(new Date(now.getTime() - 10 * DAY_MS));
  const range = `from=${from}&to=${to}&tz=America/New_York`;

  // All networks: cards, three charts and the table.
  await page.goto(`/reconciliation?${range}`);
  await expect(page.getByRole("heading", { name: "Reconciliation", level: 1 })).toBeVisible();
  await waitForCharts(page);
  await expect(page.getByTestId("summary-attributed")).not.toContainText("—");
  await expect(page.getByTestId("network-chart")).toContainText("Networks side by side");
  await expect(page.getByTestId("discrepancy-chart").locator(".recharts-line-curve").first()).toBeVisible();
  await page.screenshot(shot("1-all-networks"));
  await page.screenshot({ path: `${SHOTS}/reconciliation-1a-top.png` });
  await page.getByTestId("outcome-chart").screenshot({ path: `${SHOTS}/reconciliation-1b-outcome-chart.png` });
  await page.getByTestId("network-chart").screenshot({ path: `${SHOTS}/reconciliation-1c-network-chart.png` });
  await page.getByTestId("reconciliation-row").nth(12).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/reconciliation-1d-table.png` });

  // One network that answers 410: nothing delivered, and the breakdown says why.
  await page.goto(`/reconciliation?${range}&network=${gone.slug}`);
  await waitForCharts(page);
  await expect(page.getByTestId("summary-delivered")).toContainText("0");
  const firstRow = page.getByTestId("reconciliation-row").first();
  await firstRow.click();
  const panel = page.getByTestId("gap-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("gap-group").filter({ hasText: "HTTP 410 gone" })).toBeVisible();
  const viewLink = panel.getByRole("link", { name: /View deliveries/ }).first();
  await expect(viewLink).toHaveAttribute(
    "href",
    new RegExp(
      `^/deliveries\\?network=${gone.slug}&status=(failed|filtered)&time=occurred&from=[^&]+&to=[^&]+&event=\\w+$`,
    ),
  );
  await page.screenshot(shot("2-gap-breakdown"));
  await panel.screenshot({ path: `${SHOTS}/reconciliation-2a-gap-panel.png` });
  // The day's postbacks for this network and event, every outcome, as the file a dispute needs.
  const groups = await panel.getByTestId("gap-group").allInnerTexts();
  const counted = groups.reduce((n, g) => n + Number(/×([\d,]+)/.exec(g)![1].replace(/,/g, "")), 0);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("link", { name: "All postbacks of this day (CSV)" }).click(),
  ]);
  const dayFile = readFileSync(await file.path(), "utf8")
    .trim()
    .split("\r\n")
    .slice(1);
  expect(dayFile).toHaveLength(counted); // nothing was delivered to this network, so every postback is a gap
  expect(dayFile.every((l) => l.includes(`,${gone.slug},`))).toBe(true);

  // A bar segment opens the deliveries behind it: by event time, as the bar counts them. Every
  // event was ingested today, so by created time the past day's list would be empty.
  await page.goto(`/reconciliation?${range}&network=${good.slug}`);
  await waitForCharts(page);
  // The fourth day's delivered segment (the bottom series): every day of this network has some.
  await page
    .getByTestId("outcome-chart")
    .locator(".recharts-bar")
    .first()
    .locator(".recharts-bar-rectangle")
    .nth(3)
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/deliveries\\?network=${good.slug}&status=delivered&time=occurred&from=[^&]+&to=`),
  );
  const barDay = (
    (await (await request.get(`/api/v1/reconciliation?${range}&network=${good.slug}`)).json()) as {
      byDay: { start: string; delivered: number }[];
    }
  ).byDay.find((d) => d.start === new URL(page.url()).searchParams.get("from"));
  expect(barDay?.delivered).toBeGreaterThan(0);
  await expect(page.getByTestId("event-time-note")).toContainText("Event time:");
  await expect(page.getByLabel("Time range by")).toHaveValue("occurred");
  await expect(page.getByTestId("delivery-row")).toHaveCount(barDay!.delivered);
  await expect(page.getByTestId("delivery-row").first().getByTestId("created-late")).toBeVisible();
  await page.screenshot(shot("2b-bar-deliveries"));

  // Import what the network says it received; one line off by more than 5% is flagged.
  await page.goto(`/reconciliation?${range}&network=${good.slug}`);
  await waitForCharts(page);
  const api = (await (await request.get(`/api/v1/reconciliation?${range}&network=${good.slug}`)).json()) as {
    rows: { day: string; event: string; delivered: number }[];
  };
  const installs = api.rows.filter((r) => r.event === "install").slice(-2);
  expect(installs).toHaveLength(2);
  await page.getByRole("button", { name: "Import network report" }).click();
  const panelImport = page.getByTestId("import-report");
  await panelImport.locator("input[type=file]").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `date,network,event,count\n${installs[0].day},${good.slug},install,abc\n${installs[0].day},nobody-here,install,3\n`,
    ),
  });
  await expect(panelImport.getByTestId("import-errors")).toContainText("Line 2");
  await expect(panelImport.getByTestId("import-errors")).toContainText('no network has the slug "nobody-here"');
  await expect(panelImport.getByRole("button", { name: /^Import/ })).toBeDisabled();
  await page.screenshot(shot("3-import-errors"));
  await panelImport.locator("input[type=file]").setInputFiles({
    name: "northwind.csv",
    mimeType: "text/csv",
    // The second line as networks write it: under the partner event name Ricochet sends them.
    buffer: Buffer.from(
      `date,network,event,count,revenue,currency\n${installs[0].day},${good.slug},install,${installs[0].delivered}\n${installs[1].day},${good.slug},app_install,${Math.max(0, installs[1].delivered - 3)}\n`,
    ),
  });
  await expect(panelImport).toContainText("2 lines ready to import");
  await expect(panelImport.getByTestId("import-renamed")).toContainText(`${good.slug}: app_install → install (1 line)`);
  await panelImport.scrollIntoViewIfNeeded();
  await page.screenshot(shot("3b-import-renamed"));
  await panelImport.getByRole("button", { name: "Import 2 lines" }).click();
  await expect(page.getByText("Imported 2 report lines")).toBeVisible();
  await expect(page.getByTestId("summary-reported")).toContainText("1 row off by more than 5%");
  await expect(page.getByTestId("reconciliation-table")).toContainText("▼");
  await page.screenshot(shot("4-reported"));

  // The API takes the file as text/csv too, and exports reports back in the import format.
  const exported = await request.get(`/api/v1/network-reports?network=${good.slug}&format=csv`);
  expect(exported.status()).toBe(200);
  const exportedCsv = await exported.text();
  expect(exportedCsv.split("\r\n")[0]).toBe("date,network,event,count,revenue,currency");
  expect(exportedCsv.trim().split("\r\n")).toHaveLength(3);
  const again = await request.post("/api/v1/network-reports?dryRun=1", {
    headers: { "Content-Type": "text/csv" },
    data: exportedCsv,
  });
  expect(again.status(), await again.text()).toBe(200);
  expect((await again.json()) as { valid: number; written: boolean }).toMatchObject({ valid: 2, written: false });

  // Monitoring shows the same traffic per network.
  await page.goto("/monitoring");
  await expect(page.getByTestId("network-health")).toContainText(gone.name);
  await expect(page.getByTestId("success-rate-chart").locator(".recharts-line-dots circle").first()).toBeVisible();
  await page.screenshot(shot("6-monitoring"));
  await page.goto(`/monitoring?network=${gone.slug}`);
  await expect(page.getByTestId("network-health")).toContainText("0.0%");
  await page.screenshot(shot("7-monitoring-one"));
  await page.goto(`/reconciliation?${range}&network=${good.slug}`);
  await waitForCharts(page);

  // The CSV download has the same rows.
  const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  expect(href).toContain("format=csv");
  const csv = await request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="reconciliation_/);
  const lines = (await csv.text()).trim().split(/\r\n/);
  expect(lines[0]).toMatch(
    /^date,network,network_name,event,attributed,delivered,failed,filtered,expired,skipped,pending,discrepancy,reported,flag/,
  );
  expect(lines).toHaveLength(api.rows.length + 1);

  // The API names the parameter it rejects.
  const bad = await request.get(`/api/v1/reconciliation?from=${from}&to=${to}&tz=Mars/Olympus`);
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("tz:");
});

test("an empty range explains what reconciliation shows", async ({ adminPage: page }) => {
  const quiet = await createNetwork(page.request, "Quiet Network", "ok");
  await page.goto(`/reconciliation?network=${quiet.slug}`);
  await expect(page.getByRole("heading", { name: "Nothing to reconcile in this range yet" })).toBeVisible();
  await expect(page.getByText("It fills in as events arrive")).toBeVisible();
  await page.screenshot(shot("5-empty"));
});
