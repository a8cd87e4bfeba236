// Builds the HTTP application; main.ts only listens. Tests call `yoga.fetch` directly.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga, useReadinessCheck } from "graphql-yoga";
import type { CypherExecutor } from "../graph/executor.ts";
import { createContext } from "../schema/context.ts";
import { schema } from "../schema/index.ts";

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
    maskedErrors: options.maskErrors ?? true,
    // GraphiQL with every asset inlined by @graphql-yoga/render-graphiql: it works offline.
    renderGraphiQL,
    graphiql: { title: "News knowledge graph", defaultQuery: "{ __typename }" },
    plugins: [
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
