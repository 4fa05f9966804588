import net from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { EMPTY_ALLOW_LIST, parseAllowList } from "./address-policy";
import { closeOutboundAgents } from "./pinned-agent";
import { type SendRequestInput, sendRequest } from "./send-request";
import { type LocalServer, startLocalServer } from "./test-support/local-server";

const LOOPBACK = parseAllowList("127.0.0.1/32,::1/128");
const base = { method: "GET", headers: [], body: null, connectTimeoutMs: 2_000, timeoutMs: 5_000, allow: LOOPBACK };
const send = (fields: Partial<SendRequestInput> & { url: string }) => sendRequest({ ...base, ...fields });

let servers: LocalServer[] = [];
const serve = async (...args: Parameters<typeof startLocalServer>) => {
  const server = await startLocalServer(...args);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
afterAll(() => closeOutboundAgents());

/** A raw TCP server: what it captures is exactly the bytes on the wire, before any HTTP parsing. */
async function startRawCapture(): Promise<{ port: number; received: Promise<string>; close: () => Promise<void> }> {
  let deliver: (wire: string) => void = () => {};
  const received = new Promise<string>((resolve) => (deliver = resolve));
  const server = net.createServer((socket) => {
    let wire = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      wire = Buffer.concat([wire, chunk]);
      const headEnd = wire.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(wire.subarray(0, headEnd).toString("latin1"))?.[1] ?? 0);
      if (wire.length < headEnd + 4 + length) return;
      deliver(wire.toString("latin1"));
      socket.end("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("sendRequest on the wire", () => {
  it("sends the request line, headers and body byte for byte", async () => {
    const raw = await startRawCapture();
    const result = await send({
      method: "POST",
      url: `http://127.0.0.1:${raw.port}/pb?click=a%20b&x=é#fragment`,
      headers: [
        { name: "X-Token", value: "s3cret" },
        { name: "Content-Type", value: "application/json; charset=utf-8" },
        { name: "X-Multi", value: "1" },
        { name: "x-multi", value: "2" },
      ],
      body: '{"payout":"4.99","name":"café"}',
    });
    const wire = await raw.received;
    await raw.close();

    expect(wire).toBe(
      "POST /pb?click=a%20b&x=%C3%A9 HTTP/1.1\r\n" +
        `host: 127.0.0.1:${raw.port}\r\n` +
        "connection: keep-alive\r\n" +
        "X-Token: s3cret\r\n" +
        "Content-Type: application/json; charset=utf-8\r\n" +
        "X-Multi: 1\r\n" +
        "x-multi: 2\r\n" +
        "user-agent: Ricochet/0.1 (+postback)\r\n" +
        "content-length: 32\r\n" +
        "\r\n" +
        Buffer.from('{"payout":"4.99","name":"café"}', "utf8").toString("latin1"),
    );
    expect(result).toMatchObject({ status: 200, responseBody: "ok", errorClass: null, truncated: false });
  });

  it("keeps a caller's User-Agent instead of adding its own", async () => {
    const server = await serve((_req, res) => res.end());
    await send({ url: server.url("/ua"), headers: [{ name: "User-Agent", value: "Custom/2" }] });
    const agents = server.requests[0].rawHeaders.filter(
      (_, i, all) => i % 2 === 0 && all[i].toLowerCase() === "user-agent",
    );
    expect(agents).toEqual(["User-Agent"]);
    expect(server.requests[0].rawHeaders).toContain("Custom/2");
  });

  it.each([
    [200, "accepted"],
    [404, "no such campaign"],
    [503, "try later"],
  ])("returns HTTP %i with its body and headers", async (status, text) => {
    const server = await serve((_req, res) => res.writeHead(status, { "x-network": "acme" }).end(text));
    const result = await send({ url: server.url("/s") });
    expect(result).toMatchObject({
      status,
      responseBody: text,
      truncated: false,
      errorClass: null,
      errorMessage: null,
    });
    expect(result.responseHeaders?.["x-network"]).toBe("acme");
    expect(result.startedAt).toBeInstanceOf(Date);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("returns a 302 without following it", async () => {
    const target = await serve((_req, res) => res.end("should not be reached"));
    const redirector = await serve((_req, res) => res.writeHead(302, { location: target.url("/landing") }).end());
    const result = await send({ url: redirector.url("/pb") });
    expect(result.status).toBe(302);
    expect(result.responseHeaders?.location).toBe(target.url("/landing"));
    expect(redirector.requests).toHaveLength(1);
    expect(target.requests).toHaveLength(0);
    expect(target.connections()).toBe(0);
  });

  it("reuses keep-alive connections for sequential requests", async () => {
    const server = await serve((_req, res) => res.end("ok"));
    for (let i = 0; i < 10; i++) expect((await send({ url: server.url(`/n${i}`) })).status).toBe(200);
    expect(server.requests).toHaveLength(10);
    // undici marks a fresh connection free a tick after its first response ends, so a request
    // sent at once opens a second one; after that the two are reused. Without reuse: 10.
    expect(server.connections()).toBeLessThanOrEqual(2);
  });

  it("parses Retry-After in delta-seconds", async () => {
    const server = await serve((_req, res) => res.writeHead(429, { "retry-after": "120" }).end());
    expect(await send({ url: server.url("/") })).toMatchObject({ status: 429, retryAfterSeconds: 120 });
  });

  it("parses Retry-After as an HTTP-date", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(503, { "retry-after": new Date(Date.now() + 300_000).toUTCString() }).end();
    });
    const result = await send({ url: server.url("/") });
    expect(result.status).toBe(503);
    expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(298);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(300);
  });
});

describe("sendRequest address policy", () => {
  it("refuses a loopback IP without the allow list and never connects", async () => {
    const server = await serve((_req, res) => res.end());
    const result = await send({ url: server.url("/pb"), allow: EMPTY_ALLOW_LIST });
    expect(result.errorClass).toBe("blocked_target");
    expect(result.errorMessage).toBe(
      "127.0.0.1 is a loopback address; postbacks to private addresses are refused (RICOCHET_ALLOW_PRIVATE_TARGETS)",
    );
    expect(result.status).toBeNull();
    expect(server.connections()).toBe(0);
  });

  it("refuses a hostname resolving to loopback (localhost) without the allow list", async () => {
    const server = await serve((_req, res) => res.end());
    const result = await send({ url: `http://localhost:${server.port}/pb`, allow: EMPTY_ALLOW_LIST });
    expect(result.errorClass).toBe("blocked_target");
    expect(result.errorMessage).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address; /);
    expect(server.connections()).toBe(0);
  });

  it("refuses localhost when the allow list covers only some of its addresses", async () => {
    const server = await serve((_req, res) => res.end());
    // One blocked answer refuses the host: the connection could land on any of its addresses.
    const result = await send({ url: `http://localhost:${server.port}/pb`, allow: parseAllowList("::1/128") });
    expect(result.errorClass).toBe("blocked_target");
    expect(result.errorMessage).toContain("localhost resolves to 127.0.0.1, a loopback address");
    expect(server.connections()).toBe(0);
  });

  it("connects to localhost once the allow list covers it", async () => {
    const server = await serve((_req, res) => res.end("pinned"));
    const result = await send({ url: `http://localhost:${server.port}/pb` });
    expect(result).toMatchObject({ status: 200, responseBody: "pinned", errorClass: null });
    expect(server.requests[0].rawHeaders).toContain(`localhost:${server.port}`);
  });

  it("refuses the metadata address even with an allow-everything list", async () => {
    const result = await send({ url: "http://169.254.169.254/latest/meta-data/", allow: parseAllowList("0.0.0.0/0") });
    expect(result.errorClass).toBe("blocked_target");
    expect(result.errorMessage).toContain("always refused");
  });
});
