// Builds the HTTP application; main.ts only listens. Tests call `yoga.fetch` directly.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { CypherExecutor } from "../graph/executor.ts";
import { createContext } from "../schema/context.ts";
import { createMaskError, useInputErrors } from "../schema/errors.ts";
import { graphiqlExamples } from "../schema/examples.ts";
import { schema } from "../schema/index.ts";
import { useExplorer } from "./explorer.ts";
import { useNetworkExport } from "./network-export.ts";

export interface AppOptions {
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
      useNetworkExport(options.executor), // GET /export/network.{graphml,gexf,json}
      useReadinessCheck({
        endpoint: "/ready",
        check: async () => {
          try {
            await options.executor.read({ text: "RETURN 1 AS ready", params: {} });
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
