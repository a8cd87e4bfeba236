// The Neo4j a bench script measures: NEO4J_URI's server as it is, or else a bundled one started in a
// temporary folder that `close` deletes. A script that replaces the data says so, and is refused on a
// NEO4J_URI database that holds data unless its owner confirmed it is scratch (scratch-guard.ts).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type AppConfig, loadConfig, loadDotEnv } from "../../src/config.ts";
import { type GraphHandle, openGraph } from "../../src/graph/connect.ts";
import { assertScratch } from "./scratch-guard.ts";

export interface BenchGraph {
  config: AppConfig;
  graph: GraphHandle;
  /** True when this script started the database itself (it then holds no data yet). */
  bundled: boolean;
  close(): Promise<void>;
}

export interface BenchGraphOptions {
  /** The script deletes the database's content (it seeds its own corpus). */
  replacesData: boolean;
}

export async function openBenchGraph(name: string, options: BenchGraphOptions): Promise<BenchGraph> {
  loadDotEnv();
  const tempDir = process.env.NEO4J_URI
    ? undefined
    : mkdtempSync(path.join(os.tmpdir(), `news-graph-${name.replace(/\W/g, "-")}-`));
  if (tempDir) process.env.NEO4J_DATA_DIR = tempDir;
  const config = loadConfig();
  const graph = await openGraph(config, (line) => console.log(`[neo4j] ${line}`));
  if (config.external && options.replacesData) {
    try {
      await assertScratch(graph.driver, config.database, `npm run ${name}`, config.external.uri);
    } catch (error) {
      await graph.close();
      throw error;
    }
  }
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
