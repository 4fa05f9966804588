// Monitoring numbers, alert evaluation (idempotent, notified once through the SSRF-guarded client)
// and Prometheus metrics, on traffic sent through the real engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateAlerts } from "@/lib/alerts/evaluate";
import { listAlerts } from "@/lib/alerts/queries";
import { alertListQuerySchema } from "@/lib/alerts/schemas";
import { getAlertSettings, updateAlertSettings } from "@/lib/alerts/settings";
import { newId } from "@/lib/ids";
import { renderMetrics } from "@/lib/monitoring/metrics";
import { networkMonitoring } from "@/lib/monitoring/monitoring";
import { monitoringQuerySchema } from "@/lib/monitoring/schemas";
import { engine, system } from "../fixtures/engine";
import { type Receiver, startReceiver } from "../fixtures/receiver";
import { createTestDb, resetDb, type TestDb, testProviders, waitUntil } from "../fixtures/test-db";

const providers = await testProviders();
const MIN = 60_000;

/** Nearest-rank percentile, as the database computes it. */
function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(p * sorted.length) - 1];
}

describe.each(providers)("monitoring and alerts on %s", (provider) => {
  let t: TestDb;
  let ok: Receiver;
  let gone: Receiver;
  let hook: Receiver;
  let e: ReturnType<typeof engine>;
  const start = Date.now();

  beforeAll(async () => {
    t = await createTestDb(provider);
    await resetDb(t.db);
    ok = await startReceiver((_r, res) => {
      setTimeout(() => res.writeHead(200).end("ok"), 5 + Math.floor(Math.random() * 30));
    });
    gone = await startReceiver((_r, res) => {
      res.writeHead(410).end("gone");
    });
    hook = await startReceiver((_r, res) => {
      res.writeHead(200).end("ok");
    });
    e = engine(t.db, provider);
    await e.createNetwork({
      name: "Steady",
      slug: "steady",
      postback: { method: "GET", url: `${ok.url}/s?c={click_id}` },
      rules: [{ eventName: "install" }],
    });
    await e.createNetwork({
      name: "Broken",
      slug: "broken",
      postback: { method: "GET", url: `${gone.url}/b?c={click_id}` },
      rules: [{ eventName: "install" }],
    });
    await e.createNetwork({
      name: "Sleepy",
      slug: "sleepy",
      status: "paused",
      acceptanceWindowHours: 24,
      postback: { method: "GET", url: `${ok.url}/p?c={click_id}` },
      rules: [{ eventName: "install" }],
    });
    const occurredAt = new Date(start - 10 * MIN).toISOString();
    const ev = (slug: string, i: number, extra: Record<string, unknown> = {}) => ({
      id: `${slug}-${i}`,
      name: "install",
      occurredAt,
      network: slug,
      clickId: `${slug}-${i}`,
      ...extra,
    });
    await e.ingest([
      ...Array.from({ length: 30 }, (_, i) => ev("steady", i)),
      ...Array.from({ length: 25 }, (_, i) => ev("broken", i)),
      // Clicked 23.5 h ago: the 24 h window closes in 30 minutes while the network is paused.
      ...Array.from({ length: 3 }, (_, i) =>
        ev("sleepy", i, { clickAt: new Date(start - 23.5 * 60 * MIN).toISOString() }),
      ),
      ...Array.from({ length: 2 }, (_, i) =>
        ev("sleepy", 10 + i, { clickAt: new Date(start - 60 * MIN).toISOString() }),
      ),
    ]);
    e.startWorker();
    await waitUntil(
      async () =>
        (await t.db.delivery.count({
          where: { status: { in: ["pending", "sending"] }, network: { slug: { not: "sleepy" } } },
        })) === 0 || undefined,
      30_000,
      "settled",
    );
    await e.stopWorkers();
    // Created after the worker stopped: an active network with a queue.
    await e.createNetwork({
      name: "Queued",
      slug: "queued",
      postback: { method: "GET", url: `${ok.url}/q?c={click_id}` },
      rules: [{ eventName: "install" }],
    });
    await e.ingest(Array.from({ length: 5 }, (_, i) => ev("queued", i)));
  });

  afterAll(async () => {
    await Promise.all([ok?.close(), gone?.close(), hook?.close()]);
    await t.cleanup();
  });

  it("computes success rate, latency and event-to-delivery percentiles per network and hour", async () => {
    const now = new Date();
    const m = await networkMonitoring(t.db, provider, monitoringQuerySchema.parse({}), now);
    expect(m.networks.map((n) => n.network).sort()).toEqual(["broken", "queued", "sleepy", "steady"]);
    const steady = m.networks.find((n) => n.network === "steady")!;
    const attempts = await t.db.deliveryAttempt.findMany({
      where: { delivery: { network: { slug: "steady" } } },
      include: { delivery: true },
    });
    expect(steady.window.attempts).toBe(attempts.length);
    expect(steady.window.delivered).toBe(30);
    expect(steady.window.successRate).toBe(1);
    expect(steady.window.latencyP50Ms).toBe(
      nearestRank(
        attempts.map((a) => a.latencyMs),
        0.5,
      ),
    );
    expect(steady.window.latencyP95Ms).toBe(
      nearestRank(
        attempts.map((a) => a.latencyMs),
        0.95,
      ),
    );
    const delays = attempts.map((a) => a.delivery.completedAt!.getTime() - a.delivery.occurredAt.getTime());
    expect(steady.window.delayP95Ms).toBe(nearestRank(delays, 0.95));
    expect(steady.window.delayP50Ms).toBe(nearestRank(delays, 0.5));

    expect(steady.series).toHaveLength(24);
    expect(steady.series.reduce((s, p) => s + p.attempts, 0)).toBe(attempts.length);
    const hours = new Set(attempts.map((a) => `${a.startedAt.toISOString().slice(0, 13)}:00:00.000Z`));
    for (const p of steady.series) expect(p.attempts > 0).toBe(hours.has(p.hour));

    const broken = m.networks.find((n) => n.network === "broken")!;
    expect(broken.window).toMatchObject({ attempts: 25, delivered: 0, successRate: 0, delayP95Ms: null });

    const sleepy = m.networks.find((n) => n.network === "sleepy")!;
    expect(sleepy).toMatchObject({
      backlog: 5,
      dueNow: 5,
      nearDeadline: 3,
      acceptanceWindowHours: 24,
      status: "paused",
    });
    expect(sleepy.window.attempts).toBe(0);
    expect(sleepy.series.every((p) => p.successRate === null)).toBe(true);

    const week = await networkMonitoring(
      t.db,
      provider,
      monitoringQuerySchema.parse({ window: "7d", network: "steady" }),
      now,
    );
    expect(week.networks).toHaveLength(1);
    expect(week.networks[0].series).toHaveLength(168);
    expect(week.networks[0].window.attempts).toBe(attempts.length);
  });

  it("refuses a webhook on a private or metadata address and never returns the URL", async () => {
    await expect(updateAlertSettings(t.db, system, { webhookUrl: "http://10.1.2.3/hook" })).rejects.toMatchObject({
      status: 400,
      fields: { webhookUrl: [expect.any(String)] },
    });
    await expect(
      updateAlertSettings(t.db, system, { webhookUrl: "http://169.254.169.254/latest" }),
    ).rejects.toMatchObject({ status: 400 });
    const saved = await updateAlertSettings(t.db, system, {
      webhookUrl: `${hook.url}/services/T0/B0/secret-token`,
      backlogThreshold: 4,
    });
    expect(saved).toMatchObject({
      backlogThreshold: 4,
      successRateThreshold: 90,
      minAttempts: 20,
      webhook: { configured: true, host: `127.0.0.1:${hook.port}`, lastFour: "oken" },
    });
    const read = await getAlertSettings(t.db);
    expect(JSON.stringify(read)).not.toContain("secret-token");
    const stored = await t.db.setting.findUnique({ where: { key: "alerts" } });
    expect(stored!.value).not.toContain("secret-token");
  });

  it("opens one alert per network and kind while the condition holds, notifies once, resolves when it clears", async () => {
    const dead = await e.createNetwork({
      name: "Dead",
      slug: "dead",
      postback: { method: "GET", url: `${ok.url}/d?c={click_id}` },
    });
    await t.db.network.update({ where: { id: dead.id }, data: { status: "disabled" } });
    await t.db.alert.create({
      data: {
        id: newId(),
        networkId: dead.id,
        kind: "auto_disabled",
        severity: "critical",
        message: "Dead was disabled after 5 consecutive failed postbacks.",
      },
    });

    const now = new Date();
    const first = await evaluateAlerts(t.db, now);
    expect(first).toMatchObject({ skipped: false, opened: 3, resolved: 0, notified: 4, open: 4 });
    const open = await t.db.alert.findMany({ where: { resolvedAt: null }, orderBy: { kind: "asc" } });
    const names = new Map((await t.db.network.findMany()).map((n) => [n.id, n.slug]));
    expect(open.map((a) => `${names.get(a.networkId!)}:${a.kind}`).sort()).toEqual([
      "broken:success_rate",
      "dead:auto_disabled",
      "queued:backlog",
      "sleepy:acceptance_window",
    ]);
    expect(open.every((a) => a.notifiedAt !== null)).toBe(true);
    expect(open.find((a) => a.kind === "success_rate")!.message).toBe(
      "Broken: only 0% of 25 postbacks succeeded in the last hour (alert below 90%).",
    );
    expect(open.find((a) => a.kind === "acceptance_window")!.message).toBe(
      "Sleepy: 3 pending deliveries reach the end of the acceptance window within 60 min and the network is paused.",
    );

    expect(hook.requests).toHaveLength(4);
    for (const r of hook.requests) {
      expect(r.method).toBe("POST");
      expect(r.url).toBe("/services/T0/B0/secret-token");
      expect(r.headers["content-type"]).toBe("application/json");
      expect(Object.keys(JSON.parse(r.body))).toEqual(["text"]);
    }
    expect(hook.requests.map((r) => (JSON.parse(r.body) as { text: string }).text).join("\n")).toContain(
      "Broken: only 0% of 25 postbacks",
    );

    // Another process within the lease does nothing; the next minute changes nothing.
    expect(await evaluateAlerts(t.db, new Date(now.getTime() + 10_000))).toMatchObject({ skipped: true });
    expect(await evaluateAlerts(t.db, new Date(now.getTime() + MIN))).toMatchObject({
      skipped: false,
      opened: 0,
      resolved: 0,
      notified: 0,
      open: 4,
    });
    expect(await t.db.alert.count()).toBe(4);
    expect(hook.requests).toHaveLength(4);

    // Two hours on: no attempts in the last hour, the deadlines have passed; the backlog is still there.
    await t.db.network.update({ where: { id: dead.id }, data: { status: "active" } });
    const later = await evaluateAlerts(t.db, new Date(now.getTime() + 120 * MIN));
    expect(later).toMatchObject({ opened: 0, resolved: 3, open: 1 });
    const still = await t.db.alert.findMany({ where: { resolvedAt: null } });
    expect(still.map((a) => a.kind)).toEqual(["backlog"]);
    await updateAlertSettings(t.db, system, { backlogThreshold: 1000 });
    expect(await evaluateAlerts(t.db, new Date(now.getTime() + 122 * MIN))).toMatchObject({ resolved: 1, open: 0 });

    const list = await listAlerts(t.db, alertListQuerySchema.parse({}));
    expect(list.open).toBe(0);
    expect(list.alerts).toHaveLength(4);
    expect(list.alerts.every((a) => a.resolvedAt !== null)).toBe(true);
    expect(list.alerts.map((a) => a.network).sort()).toEqual(["broken", "dead", "queued", "sleepy"]);
  });

  it("retries a notification the webhook refused", async () => {
    const flaky = await startReceiver((_r, res, i) => {
      res.writeHead(i === 0 ? 500 : 204).end();
    });
    try {
      await updateAlertSettings(t.db, system, { webhookUrl: `${flaky.url}/hook`, backlogThreshold: 2 });
      const at = new Date(Date.now() + 10 * 60 * MIN);
      expect(await evaluateAlerts(t.db, at)).toMatchObject({ opened: 1, notified: 0 });
      expect(await t.db.alert.count({ where: { resolvedAt: null, notifiedAt: null } })).toBe(1);
      expect(await evaluateAlerts(t.db, new Date(at.getTime() + MIN))).toMatchObject({ opened: 0, notified: 1 });
      expect(flaky.requests).toHaveLength(2);
    } finally {
      await updateAlertSettings(t.db, system, { backlogThreshold: 1000, webhookUrl: null });
      await flaky.close();
    }
  });

  it("serves Prometheus metrics computed from the database", async () => {
    const { contentType, body } = await renderMetrics(t.db, provider, new Date());
    expect(contentType).toContain("text/plain");
    expect(body).toContain('ricochet_deliveries_last_24h{network="steady",status="delivered"} 30');
    expect(body).toContain('ricochet_deliveries_last_24h{network="broken",status="failed"} 25');
    expect(body).toContain('ricochet_delivery_backlog{network="sleepy"} 5');
    expect(body).toContain('ricochet_delivery_backlog{network="queued"} 5');
    expect(body).toContain('ricochet_queue_due{network="queued"} 5');
    // In seconds, whatever the machine's load: a local receiver answers well within a minute.
    const p95 = /ricochet_postback_latency_seconds\{network="steady",quantile="0\.95"\} (\d+\.\d+)\n/.exec(body);
    expect(Number(p95?.[1])).toBeGreaterThan(0);
    expect(Number(p95?.[1])).toBeLessThan(60);
    expect(body).toMatch(/ricochet_workers \d/);
    expect(body).toContain('ricochet_network_status{network="sleepy",status="paused"} 1');
    expect(body).toContain("# TYPE ricochet_alerts_open gauge");
    expect(body).not.toMatch(/click|secret/i);
  });
});
