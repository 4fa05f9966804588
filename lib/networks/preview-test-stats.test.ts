// The Networks area's database code against real SQLite (and PostgreSQL when reachable):
// preview rendering, test postbacks to a local receiver, and the 24-hour stats.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Receiver, startReceiver } from "../../tests/fixtures/receiver";
import { createTestDb, resetDb, type TestDb, testProviders } from "../../tests/fixtures/test-db";
import type { AuditActor } from "../audit/record";
import { newId } from "../ids";
import { createNetwork } from "./mutations";
import { type PreviewRequest, previewPostback, previewRequestSchema } from "./preview";
import { loadNetworkStats, statsFor } from "./stats";
import { sendTestPostback, testPostbackSchema } from "./test-postback";

const providers = await testProviders();
const actor: AuditActor = { type: "user", id: null, label: "tester@ricochet.test" };
const SECRET = "live-token-abcdef-9876";

describe.each(providers)("networks on %s", (provider) => {
  let t: TestDb;
  let rx: Receiver;

  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => {
    await t.cleanup();
  });
  beforeEach(async () => {
    await resetDb(t.db);
    rx = await startReceiver((_req, res) => {
      res.writeHead(201, { "content-type": "text/plain", "x-echo": SECRET }).end(`got it, token ${SECRET}`);
    });
  });
  afterEach(async () => {
    await rx.close();
  });

  const acme = (extra: Record<string, unknown> = {}) =>
    createNetwork(t.db, actor, {
      name: "Acme",
      slug: "acme",
      postback: {
        method: "GET",
        url: `${rx.url}/pb?c={click_id}&e={partner_event_name}&r={revenue}`,
        headers: [{ name: "Authorization", value: "Bearer {secret.token}" }],
      },
      secrets: { token: SECRET },
      rules: [{ eventName: "purchase", partnerEventName: "buy", sendRevenue: true }, { eventName: "install" }],
      ...extra,
    });
  const preview = (body: PreviewRequest) => previewPostback(t.db, previewRequestSchema.parse(body));

  async function storedEvent(extra: Record<string, unknown> = {}) {
    return t.db.conversionEvent.create({
      data: {
        id: newId(),
        sender: "mmp",
        externalId: `ext-${newId()}`,
        name: "purchase",
        occurredAt: new Date("2026-11-26T12:00:00Z"),
        networkSlug: "acme",
        clickId: "stored-click-1",
        revenue: "12.5",
        revenueMicros: 12_500_000n,
        currency: "EUR",
        properties: JSON.stringify({ plan: "pro" }),
        ...extra,
      },
    });
  }

  describe("preview", () => {
    it("returns lint errors with their positions", async () => {
      const url = "https://pb.example.com/x?c={clik_id}";
      const result = await preview({ postback: { url } });
      expect(result.status).toBe("invalid");
      if (result.status !== "invalid") return;
      expect(result.errors).toEqual([
        expect.objectContaining({
          field: "urlTemplate",
          index: url.indexOf("clik_id"),
          length: 7,
          message: expect.stringContaining('did you mean "click_id"'),
        }),
      ]);
    });

    it("flags a secret the network does not have, and accepts one typed into the editor", async () => {
      const postback = { url: "https://pb.example.com/x", headers: [{ name: "X-Key", value: "{secret.api_key}" }] };
      const unknown = await preview({ postback });
      expect(unknown.status).toBe("invalid");
      const typed = await preview({ postback, secretNames: ["api_key"] });
      expect(typed.status).toBe("rendered");
      if (typed.status === "rendered") expect(typed.request.headers[0]).toEqual({ name: "X-Key", value: "****" });
    });

    it("renders an existing network for the sample event with its rules, never decrypting secrets", async () => {
      const network = await acme();
      const result = await preview({ postback: network.postback, networkSlug: network.id });
      expect(result.status).toBe("rendered");
      if (result.status !== "rendered") return;
      expect(result.request.url).toBe(`${rx.url}/pb?c=CjwKCAiA9ourBhAVEiwA3L5RFl&e=buy&r=49.99`);
      expect(result.request.headers).toContainEqual({ name: "Authorization", value: "Bearer ****" });
      expect(result.request.headers).toContainEqual(
        expect.objectContaining({ name: "X-Ricochet-Delivery-Id", auto: true }),
      );
      expect(JSON.stringify(result)).not.toContain(SECRET);
      expect(result.source).toMatchObject({ kind: "sample", partnerEventName: "buy", revenue: "49.99" });
      expect(rx.requests).toHaveLength(0);
    });

    it("uses a stored event, by our id or the sender's, and its delivery snapshot when there is one", async () => {
      const network = await acme();
      const e = await storedEvent();
      const byId = await preview({ postback: network.postback, networkSlug: "acme", eventId: e.id });
      expect(byId.status === "rendered" && byId.request.url).toBe(`${rx.url}/pb?c=stored-click-1&e=buy&r=12.5`);

      const networkRow = await t.db.network.findUniqueOrThrow({ where: { slug: "acme" } });
      await t.db.delivery.create({
        data: {
          id: newId(),
          eventId: e.id,
          networkId: networkRow.id,
          status: "delivered",
          eventName: "purchase",
          partnerEventName: "snapshot-buy",
          attributed: true,
          occurredAt: e.occurredAt,
          revenue: "10",
          currency: "USD",
        },
      });
      const byExternal = await preview({ postback: network.postback, networkSlug: "acme", eventId: e.externalId });
      expect(byExternal.status === "rendered" && byExternal.request.url).toBe(
        `${rx.url}/pb?c=stored-click-1&e=snapshot-buy&r=10`,
      );
      expect(byExternal.status === "rendered" && byExternal.source.deliveryId).toBeTruthy();

      await expect(
        preview({ postback: network.postback, networkSlug: "acme", eventId: "no-such-event" }),
      ).rejects.toMatchObject({ status: 404 });
    });

    it("says when a required value is missing instead of rendering", async () => {
      const e = await storedEvent({ clickId: null });
      const result = await preview({
        postback: { url: "https://pb.example.com/x?c={click_id|required}" },
        eventId: e.id,
      });
      expect(result).toMatchObject({ status: "skipped", reason: "required value {click_id} is missing" });
    });
  });

  describe("test postback", () => {
    it("sends the saved postback with the real secret and masks it in what it returns", async () => {
      const network = await acme();
      const result = await sendTestPostback(t.db, actor, network.id, testPostbackSchema.parse(undefined));
      const [req] = await rx.waitFor(1);
      expect(req.url).toBe("/pb?c=CjwKCAiA9ourBhAVEiwA3L5RFl&e=buy&r=49.99");
      expect(req.headers.authorization).toBe(`Bearer ${SECRET}`);
      expect(req.headers["x-ricochet-test"]).toBe("1");
      expect(result.response).toMatchObject({ status: 201, errorClass: null, body: "got it, token ****" });
      expect(result.response.headers?.["x-echo"]).toBe("****");
      expect(result.request.headers).toContainEqual({ name: "Authorization", value: "Bearer ****9876" });
      expect(JSON.stringify(result)).not.toContain(SECRET);

      const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "network.test" } });
      expect(audit.targetId).toBe(network.id);
      expect(audit.details).not.toContain(SECRET);
      expect(JSON.parse(audit.details)).toMatchObject({ status: 201, unsavedTemplate: false });
    });

    it("sends an unsaved template for a stored event", async () => {
      const network = await acme();
      const e = await storedEvent();
      const result = await sendTestPostback(
        t.db,
        actor,
        network.slug,
        testPostbackSchema.parse({
          postback: {
            method: "POST",
            url: `${rx.url}/v2`,
            bodyType: "json",
            body: '{"click":"{click_id}","plan":"{properties.plan}"}',
          },
          eventId: e.id,
        }),
      );
      const [req] = await rx.waitFor(1);
      expect(JSON.parse(req.body)).toEqual({ click: "stored-click-1", plan: "pro" });
      expect(result.source).toMatchObject({ kind: "event", eventId: e.id });
    });

    it("returns a blocked target as the result, without sending", async () => {
      const network = await acme();
      const result = await sendTestPostback(
        t.db,
        actor,
        network.id,
        testPostbackSchema.parse({ postback: { url: "http://10.20.30.40/pb?c={click_id}" } }),
      );
      expect(result.response).toMatchObject({ status: null, errorClass: "blocked_target" });
      expect(result.response.errorMessage).toContain("10.20.30.40");
    });

    it("refuses a template with lint errors, naming the field", async () => {
      const network = await acme();
      await expect(
        sendTestPostback(
          t.db,
          actor,
          network.id,
          testPostbackSchema.parse({ postback: { url: `${rx.url}/?c={clik_id}` } }),
        ),
      ).rejects.toMatchObject({ status: 400, fields: { "postback.url": [expect.stringContaining("at character")] } });
      expect(rx.requests).toHaveLength(0);
    });
  });

  describe("stats", () => {
    it("computes the 24-hour success rate, backlog, failures and last delivery per network", async () => {
      const a = await acme();
      const b = await createNetwork(t.db, actor, { name: "Beta", slug: "beta", postback: { url: `${rx.url}/b` } });
      const idle = await createNetwork(t.db, actor, { name: "Idle", slug: "idle", postback: { url: `${rx.url}/i` } });
      const now = new Date("2026-11-27T12:00:00Z");
      const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
      const e = await storedEvent();
      let n = 0;
      const delivery = async (networkId: string, status: string, completedAt: Date | null) => {
        const ev = n++ === 0 ? e : await storedEvent();
        await t.db.delivery.create({
          data: {
            id: newId(),
            eventId: ev.id,
            networkId,
            status,
            eventName: "purchase",
            attributed: true,
            occurredAt: ev.occurredAt,
            completedAt,
          },
        });
      };
      for (let i = 0; i < 8; i++) await delivery(a.id, "delivered", hoursAgo(1 + i));
      await delivery(a.id, "failed", hoursAgo(2));
      await delivery(a.id, "expired", hoursAgo(3));
      await delivery(a.id, "delivered", hoursAgo(30)); // outside the window
      await delivery(a.id, "failed", hoursAgo(30));
      await delivery(a.id, "pending", null);
      await delivery(a.id, "sending", null);
      await delivery(b.id, "delivered", hoursAgo(50));
      await delivery(b.id, "pending", null);

      const stats = await loadNetworkStats(t.db, [a.id, b.id, idle.id], now);
      expect(statsFor(stats, a.id)).toEqual({
        successRate: 0.8,
        delivered: 8,
        failed: 1,
        expired: 1,
        pending: 2,
        lastDeliveredAt: hoursAgo(1),
      });
      expect(statsFor(stats, b.id)).toEqual({
        successRate: null,
        delivered: 0,
        failed: 0,
        expired: 0,
        pending: 1,
        lastDeliveredAt: hoursAgo(50),
      });
      expect(statsFor(stats, idle.id)).toEqual({
        successRate: null,
        delivered: 0,
        failed: 0,
        expired: 0,
        pending: 0,
        lastDeliveredAt: null,
      });
    });
  });
});
