import http from "node:http";
import type { AddressInfo } from "node:net";

type ReceivedRequest = { method: string; url: string; rawHeaders: string[] };

export type LocalServer = {
  port: number;
  url: (path: string) => string;
  requests: ReceivedRequest[];
  connections: () => number;
  close: () => Promise<void>;
};

/**
 * A real HTTP server on 127.0.0.1 with an ephemeral port, for tests of the outbound client.
 * It records every request it sees so tests can assert what did (or did not) arrive.
 */
export async function startLocalServer(handler: http.RequestListener): Promise<LocalServer> {
  const requests: ReceivedRequest[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", rawHeaders: req.rawHeaders });
    handler(req, res);
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    connections: () => connections,
    close: () => {
      // Stalling handlers never end their responses; close() alone would wait for them.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port that was just free and is now closed, so connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
