// The Cypher builders are pure: user values only ever travel as parameters, and the parts that
// cannot be parameters (labels, relationship types, hop counts) come from closed sets.
import { describe, expect, it } from "vitest";
import type { CypherQuery } from "../../../src/graph/executor.ts";
import * as actors from "../../../src/graph/queries/actors.ts";
import * as articles from "../../../src/graph/queries/articles.ts";
import { listEvents } from "../../../src/graph/queries/events.ts";
import {
  MAX_DEPTH,
  MAX_GRAPH_LIMIT,
  MAX_PATH_LENGTH,
  neighbourhood,
  shortestPath,
} from "../../../src/graph/queries/graph.ts";
import { nodesByIds } from "../../../src/graph/queries/nodes.ts";
import { assertWindow } from "../../../src/graph/queries/paging.ts";
import {
  listRelations,
  parseRelationId,
  relationId,
  relationsByKeys,
  relationsOf,
} from "../../../src/graph/queries/relations.ts";
import { searchText, toLuceneQuery } from "../../../src/graph/queries/search.ts";
import { listStatements } from "../../../src/graph/queries/statements.ts";

const HOSTILE = "x' }) DETACH DELETE n //";
const window = { offset: 0, limit: 20 };

function expectParameterised(query: CypherQuery, value: string) {
  expect(query.text).not.toContain(value);
  expect(JSON.stringify(query.params).toLowerCase()).toContain(
    JSON.stringify(value).slice(1, -1).toLowerCase(),
  );
}

describe("user input never reaches query text", () => {
  it.each<[string, CypherQuery]>([
    ["actors(search)", actors.listActors({ search: HOSTILE }, window)],
    ["actors(country)", actors.listActors({ country: HOSTILE }, window)],
    ["countryByCode", actors.countryByCode(HOSTILE)],
    ["statementsBy", actors.statementsBy([HOSTILE], HOSTILE, window)],
    ["statementsAbout", actors.statementsAbout([HOSTILE], window)],
    ["eventsOf", actors.eventsOf([HOSTILE], window)],
    ["mentionsOf", actors.mentionsOf([HOSTILE], window)],
    ["articlesMentioning", actors.articlesMentioning([HOSTILE], window)],
    ["actorsOfCountry", actors.actorsOfCountry([HOSTILE], window)],
    ["sentencesOf", articles.sentencesOf([HOSTILE], window)],
    ["statementsIn", articles.statementsIn([HOSTILE], window)],
    ["eventsIn", articles.eventsIn([HOSTILE], window)],
    ["actorsIn", articles.actorsIn([HOSTILE], window)],
    ["sentenceContents", articles.sentenceContents([HOSTILE])],
    ["statements(speaker)", listStatements({ speaker: HOSTILE }, window)],
    ["statements(about)", listStatements({ about: HOSTILE }, window)],
    ["statements(kind)", listStatements({ kind: HOSTILE }, window)],
    ["events(type)", listEvents({ plover: HOSTILE }, window)],
    ["events(from)", listEvents({ from: HOSTILE }, window)],
    ["events(to)", listEvents({ to: HOSTILE }, window)],
    ["nodesByIds", nodesByIds([HOSTILE])],
    ["relationsOf", relationsOf([HOSTILE], {}, window)],
    ["graph", neighbourhood(HOSTILE, 2, 10)],
    ["path(from)", shortestPath(HOSTILE, "country:jp", 3)],
    ["path(to)", shortestPath("country:jp", HOSTILE, 3)],
  ])("%s", (_name, query) => {
    expectParameterised(query, HOSTILE);
  });

  it("relation keys travel as parameters", () => {
    const query = relationsByKeys([
      { id: "a-[ACCUSES]->b", sourceId: HOSTILE, kind: "ACCUSES", targetId: "b" },
    ]);
    expectParameterised(query, HOSTILE);
  });

  it("search text is escaped into a Lucene query parameter", () => {
    const query = searchText(HOSTILE, window);
    expect(query.text).not.toContain("DETACH");
    expect(query.params.query).toBe(
      String.raw`(x' OR x'*) (\}\) OR \}\)*) (detach OR detach*) (delete OR delete*) (n OR n*) (\/\/ OR \/\/*)`,
    );
  });
});

describe("closed sets", () => {
  it("actor kinds become labels only from the known three", () => {
    expect(actors.listActors({ kind: "Person" }, window).text).toContain("MATCH (a:Person)");
    expect(() => actors.listActors({ kind: "Person) DETACH DELETE (x" as never }, window)).toThrow(
      /Unknown actor kind/,
    );
  });

  it("relation kinds are checked before use", () => {
    expect(relationsOf(["x"], { kinds: ["ACCUSES"] }, window).text).toContain("[r:ACCUSES]");
    const all = /\[r:([A-Z_|]+)\]/.exec(relationsOf(["x"], {}, window).text)?.[1];
    expect(all?.split("|")).toHaveLength(9);
    expect(() => relationsOf(["x"], { kinds: ["HATES" as never] }, window)).toThrow(/Unknown relation kind/);
    expect(() => listRelations(["ACCUSES]->() DELETE x //" as never], window)).toThrow(
      /Unknown relation kind/,
    );
  });

  it("relation direction picks one of three fixed patterns", () => {
    const kinds = { kinds: ["ACCUSES" as const] };
    expect(relationsOf(["x"], { ...kinds, direction: "OUTGOING" }, window).text).toContain(
      "(p)-[r:ACCUSES]->(o:Actor)",
    );
    expect(relationsOf(["x"], { ...kinds, direction: "INCOMING" }, window).text).toContain(
      "(p)<-[r:ACCUSES]-(o:Actor)",
    );
    expect(relationsOf(["x"], kinds, window).text).toContain("(p)-[r:ACCUSES]-(o:Actor)");
  });

  it("hop counts are bounded integers", () => {
    expect(() => neighbourhood("x", MAX_DEPTH + 1, 10)).toThrow(/depth/);
    expect(() => neighbourhood("x", 1.5, 10)).toThrow(/depth/);
    expect(() => neighbourhood("x", 1, MAX_GRAPH_LIMIT + 1)).toThrow(/limit/);
    expect(() => neighbourhood("x", 1, 0)).toThrow(/limit/);
    expect(() => shortestPath("a", "b", MAX_PATH_LENGTH + 1)).toThrow(/maxLength/);
    expect(() => shortestPath("a", "b", 0)).toThrow(/maxLength/);
    expect(shortestPath("a", "b", 4).text).toContain("*..4]");
  });

  it("each hop of the neighbourhood is one subquery", () => {
    const hops = (depth: number) =>
      neighbourhood("x", depth, 10).text.match(/UNWIND frontier AS f/g)?.length ?? 0;
    expect([0, 1, 2, 3].map(hops)).toEqual([0, 1, 2, 3]);
  });

  it("page windows are bounded non-negative integers, sent as Neo4j integers", () => {
    expect(() => assertWindow({ offset: -1, limit: 10 })).toThrow();
    expect(() => assertWindow({ offset: 0, limit: 1.5 })).toThrow();
    expect(() => assertWindow({ offset: 0, limit: 5000 })).toThrow();
    const query = actors.listActors({}, { offset: 40, limit: 20 });
    expect(String(query.params.offset)).toBe("40");
    expect((query.params.limit as { toNumber(): number }).toNumber()).toBe(20);
  });
});

describe("filters shape the query", () => {
  it("omitted filters add no condition", () => {
    expect(listStatements({}, window).text).not.toContain("WHERE");
    expect(listEvents({}, window).text).not.toContain("WHERE");
    // Only the name condition that lets the name index order the page.
    expect(actors.listActors({}, window).text).toContain("MATCH (a:Actor) WHERE a.name IS NOT NULL\n");
  });

  it("a speaker filter starts from the speaker", () => {
    expect(listStatements({ speaker: "person:x" }, window).text).toContain(
      "MATCH (:Actor {id: $speaker})-[:SAID]->(s:Statement)",
    );
  });

  it("date range compares period ends with the `~` sentinel", () => {
    const query = listEvents({ from: "2021-07", to: "2021-08" }, window);
    expect(query.params).toMatchObject({
      from: "2021-07",
      fromYear: "2021",
      toEnd: "2021-08~",
      periodEnd: "~",
    });
    // A year needs no period arithmetic: the bound is a plain index range.
    expect(listEvents({ from: "2021" }, window).text).toContain("WHERE e.date >= $from\n");
    // `~` sorts after digits and `-`: the end of a period compares after all its days.
    expect("2021-07-31" < "2021-07~").toBe(true);
    expect("2021-08" > "2021-07~").toBe(true);
  });

  it("actor search is lower-cased", () => {
    expect(actors.listActors({ search: "WaNg" }, window).params.search).toBe("wang");
  });
});

describe("Lucene queries", () => {
  it("escapes every special character and adds a prefix form of each term", () => {
    expect(toLuceneQuery("Wang")).toBe("(wang OR wang*)");
    expect(toLuceneQuery('  "groundless   slander" ')).toBe(
      '(\\"groundless OR \\"groundless*) (slander\\" OR slander\\"*)',
    );
    expect(toLuceneQuery("a+b-c&&d||e!(f){g}[h]^i~j*k?l:m\\n/o")).toBe(
      "(a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\~j\\*k\\?l\\:m\\\\n\\/o OR a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\~j\\*k\\?l\\:m\\\\n\\/o*)",
    );
  });

  it("lower-cases so AND/OR/NOT are words, not operators", () => {
    expect(toLuceneQuery("China AND Japan")).toBe("(china OR china*) (and OR and*) (japan OR japan*)");
  });

  it("caps the number of terms and refuses an empty query", () => {
    expect(toLuceneQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ")).match(/\(/g)).toHaveLength(
      16,
    );
    expect(toLuceneQuery("   ")).toBe("");
    expect(() => searchText(" ", window)).toThrow(/Empty/);
  });
});

describe("relation ids", () => {
  it("round-trip through parseRelationId", () => {
    const id = relationId("org:jp:self-defense-forces", "PART_OF", "country:jp");
    expect(id).toBe("org:jp:self-defense-forces-[PART_OF]->country:jp");
    expect(parseRelationId(id)).toEqual({
      id,
      sourceId: "org:jp:self-defense-forces",
      kind: "PART_OF",
      targetId: "country:jp",
    });
  });

  it("reject other ids and unknown kinds", () => {
    expect(parseRelationId("country:jp")).toBeUndefined();
    expect(parseRelationId("a-[LIKES]->b")).toBeUndefined();
    expect(parseRelationId("-[ACCUSES]->b")).toBeUndefined();
    expect(parseRelationId("2021-07-09-x/statement/3")).toBeUndefined();
  });
});
