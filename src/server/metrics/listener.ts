// METRICS=<port>: /metrics on its own listener, on 127.0.0.1 only, so scrapes never share the API's
// port, limits or logs.
import { createServer, type Server } from "node:http";
import type { Metrics } from "./metrics.ts";

export async function listenForMetrics(metrics: Metrics, port: number, host = "127.0.0.1"): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "GET" || path !== "/metrics") {
      response.writeHead(404, { "content-type": "text/plain" }).end("GET /metrics\n");
      return;
    }
    metrics.scrape().then(
      ({ body, contentType }) => response.writeHead(200, { "content-type": contentType }).end(body),
      (error: Error) => response.writeHead(500, { "content-type": "text/plain" }).end(`${error.message}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return server;
}
