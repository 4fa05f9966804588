// A postback receiver in its own process, so it does not share an event loop with what is measured.
import { type ChildProcess, spawn } from "node:child_process";

const source = `
const http = require("node:http");
let count = 0;
const server = http.createServer((req, res) => {
  if (req.url === "/__count") { res.end(String(count)); return; }
  req.resume();
  req.on("end", () => { count++; res.writeHead(200, { "content-type": "text/plain" }); res.end("ok"); });
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
`;

export interface ReceiverProcess {
  url: string;
  count(): Promise<number>;
  stop(): void;
}

export async function startReceiverProcess(): Promise<ReceiverProcess> {
  const child: ChildProcess = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once("data", (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once("exit", () => reject(new Error("receiver exited")));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    count: async () => Number(await (await fetch(`${url}/__count`)).text()),
    stop: () => child.kill(),
  };
}
