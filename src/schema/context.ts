import type { CypherExecutor } from "../graph/executor.ts";

/** Made fresh for every request, so batching and caching never leak between requests. */
export interface GraphQLContext {
  executor: CypherExecutor;
}

export function createContext(root: CypherExecutor): GraphQLContext {
  return { executor: root.fork() };
}
