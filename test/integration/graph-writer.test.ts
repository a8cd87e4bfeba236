// The writer against a real Neo4j: idempotent, shared actors across articles, all-or-nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extract/types.ts";
import { applySchema } from "../../src/graph/apply-schema.ts";
import { countGraph, writeArticle } from "../../src/graph/write-article.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";
import { smallExtraction } from "../unit/graph/small-extraction.ts";

const graph = connectTestGraph();
afterAll(() => graph.close());
beforeEach(async () => {
  await graph.clear();
  await applySchema(graph.executor);
});

const secondArticle = (): Extraction => {
  const other = structuredClone(smallExtraction);
  other.article = { ...other.article, id: "2024-02-03-freedonia-replies", title: "Freedonia replies" };
  for (const list of [other.statements, other.events, other.relations]) {
    for (const item of list) item.id = item.id.replace(smallExtraction.article.id, other.article.id);
  }
  other.relations[0]!.eventIds = [other.events[0]!.id];
  return other;
};

describe("writeArticle", () => {
  it("leaves exactly the same counts when an article is written twice", async () => {
    await writeArticle(graph.executor, smallExtraction);
    const first = await countGraph(graph.executor);
    await writeArticle(graph.executor, smallExtraction);
    expect(await countGraph(graph.executor)).toEqual(first);
    expect(first.nodes).toBe(1 + 2 + 3 + 1 + 1 + 2); // article, sentences, actors, statement, event, date claims
  });

  it("links a second article's mention of a country to the same node", async () => {
    await writeArticle(graph.executor, smallExtraction);
    await writeArticle(graph.executor, secondArticle());
    const rows = await graph.executor.read<{ actors: number; articles: number; accusations: number }>({
      text: `MATCH (c:Actor {id: 'country:rr'})
             OPTIONAL MATCH (c)-[r:ACCUSES]->(:Actor {id: 'country:fd'})
             RETURN count(DISTINCT c) AS actors, count(DISTINCT r.articleId) AS articles, count(r) AS accusations`,
      params: {},
    });
    expect(rows[0]).toEqual({ actors: 1, articles: 2, accusations: 2 });
  });

  it("writes nothing of an article whose transaction fails part-way", async () => {
    const broken = structuredClone(smallExtraction);
    // Two events with one id break the uniqueness constraint after sentences and actors are written.
    broken.events.push({ ...broken.events[0]! });
    await expect(writeArticle(graph.executor, broken)).rejects.toThrow(
      /already exists|ConstraintValidation/i,
    );
    expect(await countGraph(graph.executor)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("keeps conflicting date claims side by side, each with its evidence sentence", async () => {
    await writeArticle(graph.executor, smallExtraction);
    const rows = await graph.executor.read<{ value: string; precision: string; sentence: number }>({
      text: `MATCH (:Event)-[:HAS_DATE_CLAIM]->(d:DateClaim)-[:EVIDENCED_BY]->(s:Sentence)
             RETURN d.value AS value, d.precision AS precision, s.index AS sentence ORDER BY value`,
      params: {},
    });
    expect(rows).toEqual([
      { value: "2024-01", precision: "month", sentence: 1 },
      { value: "2024-01-02", precision: "day", sentence: 1 },
    ]);
  });
});
