// `network` and `eventHistogram` on a generated corpus: weights, article counts and dates checked
// against the stored relationships read by a separate, plain Cypher; limit and truncation; filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCorpus } from "../../../bench/support/corpus.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const ARTICLES = 40;
const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

const NETWORK = `query ($center: ID, $from: String, $to: String, $kinds: [RelationKind!], $actorKinds: [ActorKind!],
  $country: String, $minWeight: Int, $limit: Int) {
  network(center: $center, from: $from, to: $to, kinds: $kinds, actorKinds: $actorKinds, country: $country,
          minWeight: $minWeight, limit: $limit) {
    truncated omittedNodes omittedEdges
    nodes { id type label caption weight degree }
    edges { id source target type label weight articleCount firstDate lastDate evidenceIds }
  }
}`;

/** One stored (per-article) relationship with its support, read without any aggregation. */
interface StoredRelation {
  key: string;
  articleId: string;
  published: string;
  support: { id: string; date: string }[];
}

let stored: StoredRelation[] = [];
let full: Row;

const run = async (variables: Record<string, unknown>) => ok(await gql(NETWORK, variables)).network;

/** What an edge should be, from the stored relationships, with support dated in [from, to]. */
function expected(key: string, from = "", to = "9999") {
  const inRange = (date: string) => `${date}~` >= from && date <= `${to}~`;
  const items = new Set<string>();
  const articles = new Set<string>();
  const dates: string[] = [];
  for (const rel of stored.filter((r) => r.key === key)) {
    const support = rel.support.length > 0 ? rel.support : [{ id: "", date: rel.published }];
    for (const item of support.filter((s) => inRange(s.date))) {
      if (item.id) items.add(item.id);
      articles.add(rel.articleId);
      dates.push(item.date);
    }
  }
  dates.sort();
  return { weight: items.size, articleCount: articles.size, firstDate: dates[0], lastDate: dates.at(-1) };
}

beforeAll(async () => {
  await seedCorpus(graph.executor, ARTICLES);
  const rows = await graph.executor.read<StoredRelation>({
    text: `MATCH (a:Actor)-[r]->(b:Actor) WHERE r.articleId IS NOT NULL AND a <> b
MATCH (art:Article {id: r.articleId})
RETURN a.id + '-[' + type(r) + ']->' + b.id AS key, r.articleId AS articleId,
  toString(art.publishedAt) AS published,
  [s IN coalesce(r.statementIds, []) | {id: s, date: toString(art.publishedAt)}] +
  [e IN coalesce(r.eventIds, []) | {id: e, date: coalesce(head(COLLECT { MATCH (ev:Event) WHERE ev.id = e RETURN ev.date }), toString(art.publishedAt))}] AS support`,
    params: {},
  });
  stored = rows;
  full = await run({ limit: 500 });
}, 300_000);
afterAll(() => graph.close());

describe("network", () => {
  it("aggregates every actor pair and kind: weight, article count and dates match the stored relationships", () => {
    expect(full.truncated).toBe(false);
    const keys = new Set(stored.map((r) => r.key));
    expect(full.edges.length).toBe(keys.size);
    expect(full.edges.length).toBeGreaterThan(50);
    expect(full.edges.some((e: Row) => e.weight > 1)).toBe(true);
    expect(full.edges.some((e: Row) => e.articleCount > 1)).toBe(true);
    for (const edge of full.edges) {
      expect(edge.id).toBe(`${edge.source}-[${edge.type}]->${edge.target}`);
      expect({ ...expected(edge.id) }, edge.id).toEqual({
        weight: edge.weight,
        articleCount: edge.articleCount,
        firstDate: edge.firstDate,
        lastDate: edge.lastDate,
      });
      const support = new Set(
        stored.filter((r) => r.key === edge.id).flatMap((r) => r.support.map((s) => s.id)),
      );
      expect(edge.evidenceIds.length).toBe(Math.min(5, edge.weight));
      for (const id of edge.evidenceIds) expect(support.has(id), id).toBe(true);
    }
  });

  it("gives each node the sum of its edges' weights and its number of neighbours, heaviest first", () => {
    const ids = new Set(full.nodes.map((n: Row) => n.id));
    expect(ids.size).toBe(full.nodes.length);
    for (const node of full.nodes) {
      const mine = full.edges.filter((e: Row) => e.source === node.id || e.target === node.id);
      expect(node.weight, node.id).toBe(mine.reduce((sum: number, e: Row) => sum + e.weight, 0));
      const others = new Set(mine.map((e: Row) => (e.source === node.id ? e.target : e.source)));
      expect(node.degree, node.id).toBe(others.size);
      expect(["Person", "Organization", "Country"]).toContain(node.type);
    }
    for (const edge of full.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const weights = full.nodes.map((n: Row) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it("keeps the heaviest nodes and edges under limit and says how much it left out", async () => {
    const cut = await run({ limit: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toEqual(full.nodes.slice(0, 10));
    expect(cut.omittedNodes).toBe(full.nodes.length - 10);
    const kept = new Set(cut.nodes.map((n: Row) => n.id));
    const inside = full.edges.filter((e: Row) => kept.has(e.source) && kept.has(e.target));
    expect(cut.edges.length).toBe(Math.min(40, inside.length));
    expect(cut.omittedEdges).toBe(full.edges.length - cut.edges.length);
    for (const edge of cut.edges) expect(inside).toContainEqual(edge);
    const cutWeights = cut.edges.map((e: Row) => e.weight);
    expect(cutWeights).toEqual([...cutWeights].sort((a, b) => b - a));
  });

  it("filters by relation kind, actor kind, country and minimum weight", async () => {
    const criticism = await run({ kinds: ["CRITICIZES", "ACCUSES"], limit: 500 });
    expect(criticism.edges.length).toBeGreaterThan(0);
    expect(criticism.edges).toEqual(
      full.edges.filter((e: Row) => ["CRITICIZES", "ACCUSES"].includes(e.type)),
    );

    const countries = await run({ actorKinds: ["COUNTRY"], limit: 500 });
    const types = new Map(full.nodes.map((n: Row) => [n.id, n.type]));
    expect(countries.edges.length).toBeGreaterThan(0);
    expect(countries.edges).toEqual(
      full.edges.filter((e: Row) => types.get(e.source) === "Country" && types.get(e.target) === "Country"),
    );

    const heavy = await run({ minWeight: 2, limit: 500 });
    expect(heavy.edges.length).toBeGreaterThan(0);
    expect(heavy.edges).toEqual(full.edges.filter((e: Row) => e.weight >= 2));

    const country = full.nodes.find((n: Row) => n.type === "Country");
    const code = country.caption;
    const members = await graph.executor.read<{ id: string }>({
      text: "MATCH (x:Actor) WHERE x.id = $id OR x.countryId = $id RETURN x.id AS id",
      params: { id: country.id },
    });
    const belongs = new Set(members.map((m) => m.id));
    const byCountry = await run({ country: code.toLowerCase(), limit: 500 });
    expect(byCountry.edges.length).toBeGreaterThan(0);
    expect(byCountry.edges).toEqual(
      full.edges.filter((e: Row) => belongs.has(e.source) || belongs.has(e.target)),
    );
  });

  it("draws an actor's ego network: the centre first, its neighbours and the edges among them", async () => {
    const center = full.nodes[1];
    const ego = await run({ center: center.id, limit: 500 });
    expect(ego.nodes[0].id).toBe(center.id);
    const neighbours = new Set([center.id]);
    for (const e of full.edges) {
      if (e.source === center.id) neighbours.add(e.target);
      if (e.target === center.id) neighbours.add(e.source);
    }
    expect(new Set(ego.nodes.map((n: Row) => n.id))).toEqual(neighbours);
    expect(ego.edges).toEqual(
      full.edges.filter((e: Row) => neighbours.has(e.source) && neighbours.has(e.target)),
    );
    expect(ok(await gql(NETWORK, { center: "person:nobody-at-all" })).network).toBeNull();
  });

  it("counts only support dated in [from, to]", async () => {
    const years = full.edges.map((e: Row) => Number(e.firstDate.slice(0, 4)));
    const year = String(Math.round((Math.min(...years) + Math.max(...years)) / 2));
    const [from, to] = [`${year}-01`, `${Number(year) + 2}-06-30`];
    const ranged = await run({ from, to, limit: 500 });
    expect(ranged.edges.length).toBeGreaterThan(0);
    expect(ranged.edges.length).toBeLessThan(full.edges.length);
    for (const edge of ranged.edges) {
      expect(edge.firstDate >= from && edge.lastDate <= `${to}~`, edge.id).toBe(true);
      expect(expected(edge.id, from, to), edge.id).toEqual({
        weight: edge.weight,
        articleCount: edge.articleCount,
        firstDate: edge.firstDate,
        lastDate: edge.lastDate,
      });
    }
    const inRange = new Set(
      stored.filter((r) => expected(r.key, from, to).articleCount > 0).map((r) => r.key),
    );
    expect(new Set(ranged.edges.map((e: Row) => e.id))).toEqual(inRange);
  });

  it("rejects bad arguments naming them", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ limit: 0 }, "limit"],
      [{ limit: 501 }, "limit"],
      [{ minWeight: -1 }, "minWeight"],
      [{ from: "2021-13" }, "from"],
      [{ from: "2022", to: "2021-05" }, "to"],
      [{ country: "CHN" }, "country"],
      [{ center: "" }, "center"],
    ];
    for (const [variables, argument] of cases) {
      const error = oneError(await gql(NETWORK, variables));
      expect(error.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect(error.extensions?.argument).toBe(argument);
      expect(error.message).toContain(`"${argument}"`);
    }
  });
});

describe("eventHistogram", () => {
  it("counts events per month as the stored dates say, within the range", async () => {
    const dates = await graph.executor.read<{ date: string }>({
      text: "MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.date AS date",
      params: {},
    });
    const count = (from: string, to: string) => {
      const months = new Map<string, number>();
      for (const { date } of dates) {
        const month = date.slice(0, 7);
        if (date.length < 7 || month < from || month > to) continue;
        months.set(month, (months.get(month) ?? 0) + 1);
      }
      return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => ({ month, count: n }));
    };
    const all = ok(await gql("{ eventHistogram { month count } }")).eventHistogram;
    expect(all.length).toBeGreaterThan(5);
    expect(all).toEqual(count("0000", "9999"));
    const some = ok(
      await gql(`{ eventHistogram(from: "2018-03", to: "2020") { month count } }`),
    ).eventHistogram;
    expect(some).toEqual(count("2018-03", "2020-12"));
    const error = oneError(await gql(`{ eventHistogram(from: "March") { month } }`));
    expect(error.extensions?.argument).toBe("from");
  });
});
