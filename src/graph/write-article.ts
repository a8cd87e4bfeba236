import type { Extraction } from "../extract/types.ts";
import type { CypherExecutor } from "./executor.ts";
import { type IngestResult, ingestExtraction } from "./ingest.ts";

/** Writes one article in one transaction; the same as `ingestExtraction`, kept for existing callers. */
export function writeArticle(executor: CypherExecutor, extraction: Extraction): Promise<IngestResult> {
  return ingestExtraction(executor, extraction);
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
