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

/** Values read from the small corpus and used again on the large one (which contains it). */
interface Sample {
  countryId: string;
  searchTerm: string;
}

/** Page size of the search query below. */
const SEARCH_PAGE = 10;

/**
 * The country that speaks most in the small corpus, and as search term the name of the busiest
 * country whose search already fills a page there (a half-empty page would cost less for that
 * reason alone, not because the corpus is small).
 */
async function sample(): Promise<Sample> {
  const rows = await graph.executor.read<{ id: string; name: string }>({
    text: `MATCH (c:Country) WITH c ORDER BY COUNT { (c)-[:SAID]->() } DESC, c.id LIMIT 20
RETURN c.id AS id, c.name AS name`,
    params: {},
  });
  const first = rows[0];
  if (!first) throw new Error("no country in the small corpus");
  for (const row of rows) {
    const [hits] = await graph.executor.read<{ total: number }>(
      searchText(row.name, { offset: 0, limit: 1, count: true }),
    );
    if ((hits?.total ?? 0) >= SEARCH_PAGE) return { countryId: first.id, searchTerm: row.name };
  }
  throw new Error(`no country name fills a search page of ${SEARCH_PAGE} in the small corpus`);
}

/** Pages that are full at both sizes: the whole decade of events, five at a time. */
const queries = (s: Sample): Record<string, CypherQuery> => ({
  "actors page (50)": actors.listActors({}, uncounted(50)),
  "events 2000–2030, page of 5": listEvents({ from: "2000", to: "2030" }, uncounted(5)),
  "events from a day on, page of 5": listEvents({ from: "2000-05-03" }, uncounted(5)),
  "search, page of 10": searchText(s.searchTerm, uncounted(SEARCH_PAGE)),
  "a country's statement count (degree)": actors.statementsBy([s.countryId], null, { offset: 0, limit: 0 }),
  "a country's event count (degree)": actors.eventsOf([s.countryId], { offset: 0, limit: 0 }),
});

async function profileAll(s: Sample): Promise<Map<string, number>> {
  const hits = new Map<string, number>();
  for (const [name, query] of Object.entries(queries(s))) {
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
    const values = await sample();
    const small = await profileAll(values);
    await seedCorpus(graph.executor, 200);
    const [present] = await graph.executor.read<{ n: number }>({
      text: "MATCH (c:Country {id: $id}) RETURN COUNT { (c)-[:SAID]->() } AS n",
      params: { id: values.countryId },
    });
    // The generated corpora differ, so check the sampled country speaks in the large one too.
    expect(present?.n, `${values.countryId} in the large corpus`).toBeGreaterThan(0);
    const large = await profileAll(values);
    const report = [...small].map(([name, hits]) => ({ name, small: hits, large: large.get(name) ?? 0 }));
    console.log(report.map((r) => `${r.name}: ${r.small} → ${r.large} dbHits`).join("\n"));
    for (const row of report) {
      expect(row.small, row.name).toBeGreaterThan(0);
      expect(row.large, `${row.name}: ${row.small} → ${row.large}`).toBeLessThanOrEqual(row.small * 1.5);
    }
  }, 600_000);
});
