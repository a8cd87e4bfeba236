// `node` and `nodes`: every type resolves from its stored readable id; unknown ids give null and
// malformed ids give BAD_USER_INPUT.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { ARTICLE_ID, eventId, IDS, resetGraph, sentenceNodeId, statementId } from "./fixture.ts";
import { ok, oneError, testApp } from "./helpers.ts";

const graph = connectTestGraph();
const { gql } = testApp(graph.executor);

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

const NODE = `query ($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Actor { name kind }
    ... on Article { title publishedAt readingMinutes }
    ... on Sentence { index paragraph text }
    ... on Statement { text }
    ... on Event { label }
    ... on DateClaim { value precision }
    ... on Relation { relationKind: kind }
  }
}`;

describe("node", () => {
  it.each([
    [IDS.japan, "Country", { name: "Japan", kind: "COUNTRY" }],
    [IDS.asean, "Organization", { name: "Association of Southeast Asian Nations", kind: "ORGANIZATION" }],
    [IDS.wang, "Person", { name: "Wang Wenbin", kind: "PERSON" }],
    [ARTICLE_ID, "Article", { publishedAt: "2021-07-09", readingMinutes: 2 }],
    [sentenceNodeId(6), "Sentence", { index: 6, paragraph: 4 }],
    [statementId(4), "Statement", { text: "groundless slander" }],
    [eventId(1), "Event", { label: "Cybersecurity strategy implemented" }],
    [`${eventId(1)}/date/0`, "DateClaim", { value: "2021-09", precision: "MONTH" }],
    [`${IDS.china}-[CRITICIZES]->${IDS.japan}`, "Relation", { relationKind: "CRITICIZES" }],
  ])("resolves %s as %s", async (id, typename, fields) => {
    const data = ok(await gql(NODE, { id }));
    expect(data.node).toMatchObject({ __typename: typename, id, ...fields });
  });

  it("gives null for an id nothing has", async () => {
    expect(ok(await gql(NODE, { id: "country:zz" })).node).toBeNull();
    expect(ok(await gql(NODE, { id: `${IDS.china}-[THREATENS]->${IDS.japan}` })).node).toBeNull();
    expect(ok(await gql(NODE, { id: `${ARTICLE_ID}/statement/999` })).node).toBeNull();
  });

  it("rejects a malformed id with BAD_USER_INPUT naming the argument", async () => {
    for (const id of ["", " country:jp", "country jp", "x".repeat(600), "<script>"]) {
      const error = oneError(await gql(NODE, { id }));
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/^Argument "id"/);
    }
  });
});

describe("nodes", () => {
  it("returns nodes in the order asked, null where nothing has the id", async () => {
    const data = ok(
      await gql(
        `{ nodes(ids: ["${IDS.wang}", "nobody:here", "${IDS.japan}", "${IDS.wang}"]) { id __typename } }`,
      ),
    );
    expect(data.nodes).toEqual([
      { id: IDS.wang, __typename: "Person" },
      null,
      { id: IDS.japan, __typename: "Country" },
      { id: IDS.wang, __typename: "Person" },
    ]);
  });

  it("takes at most 100 ids", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `country:x${i}`);
    const error = oneError(await gql("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids }));
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain('Argument "ids"');
    const hundred = ok(
      await gql("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: ids.slice(0, 100) }),
    );
    expect(hundred.nodes).toHaveLength(100);
  });
});
