import type { CypherExecutor } from "../graph/executor.ts";
import { GraphLoaders } from "../graph/loaders.ts";

/** Made fresh for every request, so batching and caching never leak between requests. */
export interface GraphQLContext {
  executor: CypherExecutor;
  /** DataLoaders over `executor`: every relationship field batches through them. */
  loaders: GraphLoaders;
}

export function createContext(root: CypherExecutor): GraphQLContext {
  const executor = root.fork();
  return { executor, loaders: new GraphLoaders(executor) };
}
