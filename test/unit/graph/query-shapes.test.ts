// Query shapes, in the style of @neo4j/graphql's TCK: the Cypher text and parameters each main
// operation's builder produces, kept as file snapshots. A change to a query shows up as a snapshot
// diff to review (and to re-check with PROFILE; see bench/support/profile.ts).
import { isInt } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { CypherQuery } from "../../../src/graph/executor.ts";
import * as actors from "../../../src/graph/queries/actors.ts";
import { listEvents } from "../../../src/graph/queries/events.ts";
import { neighbourhood } from "../../../src/graph/queries/graph.ts";
import { nodesByIds } from "../../../src/graph/queries/nodes.ts";
import { listRelations, relationsOf } from "../../../src/graph/queries/relations.ts";
import { searchText } from "../../../src/graph/queries/search.ts";
import { listStatements } from "../../../src/graph/queries/statements.ts";
import { shapeOf } from "../../../src/schema/shapes.ts";

/** Neo4j integers as plain numbers, so the snapshot reads like the query's parameters. */
const shape = (query: CypherQuery) => ({
  text: query.text,
  params: JSON.parse(JSON.stringify(query.params, (_k, v) => (isInt(v) ? v.toNumber() : v))),
});

const page = (limit: number, counted: boolean) => ({
  offset: 0,
  limit,
  ...(counted ? {} : { count: false }),
});

/** The shape of the items a selection of these fields reads (as the schema computes it). */
const selecting = (...names: string[]) => shapeOf(new Set(names));

describe("query shapes", () => {
  it("nested actors → statements → about: one query, page in name-index order, statements and subjects per actor", () => {
    // about { id name }: the subjects' names only.
    const { statement } = shapeOf(new Set(["id", "text", "about"]), new Set(["id", "name"]));
    const nested = actors.statementsByNested(null, page(20, false), "n0_", statement);
    expect(shape(actors.listActors({}, page(50, false), [nested]))).toMatchSnapshot();
  });

  it("one country's statements with totalCount: the count is the SAID degree", () => {
    const query = actors.statementsBy(["country:jp"], null, page(10, true));
    expect(query.text).toContain("COUNT { (p)-[:SAID]->() }");
    expect(shape(query)).toMatchSnapshot();
  });

  it("country(code:) { statements { totalCount … speaker } }: the country and its page in one query", () => {
    const { statement } = selecting("id", "text", "speaker");
    const nested = actors.statementsByNested(null, page(10, true), "n0_", statement);
    const query = actors.countryByCodeWith("JP", [nested]);
    expect(query.text).toContain("COUNT { (p)-[:SAID]->() }");
    expect(query.text).toContain("speakerId:");
    expect(query.text).not.toContain("aboutIds:");
    expect(query.text).not.toContain("EVIDENCED_BY");
    expect(shape(query)).toMatchSnapshot();
  });

  it("statements of one kind are counted by walking them (the degree would count every kind)", () => {
    const query = actors.statementsBy(["country:jp"], "quote", page(10, true));
    expect(query.text).not.toContain("COUNT {");
    expect(shape(query)).toMatchSnapshot();
  });

  it("first: 0 with totalCount reads only the degree, no rows", () => {
    const query = actors.eventsOf(["person:x"], { offset: 0, limit: 0 });
    expect(query.text).toContain("COUNT { (p)-[:PARTICIPATED_IN]->() }");
    expect(query.text).not.toContain("MATCH (p)-[r:PARTICIPATED_IN]");
    expect(query.text).toContain("RETURN [] AS items");
  });

  it("one actor's events by date", () => {
    expect(shape(actors.eventsOf(["person:x"], page(20, false)))).toMatchSnapshot();
  });

  it("node(id:) { ... on Actor { events { role node { id label date } } } }: one query, properties only", () => {
    const query = actors.actorByIdWith("person:x", [
      actors.eventsOfNested(page(20, false), "n0_", selecting("id", "label", "date").event),
    ]);
    expect(query.text).not.toContain("[(");
    expect(shape(query)).toMatchSnapshot();
  });

  it("events in a year range selecting only properties: no pattern comprehension per event", () => {
    const query = listEvents(
      { from: "2019", to: "2020" },
      page(20, true),
      selecting("id", "label", "date").event,
    );
    expect(query.text).not.toContain("[(");
    expect(shape(query)).toMatchSnapshot();
  });

  it("events in a year range with totalCount: one index range, no null test in the order", () => {
    const query = listEvents({ from: "2019", to: "2020" }, page(20, true));
    expect(query.text).not.toContain("e.date IS NULL");
    expect(shape(query)).toMatchSnapshot();
  });

  it("events from a day: a year seek bound and the exact overlap test", () => {
    expect(
      shape(listEvents({ from: "2019-05-03", to: "2019-06", plover: "ACCUSE" }, page(20, true))),
    ).toMatchSnapshot();
  });

  it("search without totalCount: only the index call, limited inside it", () => {
    const query = searchText("china minister", page(10, false));
    expect(query.text.match(/queryNodes/g)).toHaveLength(1);
    expect(query.text).toContain("{limit: $offset + $limit}");
    expect(shape(query)).toMatchSnapshot();
  });

  it("search selecting only properties of its hits", () => {
    const query = searchText(
      "china minister",
      page(10, false),
      selecting("__typename", "id", "name", "text", "label"),
    );
    expect(query.text).not.toContain("[(");
    expect(shape(query)).toMatchSnapshot();
  });

  it("search with totalCount: a second, node-free index call counts", () => {
    expect(shape(searchText("china minister", page(10, true)))).toMatchSnapshot();
  });

  it("statements filtered by speaker and subject", () => {
    expect(
      shape(listStatements({ speaker: "person:x", about: "country:cn" }, page(10, true))),
    ).toMatchSnapshot();
  });

  it("relations of an actor and all relations: relationship types in the pattern", () => {
    expect(shape(relationsOf(["country:cn"], {}, page(20, true)))).toMatchSnapshot();
    expect(shape(listRelations(["ACCUSES", "CRITICIZES"], page(20, true)))).toMatchSnapshot();
  });

  it("graph at depth 2 and nodes by id", () => {
    expect(shape(neighbourhood("country:cn", 2, 100))).toMatchSnapshot();
    expect(shape(nodesByIds(["country:cn", "person:x"]))).toMatchSnapshot();
  });
});
