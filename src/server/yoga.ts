// Builds the HTTP application; main.ts only listens. Tests call `yoga.fetch` directly.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import type { CypherExecutor } from "../graph/executor.ts";
import { createContext } from "../schema/context.ts";
import { createMaskError, useInputErrors } from "../schema/errors.ts";
import { graphiqlExamples } from "../schema/examples.ts";
import { schema } from "../schema/index.ts";
import { useExplorer } from "./explorer.ts";
import { type ReadinessOptions, useReadiness } from "./readiness.ts";

export interface AppOptions extends ReadinessOptions {
  executor: CypherExecutor;
  /** Mask unexpected errors as "Unexpected error." (always on unless explicitly false). */
  maskErrors?: boolean;
}

export function createApp(options: AppOptions) {
  return createYoga({
    schema,
    context: () => createContext(options.executor),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    // Expected errors keep their message and code; a database outage is SERVICE_UNAVAILABLE; the
    // rest becomes "Unexpected error." unless masking is off.
    maskedErrors: { maskError: createMaskError(options.maskErrors ?? true) },
    // GraphiQL with every asset inlined by @graphql-yoga/render-graphiql: it works offline.
    renderGraphiQL,
    graphiql: { title: "News knowledge graph", ...graphiqlExamples() },
    plugins: [
      useInputErrors(),
      useExplorer(), // GET /explore: the relationship-map page (src/server/explorer.ts)
      useReadiness(options), // GET /ready within 800 ms, with the reason (src/server/readiness.ts)
    ],
  });
}

export type App = ReturnType<typeof createApp>;
