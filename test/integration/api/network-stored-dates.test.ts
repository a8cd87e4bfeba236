// The network reads the dates stored on each actor→actor relationship instead of looking up its
// Article and Events. Checked against the query that looked them up (kept as a reference), on the
// same graph, for every filter; and on relationships stored before the dates were (looked up then).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCorpus } from "../../../bench/support/corpus.ts";
import { type PlanStep, profile } from "../../../bench/support/profile.ts";
import { type NetworkFilter, network } from "../../../src/graph/queries/network.ts";
import { lookupNetwork } from "../../support/network-lookup-reference.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";

const graph = connectTestGraph();

interface StoredDates {
  published: string | null;
  lookedUp: string;
  eventDates: string[] | null;
  eventLookedUp: string[];
}

const STORED_DATES = {
  text: `MATCH (:Actor)-[r]->(:Actor) WHERE r.articleId IS NOT NULL
MATCH (art:Article {id: r.articleId})
RETURN r.published AS published, toString(art.publishedAt) AS lookedUp, r.eventDates AS eventDates,
  [eid IN r.eventIds | coalesce(head(COLLECT { MATCH (ev:Event {id: eid}) RETURN ev.date }),
                                toString(art.publishedAt))] AS eventLookedUp`,
  params: {},
};

const read = (query: { text: string; params: Record<string, unknown> }) => graph.executor.read(query);

/** Filters the explorer and the export use, plus each argument that changes which support counts. */
async function filters(): Promise<NetworkFilter[]> {
  const [heavy] = await read({
    text: `MATCH (a:Actor)-[r]->(:Actor) WHERE r.articleId IS NOT NULL
RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1`,
    params: {},
  });
  const [country] = await read({
    text: `MATCH (c:Country)-[r]-(:Actor) WHERE r.articleId IS NOT NULL AND c.isoCode IS NOT NULL
RETURN c.isoCode AS code, count(r) AS n ORDER BY n DESC, code LIMIT 1`,
    params: {},
  });
  const base = { minWeight: 0, limit: 150 };
  return [
    base,
    { ...base, limit: 500 },
    { ...base, limit: 10 },
    { ...base, from: "2018", to: "2019-06" },
    { ...base, from: "2021-03-15" },
    { ...base, to: "2016-02" },
    { ...base, center: String(heavy?.id), limit: 40 },
    { ...base, center: String(heavy?.id), from: "2019", limit: 40 },
    { ...base, kinds: ["ACCUSES", "COOPERATES_WITH"] },
    { ...base, actorKinds: ["Country"] },
    { ...base, country: String(country?.code) },
    { ...base, minWeight: 2 },
  ];
}

async function expectSameAsLookup(): Promise<void> {
  for (const filter of await filters()) {
    const [expected] = await read(lookupNetwork(filter));
    const [actual] = await read(network(filter));
    expect(actual, JSON.stringify(filter)).toEqual(expected);
  }
}

/** Operators that read Article or Event nodes and produced rows. */
function lookups(step: PlanStep): string[] {
  const details = String(step.arguments.Details ?? "");
  const own = /:(Article|Event)\b/.test(details) && step.rows > 0 ? [`${step.operatorType} ${details}`] : [];
  return [...own, ...step.children.flatMap(lookups)];
}

beforeAll(async () => {
  await seedCorpus(graph.executor, 40);
}, 300_000);
afterAll(() => graph.close());

describe("dates stored on actor relationships", () => {
  it("are the article's date and each event's date (else the article's), as a lookup gives them", async () => {
    const rows = (await read(STORED_DATES)) as unknown as StoredDates[];
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.published).toBe(row.lookedUp);
      expect(row.eventDates).toEqual(row.eventLookedUp);
    }
    // Events dated otherwise than their article exist, so the event dates are really checked.
    expect(rows.some((r) => r.eventLookedUp.some((d) => d !== r.lookedUp))).toBe(true);
  });

  it("give the network the lookup gave, for every filter, without reading an Article or Event", async () => {
    await expectSameAsLookup();
    const { plan } = await profile(graph.driver, graph.info.database, network({ minWeight: 0, limit: 150 }));
    expect(lookups(plan)).toEqual([]);
    const { plan: before } = await profile(
      graph.driver,
      graph.info.database,
      lookupNetwork({ minWeight: 0, limit: 150 }),
    );
    expect(lookups(before).length).toBeGreaterThan(0);
  });

  it("are looked up for relationships stored before they were, with the same answer", async () => {
    // Half the relationships as an older writer left them, then all of them.
    await graph.executor.writeTransaction((tx) =>
      tx.run(`MATCH (:Actor)-[r]->(:Actor) WHERE r.published IS NOT NULL AND r.id ENDS WITH '1'
REMOVE r.published, r.eventDates`),
    );
    const [mixed] = await read({
      text: `MATCH (:Actor)-[r]->(:Actor) WHERE r.articleId IS NOT NULL
RETURN count(r.published) AS stored, count(*) - count(r.published) AS legacy`,
      params: {},
    });
    expect(mixed?.stored).toBeGreaterThan(0);
    expect(mixed?.legacy).toBeGreaterThan(0);
    await expectSameAsLookup();
    await graph.executor.writeTransaction((tx) =>
      tx.run("MATCH (:Actor)-[r]->(:Actor) REMOVE r.published, r.eventDates"),
    );
    await expectSameAsLookup();
  });
});
