import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "/work/main/src/config.ts";
import { openGraph } from "/work/main/src/graph/connect.ts";
import { bundledArticleFiles, seedFiles } from "/work/main/src/graph/seed.ts";
import { createApp } from "/work/main/src/server/yoga.ts";
import { CypherExecutor } from "/work/main/src/graph/executor.ts";

process.env.NEO4J_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "prof-"));
const config = loadConfig();
const graph = await openGraph(config);
await graph.executor.writeTransaction((tx) => tx.run("MATCH (n) DETACH DELETE n"));
await seedFiles(graph.executor, bundledArticleFiles());
class Rec extends CypherExecutor { last?: CypherExecutor; dbMs = 0; override fork() { const f = super.fork(); const read = f.read.bind(f); const self = this; f.read = async (q) => { const t = performance.now(); try { return await read(q); } finally { self.dbMs += performance.now() - t; } }; this.last = f; return f; } }
const rec = new Rec(graph.driver, config.database);
const app = createApp({ executor: rec });
const queries = {
  nested: `{ actors(first: 50) { edges { node { id name statements(first: 20) { edges { node { text about { id name } } } } } } } }`,
  graph: `{ graph(center: "country:cn", depth: 2, limit: 100) { nodes { id type label caption } edges { id source target type label } } }`,
  search: `{ search(query: "china japan", first: 10) { totalCount edges { score node { __typename ... on Actor { id name } ... on Statement { id text } ... on Event { id label } } } } }`,
};
for (const pass of [1, 2, 3]) for (const [name, query] of Object.entries(queries)) {
  for (let i = 0; i < 30; i++) await app.fetch("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  rec.dbMs = 0;
  const t = performance.now();
  const N = 100;
  for (let i = 0; i < N; i++) { const r = await app.fetch("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }); const j: any = await r.json(); if (j.errors) throw new Error(JSON.stringify(j.errors)); }
  const total = (performance.now() - t) / N;
  console.log(pass, name, "total ms/req", total.toFixed(2), "db ms/req", (rec.dbMs / N).toFixed(2), "roundTrips", rec.last?.roundTrips);
}

const { neighbourhood } = await import("/work/main/src/graph/queries/graph.ts");
const q = neighbourhood("country:cn", 2, 100);
for (const pass of [1,2]) {
  let t = performance.now();
  for (let i = 0; i < 100; i++) await graph.executor.read(q);
  console.log(pass, "graph raw executor.read", ((performance.now() - t) / 100).toFixed(2));
  t = performance.now();
  const fsq = { text: "CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score RETURN node.id AS id, score ORDER BY score DESC LIMIT 10", params: { query: "(china OR china*) (japan OR japan*)" } };
  for (let i = 0; i < 100; i++) await graph.executor.read(fsq);
  console.log(pass, "search raw executor.read", ((performance.now() - t) / 100).toFixed(2));
}
await graph.close();
