// Database work of a fixed-size page must not grow with the corpus: each query is PROFILEd (sum of
// dbHits over the plan) on 10 generated articles and again on 200, and may cost at most 1.5x more.
// Queries whose work grows by nature (a full count over a growing range, sorting all of a busy
// actor's statements) are not in this list; see the notes on performance.
import { afterAll, describe, expect, it } from "vitest";
import { seedCorpus } from "../../bench/support/corpus.ts";
import { profile } from "../../bench/support/profile.ts";
import type { CypherQuery } from "../../src/graph/executor.ts";
import * as actors from "../../src/graph/queries/actors.ts";
import { listEvents } from "../../src/graph/queries/events.ts";
import { searchText } from "../../src/graph/queries/search.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
const uncounted = (limit: number) => ({ offset: 0, limit, count: false });

/** Fixed pages over values present in both corpora (the generator is deterministic). */
const QUERIES: Record<string, CypherQuery> = {
  "actors page (50)": actors.listActors({}, uncounted(50)),
  "events in 2019–2020, page of 20": listEvents({ from: "2019", to: "2020" }, uncounted(20)),
  "events from a day, page of 20": listEvents({ from: "2019-05-03" }, uncounted(20)),
  "search, page of 10": searchText("minister", uncounted(10)),
  "a country's statement count (degree)": actors.statementsBy(["country:us"], null, {
    offset: 0,
    limit: 0,
  }),
  "a country's event count (degree)": actors.eventsOf(["country:us"], { offset: 0, limit: 0 }),
};

async function profileAll(): Promise<Map<string, number>> {
  const hits = new Map<string, number>();
  for (const [name, query] of Object.entries(QUERIES)) {
    // Once to plan and warm up, once to measure.
    await profile(graph.driver, graph.info.database, query);
    hits.set(name, (await profile(graph.driver, graph.info.database, query)).dbHits);
  }
  return hits;
}

describe("database hits of a fixed page as the corpus grows", () => {
  afterAll(() => graph.close());

  it("stay within 1.5x between 10 and 200 articles", async () => {
    await seedCorpus(graph.executor, 10);
    const small = await profileAll();
    await seedCorpus(graph.executor, 200);
    const large = await profileAll();
    const report = [...small].map(([name, hits]) => ({ name, small: hits, large: large.get(name) ?? 0 }));
    console.log(report.map((r) => `${r.name}: ${r.small} → ${r.large} dbHits`).join("\n"));
    for (const row of report) {
      expect(row.small, row.name).toBeGreaterThan(0);
      expect(row.large, `${row.name}: ${row.small} → ${row.large}`).toBeLessThanOrEqual(row.small * 1.5);
    }
  }, 600_000);
});
