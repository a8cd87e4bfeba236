// `npm start`: the database (bundled or NEO4J_URI), the seed when the graph is empty, then HTTP.
import { createServer } from "node:http";
import { reportFailure } from "../cli/run-cli.ts";
import { ConfigError, loadConfig, loadDotEnv } from "../config.ts";
import { loadKnowledge } from "../extract/knowledge/knowledge.ts";
import { type GraphHandle, openGraph } from "../graph/connect.ts";
import { seedIfEmpty } from "../graph/seed.ts";
import { portInUse } from "../neo4j/free-port.ts";
import { answerClientErrors } from "./client-errors.ts";
import { createLogger } from "./log.ts";
import { batchedLines } from "./log-sink.ts";
import { listenForMetrics } from "./metrics/listener.ts";
import { Metrics } from "./metrics/metrics.ts";
import { createApp } from "./yoga.ts";

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config.log, batchedLines().write);
  const log = (line: string) => logger.info(line);
  // A malformed knowledge file stops the start with its one-line message, not the first ingest.
  loadKnowledge();
  if (await portInUse(config.port, config.host)) {
    throw new ConfigError(
      `PORT ${config.port} on ${config.host} is already in use: stop that process or set PORT.`,
    );
  }

  let graph: GraphHandle | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal} received, stopping…`);
    server.close();
    server.closeAllConnections();
    await graph?.close();
    process.exit(0);
  };
  const server = createServer();
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  graph = await openGraph(config, log);
  if (config.seedOnStart) {
    const report = await seedIfEmpty(graph.executor);
    if (report) log(`Seeded ${report.articles.map((a) => `"${a.title}"`).join(", ")}`);
    else log("Graph already holds articles; not seeding again.");
  }

  const metrics = config.metrics === "off" ? undefined : new Metrics();
  const app = createApp({
    executor: graph.executor,
    maskErrors: true,
    databaseStatus: graph.local?.status,
    limits: config.limits,
    ...(config.ingestToken ? { ingestToken: config.ingestToken } : {}),
    ...(metrics ? { metrics, serveMetrics: config.metrics === "on" } : {}),
    corsOrigins: config.corsOrigins,
    logger,
  });
  server.on("request", app);
  answerClientErrors(server, logger);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const shownHost = config.host === "127.0.0.1" ? "localhost" : config.host;
  log(`GraphQL and GraphiQL: http://${shownHost}:${port}/graphql`);
  log(`Relationship explorer: http://${shownHost}:${port}/explore`);
  if (metrics && typeof config.metrics === "object") {
    await listenForMetrics(metrics, config.metrics.port);
    log(`Metrics: http://127.0.0.1:${config.metrics.port}/metrics`);
  } else if (metrics) log(`Metrics: http://${shownHost}:${port}/metrics`);
  if (config.ingestToken) log(`Ingest: POST http://${shownHost}:${port}/articles (bearer token)`);
}

main().catch(async (error: unknown) => {
  reportFailure(error);
  process.exit(1);
});
