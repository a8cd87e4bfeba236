// `actors`, `countries`, `country` and the fields of an actor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { eventId, IDS, resetGraph, statementId } from "./fixture.ts";
import { ok, oneError, type Row, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const names = (connection: { edges: { node: { name: string } }[] }) =>
  connection.edges.map((e: Row) => e.node.name);

describe("actors", () => {
  it("lists every actor by name with totalCount", async () => {
    const data = ok(
      await gql("{ actors { totalCount edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }"),
    );
    expect(data.actors.totalCount).toBe(10);
    expect(names(data.actors)).toEqual([
      "Association of Southeast Asian Nations",
      "China",
      "Government of Japan",
      "Japan",
      "Japan Self-Defense Forces",
      "Katsunobu Kato",
      "Ministry of Foreign Affairs of China",
      "Russia",
      "United States",
      "Wang Wenbin",
    ]);
    expect(data.actors.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
  });

  it("writes each object's fields in the query's order, a batched field first included", async () => {
    // country is read through a DataLoader and resolves last; the spec asks for the query's order.
    const data = ok(await gql("{ actors(kind: PERSON) { edges { node { country { name } name id } } } }"));
    for (const { node } of data.actors.edges) expect(Object.keys(node)).toEqual(["country", "name", "id"]);
    expect(data.actors.edges.map((e: Row) => e.node.country.name)).toEqual(["Japan", "China"]);
  });

  it("filters by kind, by name or alias, and by country", async () => {
    const people = ok(await gql("{ actors(kind: PERSON) { totalCount edges { node { name kind } } } }"));
    expect(names(people.actors)).toEqual(["Katsunobu Kato", "Wang Wenbin"]);
    const orgs = ok(await gql("{ actors(kind: ORGANIZATION) { totalCount } }"));
    expect(orgs.actors.totalCount).toBe(4);
    const byAlias = ok(await gql('{ actors(search: "asean") { edges { node { id } } } }'));
    expect(byAlias.actors.edges).toEqual([{ node: { id: IDS.asean } }]);
    const byName = ok(await gql('{ actors(search: "  WANG ") { edges { node { id } } } }'));
    expect(byName.actors.edges).toEqual([{ node: { id: IDS.wang } }]);
    const japanese = ok(await gql('{ actors(country: "jp") { edges { node { name } } } }'));
    expect(names(japanese.actors)).toEqual([
      "Government of Japan",
      "Japan Self-Defense Forces",
      "Katsunobu Kato",
    ]);
    const chinesePeople = ok(
      await gql('{ actors(country: "CN", kind: PERSON) { edges { node { name } } } }'),
    );
    expect(names(chinesePeople.actors)).toEqual(["Wang Wenbin"]);
    const none = ok(await gql('{ actors(search: "nobody at all") { totalCount edges { cursor } } }'));
    expect(none.actors).toEqual({ totalCount: 0, edges: [] });
  });

  it("pages with first/after, hasNextPage and cursors", async () => {
    const page1 = ok(
      await gql(
        "{ actors(first: 4) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
      ),
    );
    expect(page1.actors.totalCount).toBe(10);
    expect(names(page1.actors)).toEqual([
      "Association of Southeast Asian Nations",
      "China",
      "Government of Japan",
      "Japan",
    ]);
    expect(page1.actors.pageInfo.hasNextPage).toBe(true);
    expect(page1.actors.pageInfo.hasPreviousPage).toBe(false);
    expect(page1.actors.pageInfo.startCursor).toBe(page1.actors.edges[0].cursor);
    expect(page1.actors.pageInfo.endCursor).toBe(page1.actors.edges[3].cursor);

    const page2 = ok(
      await gql(
        "query ($after: String) { actors(first: 4, after: $after) { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }",
        {
          after: page1.actors.pageInfo.endCursor,
        },
      ),
    );
    expect(names(page2.actors)).toEqual([
      "Japan Self-Defense Forces",
      "Katsunobu Kato",
      "Ministry of Foreign Affairs of China",
      "Russia",
    ]);
    expect(page2.actors.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });

    const last = ok(
      await gql(
        "query ($after: String) { actors(first: 4, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }",
        {
          after: page1.actors.edges[3].cursor.replace(/.*/, page1.actors.pageInfo.endCursor),
        },
      ),
    );
    expect(last.actors.edges).toHaveLength(4);

    const zero = ok(
      await gql(
        "{ actors(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }",
      ),
    );
    expect(zero.actors).toEqual({
      totalCount: 10,
      edges: [],
      pageInfo: { hasNextPage: true, startCursor: null, endCursor: null },
    });

    const max = ok(await gql("{ actors(first: 100) { edges { cursor } pageInfo { hasNextPage } } }"));
    expect(max.actors.edges).toHaveLength(10);
    expect(max.actors.pageInfo.hasNextPage).toBe(false);
  });

  it("rejects bad arguments with BAD_USER_INPUT naming the argument", async () => {
    const cases: [string, string][] = [
      ["{ actors(first: 101) { totalCount } }", "first"],
      ["{ actors(first: -1) { totalCount } }", "first"],
      ['{ actors(after: "not-a-cursor!") { totalCount } }', "after"],
      ['{ actors(after: "b2Zmc2V0Oi0x") { totalCount } }', "after"],
      ['{ actors(country: "Japan") { totalCount } }', "country"],
      ['{ actors(search: "") { totalCount } }', "search"],
      ["{ actors(kind: ROBOT) { totalCount } }", "kind"],
      ['{ actors(first: "ten") { totalCount } }', "first"],
      ["{ actors(first: 99999999999) { totalCount } }", "first"],
    ];
    for (const [query, argument] of cases) {
      const response = await gql(query);
      if (argument === "search" && !response.errors) {
        // An empty name filter is no filter.
        expect(ok(response).actors.totalCount).toBe(10);
        continue;
      }
      const error = oneError(response);
      expect(error.extensions?.code, query).toBe("BAD_USER_INPUT");
      expect(error.message, query).toContain(`Argument "${argument}"`);
    }
  });

  it("reports a bad enum given as a variable as BAD_USER_INPUT naming the argument", async () => {
    const error = oneError(
      await gql("query ($k: ActorKind) { actors(kind: $k) { totalCount } }", { k: "ROBOT" }),
    );
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('Argument "kind"');
    expect(error.message).toContain("ROBOT");
  });
});

describe("countries and country", () => {
  it("lists countries by name", async () => {
    const data = ok(await gql("{ countries { id name isoCode wikidataId kind country { id } } }"));
    expect(data.countries).toEqual([
      { id: IDS.china, name: "China", isoCode: "CN", wikidataId: "Q148", kind: "COUNTRY", country: null },
      { id: IDS.japan, name: "Japan", isoCode: "JP", wikidataId: "Q17", kind: "COUNTRY", country: null },
      { id: IDS.russia, name: "Russia", isoCode: "RU", wikidataId: "Q159", kind: "COUNTRY", country: null },
      { id: IDS.us, name: "United States", isoCode: "US", wikidataId: "Q30", kind: "COUNTRY", country: null },
    ]);
  });

  it("finds a country by code in any case, null when unknown, error when malformed", async () => {
    expect(ok(await gql('{ country(code: "cn") { id aliases } }')).country).toEqual({
      id: IDS.china,
      aliases: [],
    });
    expect(ok(await gql('{ country(code: "US") { aliases } }')).country).toEqual({ aliases: ["U.S.", "US"] });
    expect(ok(await gql('{ country(code: "ZZ") { id } }')).country).toBeNull();
    const error = oneError(await gql('{ country(code: "CHN") { id } }'));
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('Argument "code"');
  });

  it("lists a country's people and organisations", async () => {
    const data = ok(
      await gql(
        '{ country(code: "JP") { actors(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage } } } }',
      ),
    );
    expect(data.country.actors.totalCount).toBe(3);
    expect(names(data.country.actors)).toEqual(["Government of Japan", "Japan Self-Defense Forces"]);
    expect(data.country.actors.pageInfo.hasNextPage).toBe(true);
  });
});

describe("an actor's fields", () => {
  const ACTOR = `query ($id: ID!) { node(id: $id) { ... on Actor {
    country { id }
    statements { totalCount edges { node { id kind about { id } } } }
    quotes: statements(kind: QUOTE) { totalCount }
    statementsAbout(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } }
    events { totalCount edges { role node { id label } } }
    affiliations { totalCount edges { node { kind role direction counterpart { id } } } }
    members { totalCount edges { node { kind counterpart { id } } } }
    relations { totalCount edges { node { id kind direction counterpart { id } } } }
    outgoing: relations(direction: OUTGOING) { totalCount }
    criticism: relations(kind: CRITICIZES, direction: INCOMING) { edges { node { source { id } target { id } direction } } }
    mentions(first: 3) { totalCount edges { node { kind text start end actor { id } sentence { index } } } }
    articles { totalCount edges { node { id } } }
  } ... on Person { title } } }`;

  it("Wang Wenbin: statements with subjects, affiliation, relations, mentions", async () => {
    const { node } = ok(await gql(ACTOR, { id: IDS.wang }));
    expect(node.title).toBe("Foreign Ministry Spokesman");
    expect(node.country).toEqual({ id: IDS.china });
    expect(node.statements.totalCount).toBe(3);
    expect(node.statements.edges.map((e: Row) => e.node.id)).toEqual([
      statementId(4),
      statementId(5),
      statementId(6),
    ]);
    expect(node.statements.edges[0].node).toEqual({
      id: statementId(4),
      kind: "QUOTE",
      about: [{ id: IDS.japan }],
    });
    expect(node.quotes.totalCount).toBe(3);
    expect(node.statementsAbout.totalCount).toBe(0);
    expect(node.events.totalCount).toBe(0);
    expect(node.affiliations.edges).toEqual([
      {
        node: {
          kind: "SPEAKS_FOR",
          role: "Foreign Ministry Spokesman",
          direction: "OUTGOING",
          counterpart: { id: IDS.mofaChina },
        },
      },
    ]);
    expect(node.members.totalCount).toBe(0);
    expect(node.relations.edges.map((e: Row) => e.node.id)).toEqual([
      `${IDS.wang}-[CRITICIZES]->${IDS.japan}`,
      `${IDS.wang}-[SPEAKS_FOR]->${IDS.mofaChina}`,
    ]);
    expect(node.mentions.totalCount).toBe(2);
    expect(node.mentions.edges.map((e: Row) => [e.node.kind, e.node.text, e.node.sentence.index])).toEqual([
      ["NAME", "Wang Wenbin", 7],
      ["SHORT_NAME", "Wang", 8],
    ]);
    expect(node.articles.totalCount).toBe(1);
  });

  it("Japan: statements about it, events with roles, members, relations in both directions", async () => {
    const { node } = ok(await gql(ACTOR, { id: IDS.japan }));
    expect(node.country).toBeNull();
    expect(node.statements.edges.map((e: Row) => e.node.id)).toEqual([statementId(7)]);
    expect(node.quotes.totalCount).toBe(0);
    expect(node.statementsAbout.totalCount).toBe(6);
    expect(node.statementsAbout.edges).toHaveLength(2);
    expect(node.statementsAbout.pageInfo.hasNextPage).toBe(true);
    expect(node.events.edges.map((e: Row) => [e.role, e.node.id])).toEqual([
      ["source", eventId(1)],
      ["organizer", eventId(3)],
      ["source", eventId(0)],
      ["source", eventId(2)],
      ["target", eventId(4)],
      ["source", eventId(6)],
    ]);
    expect(node.members.edges).toEqual([{ node: { kind: "PART_OF", counterpart: { id: IDS.sdf } } }]);
    expect(node.relations.totalCount).toBe(6);
    expect(node.outgoing.totalCount).toBe(3);
    expect(node.criticism.edges).toEqual([
      { node: { source: { id: IDS.china }, target: { id: IDS.japan }, direction: "INCOMING" } },
      { node: { source: { id: IDS.wang }, target: { id: IDS.japan }, direction: "INCOMING" } },
    ]);
    expect(node.mentions.totalCount).toBe(9);
    expect(node.mentions.edges[0].node).toMatchObject({
      kind: "DEMONYM",
      text: "Japanese",
      actor: { id: IDS.japan },
    });
  });

  it("an organisation's type and country", async () => {
    const data = ok(
      await gql(`{ node(id: "${IDS.sdf}") { ... on Organization { orgType country { name } aliases } } }`),
    );
    expect(data.node).toEqual({
      orgType: "military",
      country: { name: "Japan" },
      aliases: ["Self-Defense Forces", "SDF"],
    });
  });
});
