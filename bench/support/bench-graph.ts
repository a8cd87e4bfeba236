// The Neo4j a bench script measures: NEO4J_URI's server as it is, or else a bundled one started in a
// temporary folder that `close` deletes.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type AppConfig, loadConfig, loadDotEnv } from "../../src/config.ts";
import { type GraphHandle, openGraph } from "../../src/graph/connect.ts";

export interface BenchGraph {
  config: AppConfig;
  graph: GraphHandle;
  /** True when this script started the database itself (it then holds no data yet). */
  bundled: boolean;
  close(): Promise<void>;
}

export async function openBenchGraph(name: string): Promise<BenchGraph> {
  loadDotEnv();
  const tempDir = process.env.NEO4J_URI
    ? undefined
    : mkdtempSync(path.join(os.tmpdir(), `news-graph-${name}-`));
  if (tempDir) process.env.NEO4J_DATA_DIR = tempDir;
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.log(`[neo4j] ${line}`));
  return {
    config,
    graph,
    bundled: tempDir !== undefined,
    async close() {
      await graph.close();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
