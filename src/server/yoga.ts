// Builds the HTTP application; main.ts only listens. Tests call `yoga.fetch` directly.
import { createYoga } from "graphql-yoga";
import { DEFAULT_LIMITS, type LimitsConfig } from "../config.ts";
import type { CypherExecutor } from "../graph/executor.ts";
import { createContext } from "../schema/context.ts";
import { createMaskError, useInputErrors } from "../schema/errors.ts";
import { schema } from "../schema/index.ts";
import { useExplorer } from "./explorer.ts";
import { graphiqlExamples } from "./graphiql-examples.ts";
import { corsOptions, graphiqlWithPolicy, useSecurityHeaders } from "./headers.ts";
import { Ingestor } from "./ingest/ingestor.ts";
import { INGEST_JSON_BYTES, useIngestRoute } from "./ingest/route.ts";
import { checkBearer } from "./ingest/token.ts";
import { useCostLimit } from "./limits/cost-plugin.ts";
import { COST_RULES } from "./limits/cost-rules.ts";
import { useRequestSizeLimits } from "./limits/request-size.ts";
import { shapeLimitPlugins } from "./limits/shape.ts";
import { createLogger, type Logger, yogaLogger } from "./log.ts";
import type { Metrics } from "./metrics/metrics.ts";
import { useMetrics } from "./metrics/plugin.ts";
import { useNetworkExport } from "./network-export.ts";
import { type ReadinessOptions, useReadiness } from "./readiness.ts";
import { rememberOriginal, useRequestLog } from "./request-log.ts";
import { useSpecExecutor } from "./spec-executor.ts";

export interface AppOptions extends ReadinessOptions {
  executor: CypherExecutor;
  /** Mask unexpected errors as "Unexpected error." (always on unless explicitly false). */
  maskErrors?: boolean;
  /** Request limits (src/server/limits); the defaults of src/config.ts when omitted. */
  limits?: LimitsConfig;
  /** Origins allowed cross-origin; none (same origin only) when omitted. */
  corsOrigins?: readonly string[];
  logger?: Logger;
  /** INGEST_TOKEN: guards POST /articles and ingestArticle; unset: ingest is off (403/FORBIDDEN). */
  ingestToken?: string;
  /** Counted when given; `serveMetrics` also answers GET /metrics here (METRICS=on). */
  metrics?: Metrics;
  serveMetrics?: boolean;
}

export function createApp(options: AppOptions) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const logger = options.logger ?? createLogger();
  const maskError = createMaskError(options.maskErrors ?? true);
  const graphiql = graphiqlWithPolicy();
  const metrics = options.metrics;
  if (metrics) {
    options.executor.observer = metrics.observeTransaction;
    metrics.watchHeavyReads(() => options.executor.heavyReadLoad);
  }
  const ingestor = new Ingestor(options.executor, {
    logger,
    ...(metrics ? { onIngest: (status) => metrics.observeIngest(status) } : {}),
  });
  const token = options.ingestToken;
  // An authenticated client may post a whole article (up to 1 MiB) as a GraphQL variable.
  const authenticated = (request: Request) =>
    checkBearer(token, request.headers.get("authorization")) === "ok";
  return createYoga({
    schema,
    context: ({ request }) =>
      createContext(options.executor, {
        ingestor,
        token,
        authorization: request.headers.get("authorization"),
      }),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    logging: yogaLogger(logger),
    multipart: false, // no uploads; POST bodies are JSON only (limits/request-size.ts)
    batching: false, // a JSON array gets BATCHING_NOT_SUPPORTED (limits/request-size.ts)
    cors: corsOptions(options.corsOrigins ?? []),
    // Expected errors keep their message and code; a database outage is SERVICE_UNAVAILABLE; the
    // rest becomes "Unexpected error." unless masking is off. The request log shows the original.
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const masked = maskError(error, message, isDev);
        if (masked !== error) rememberOriginal(masked, error);
        return masked;
      },
    },
    // GraphiQL with every asset inlined by @graphql-yoga/render-graphiql: it works offline.
    renderGraphiQL: graphiql.render,
    graphiql: { title: "News knowledge graph", ...graphiqlExamples() },
    plugins: [
      useRequestLog(logger), // first: every later refusal is logged with the request id
      ...(metrics ? [useMetrics(metrics, options.serveMetrics ?? false)] : []),
      useRequestSizeLimits(limits, "/graphql", { bytes: INGEST_JSON_BYTES, applies: authenticated }),
      useIngestRoute({ token, ingestor, logger }), // POST /articles (src/server/ingest/route.ts)
      useSecurityHeaders(graphiql.policy),
      useSpecExecutor(),
      useInputErrors(),
      ...shapeLimitPlugins(limits),
      useCostLimit(limits.maxCost, COST_RULES),
      useExplorer(), // GET /explore: the relationship-map page (src/server/explorer.ts)
      useNetworkExport(options.executor), // GET /export/network.{graphml,gexf,json}
      useReadiness(options), // GET /ready within 800 ms, with the reason (src/server/readiness.ts)
    ],
  });
}

export type App = ReturnType<typeof createApp>;
