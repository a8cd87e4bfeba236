import type { Extraction } from "../extract/types.ts";
import { buildArticleWrites } from "./cypher/article-writes.ts";
import type { CypherExecutor } from "./executor.ts";

/** Writes one article in one transaction: after a failure nothing of it is left half-written. */
export async function writeArticle(executor: CypherExecutor, extraction: Extraction): Promise<void> {
  const queries = buildArticleWrites(extraction);
  await executor.writeTransaction(async (tx) => {
    for (const query of queries) await tx.run(query.text, query.params);
  });
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function countGraph(executor: CypherExecutor): Promise<GraphCounts> {
  const [row] = await executor.read<{ nodes: number; relationships: number }>({
    text: "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    params: {},
  });
  return { nodes: row?.nodes ?? 0, relationships: row?.relationships ?? 0 };
}
