import { errors } from "undici";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parseAllowList } from "./address-policy";
import { classifySendError } from "./classify-send-error";
import { closeOutboundAgents } from "./pinned-agent";
import { MAX_DRAINED_BYTES } from "./read-capped-body";
import { type SendRequestInput, sendRequest } from "./send-request";
import { closedPort, type LocalServer, startLocalServer } from "./test-support/local-server";

const LOOPBACK = parseAllowList("127.0.0.1/32");
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

describe("sendRequest timeouts", () => {
  it("times out a server that never answers, close to the deadline", async () => {
    const server = await serve(() => {});
    const result = await send({ url: server.url("/slow"), timeoutMs: 300 });
    expect(result).toMatchObject({ errorClass: "timeout", status: null, responseBody: null });
    expect(result.errorMessage).toBe("no complete response within 300 ms");
    expect(result.latencyMs).toBeGreaterThanOrEqual(295);
    expect(result.latencyMs).toBeLessThan(1_500);
    expect(server.requests).toHaveLength(1);
  });

  it("times out a body that stalls after the headers", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "1000" });
      res.write("partial");
    });
    const result = await send({ url: server.url("/stall"), timeoutMs: 300 });
    expect(result.errorClass).toBe("timeout");
    // Headers did arrive; the error class says the attempt still did not complete.
    expect(result.status).toBe(200);
    expect(result.latencyMs).toBeGreaterThanOrEqual(295);
    expect(result.latencyMs).toBeLessThan(1_500);
  });
});

describe("sendRequest connection failures", () => {
  it("reports a refused connection", async () => {
    const port = await closedPort();
    const result = await send({ url: `http://127.0.0.1:${port}/` });
    expect(result.errorClass).toBe("connection");
    expect(result.errorMessage).toContain("ECONNREFUSED");
    expect(result.status).toBeNull();
  });

  it("reports TLS failure when https meets a plain HTTP server", async () => {
    const server = await serve((_req, res) => res.end());
    const result = await send({ url: `https://127.0.0.1:${server.port}/` });
    expect(result.errorClass).toBe("tls");
    expect(server.requests).toHaveLength(0);
  });

  it("reports an unresolvable host as dns", async () => {
    const result = await send({ url: "http://no-such-host.invalid/" });
    expect(result.errorClass).toBe("dns");
    expect(result.errorMessage).toContain("no-such-host.invalid");
  });

  it.each([
    [{ url: "not a url" }, "not a valid absolute URL"],
    [{ url: "ftp://127.0.0.1/" }, "unsupported protocol ftp:"],
    [{ url: "http://user:pw@127.0.0.1/" }, "URL must not contain credentials"],
    [{ url: "http://127.0.0.1/", timeoutMs: 0 }, "timeouts must be positive"],
    [{ url: "http://127.0.0.1/", connectTimeoutMs: Number.NaN }, "timeouts must be positive"],
  ])("refuses %j as invalid_request", async (fields, message) => {
    const result = await send(fields);
    expect(result.errorClass).toBe("invalid_request");
    expect(result.errorMessage).toContain(message);
  });

  it.each([
    [{ method: "GE T" }, "invalid request method"],
    [{ headers: [{ name: "x-bad", value: "a\r\nInjected: 1" }] }, "invalid x-bad header"],
  ])("refuses a malformed request %j before it reaches the server", async (fields, message) => {
    const server = await serve((_req, res) => res.end());
    const result = await send({ url: server.url("/"), ...fields });
    expect(result.errorClass).toBe("invalid_request");
    expect(result.errorMessage).toContain(message);
    expect(server.requests).toHaveLength(0);
  });

  it("classifies undici's connect timeout", () => {
    expect(classifySendError(new errors.ConnectTimeoutError()).errorClass).toBe("connect_timeout");
    expect(classifySendError(new errors.HeadersTimeoutError()).errorClass).toBe("timeout");
    expect(
      classifySendError(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })])).errorClass,
    ).toBe("connection");
    expect(classifySendError("something odd").errorClass).toBe("connection");
  });
});

describe("sendRequest response bodies", () => {
  it("keeps the first 20480 bytes of a 1 MB body and flags it truncated", async () => {
    const server = await serve((_req, res) => res.end(Buffer.alloc(1_000_000, "a")));
    for (let i = 0; i < 4; i++) {
      const result = await send({ url: server.url(`/big${i}`) });
      expect(result).toMatchObject({ status: 200, truncated: true, errorClass: null });
      expect(result.responseBody).toBe("a".repeat(20_480));
    }
    // Under the drain limit the rest is read and dropped, so the sockets stay reusable
    // (two, as in send-request.test.ts); dropping the connection instead would need four.
    expect(server.connections()).toBeLessThanOrEqual(2);
  });

  it("honours maxResponseBytes and reports an exact fit as not truncated", async () => {
    const server = await serve((req, res) => res.end(req.url === "/ten" ? "0123456789" : "0123456789X"));
    expect(await send({ url: server.url("/ten"), maxResponseBytes: 10 })).toMatchObject({
      responseBody: "0123456789",
      truncated: false,
    });
    expect(await send({ url: server.url("/eleven"), maxResponseBytes: 10 })).toMatchObject({
      responseBody: "0123456789",
      truncated: true,
    });
  });

  it("stops reading a body far beyond the drain limit without an error", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, "z");
      // Endless: only the client dropping the connection ends this response.
      const pump = () => {
        while (res.write(chunk));
      };
      res.on("drain", pump);
      pump();
    });
    const result = await send({ url: server.url("/endless"), timeoutMs: 10_000 });
    expect(result).toMatchObject({ status: 200, truncated: true, errorClass: null });
    expect(result.responseBody).toHaveLength(20_480);
    expect(result.latencyMs).toBeLessThan(5_000);
    expect(MAX_DRAINED_BYTES).toBe(1024 * 1024);
  });
});
