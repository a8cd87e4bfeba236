import type { CypherExecutor } from "../graph/executor.ts";
import { GraphLoaders } from "../graph/loaders.ts";
import type { Ingestor } from "../server/ingest/ingestor.ts";

/** What the ingestArticle mutation needs: the writer, the configured token and the request's header. */
export interface IngestAccess {
  ingestor: Ingestor;
  token: string | undefined;
  authorization: string | null;
}

/** Made fresh for every request, so batching and caching never leak between requests. */
export interface GraphQLContext {
  executor: CypherExecutor;
  /** DataLoaders over `executor`: every relationship field batches through them. */
  loaders: GraphLoaders;
  /** Absent when the app was built without ingest (then the mutation answers FORBIDDEN). */
  ingest?: IngestAccess;
}

export function createContext(root: CypherExecutor, ingest?: IngestAccess): GraphQLContext {
  const executor = root.fork();
  return { executor, loaders: new GraphLoaders(executor), ...(ingest ? { ingest } : {}) };
}
