// The query-cost estimator on a small schema shaped like ours: connections, lists, a sized graph.
import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { type CostRules, estimateCost } from "../../../src/server/limits/cost.ts";

const schema = buildSchema(`
  type PageInfo { hasNextPage: Boolean! }
  interface Node { id: ID! }
  type Actor implements Node {
    id: ID!
    name: String!
    aliases: [String!]!
    country: Actor
    relations(first: Int, after: String): RelationConnection!
    tags: [Tag!]!
  }
  type Tag { label: String! }
  type Relation { id: ID! counterpart: Actor! }
  type RelationEdge { cursor: String! node: Relation! }
  type RelationConnection { edges: [RelationEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type ActorEdge { cursor: String! node: Actor! }
  type ActorConnection { edges: [ActorEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type GraphNode { id: ID! }
  type Graph { nodes: [GraphNode!]! edges: [GraphNode!]! }
  type Query {
    actors(first: Int, after: String): ActorConnection!
    node(id: ID!): Node
    graph(limit: Int): Graph
  }
`);

const rules: CostRules = {
  defaultFirst: 20,
  maxFirst: 100,
  unboundedList: 10,
  fields: { "Query.graph": { listSize: (args) => (typeof args.limit === "number" ? args.limit : 100) } },
};

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  estimateCost({ schema, document: parse(query), variables, operationName, rules });

describe("estimateCost", () => {
  it("counts the items of a page; wrappers, pageInfo, single objects and scalars are free", () => {
    expect(
      cost(
        "{ actors(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { id name aliases } } } }",
      ),
    ).toBe(5);
    expect(cost("{ __typename }")).toBe(0);
  });

  it("uses the default page size when `first` is omitted and clamps it to the maximum", () => {
    expect(cost("{ actors { edges { node { id } } } }")).toBe(20);
    expect(cost("{ actors(first: 1000000000) { edges { node { id } } } }")).toBe(100);
    expect(cost("{ actors(first: -1) { edges { node { id } } } }")).toBe(0);
  });

  it("multiplies nested connections; single objects count nothing", () => {
    const q = `{ actors(first: 10) { edges { node { country { id }
      relations(first: 7) { edges { node { counterpart { name } } } } } } } }`;
    // 10 actors + 10·7 relations
    expect(cost(q)).toBe(10 + 70);
  });

  it("grows geometrically with the nesting that ran the service out of memory", () => {
    let inner = "name";
    for (let i = 0; i < 8; i += 1)
      inner = `relations(first: 100) { edges { node { counterpart { ${inner} } } } }`;
    expect(cost(`{ actors(first: 100) { edges { node { ${inner} } } } }`)).toBeGreaterThan(1e16);
  });

  it("reads `first` from variables, then from the variable's default", () => {
    const q = "query($n: Int = 3) { actors(first: $n) { edges { node { id } } } }";
    expect(cost(q)).toBe(3);
    expect(cost(q, { n: 50 })).toBe(50);
    expect(cost("query($n: Int) { actors(first: $n) { edges { node { id } } } }")).toBe(20);
    expect(cost("query($n: Int) { actors(first: $n) { edges { node { id } } } }", { n: "x" })).toBe(20);
  });

  it("walks named and inline fragments, and every alias", () => {
    const q = `{ a: actors(first: 4) { ...Page } b: actors(first: 6) { ...Page } node(id: "x") { ... on Actor { tags { label } } } }
      fragment Page on ActorConnection { edges { node { ...Who } } }
      fragment Who on Actor { id country { id } }`;
    // 4 + 6 actors, and 10 tags (an unbounded list) under a single node
    expect(cost(q)).toBe(4 + 6 + 10);
  });

  it("expands a fragment used many times without walking it each time, and survives cycles", () => {
    let fragments = "fragment F0 on Actor { tags { label } }";
    for (let i = 1; i <= 30; i += 1) {
      fragments += ` fragment F${i} on Actor { country { ...F${i - 1} ...F${i - 1} } }`;
    }
    const started = performance.now();
    expect(cost(`{ actors(first: 1) { edges { node { ...F30 } } } } ${fragments}`)).toBeGreaterThan(2 ** 30);
    expect(performance.now() - started).toBeLessThan(200);
    const cyclic = `{ node(id: "a") { ...A } }
      fragment A on Actor { relations(first: 2) { edges { node { counterpart { ...B } } } } }
      fragment B on Actor { relations(first: 2) { edges { node { counterpart { ...A } } } } }`;
    expect(cost(cyclic)).toBe(2 + 4); // A, then B below it; A again inside B is cut
  });

  it("sizes lists by a field bound and unbounded lists by the default", () => {
    expect(cost("{ graph(limit: 30) { nodes { id } edges { id } } }")).toBe(60);
    expect(cost("{ graph { nodes { id } } }")).toBe(100);
    expect(cost('{ node(id: "x") { ... on Actor { tags { label } } } }')).toBe(10);
  });

  it("honours @skip and @include, and picks the named operation", () => {
    const q = `query A($s: Boolean!) { actors(first: 9) @skip(if: $s) { edges { node { id } } } }
      query B { actors(first: 2) @include(if: true) { edges { node { id } } } }`;
    expect(cost(q, { s: true }, "A")).toBe(0);
    expect(cost(q, { s: false }, "A")).toBe(9);
    expect(cost(q, {}, "B")).toBe(2);
    expect(cost(q, {}, "Missing")).toBe(0);
    expect(cost(q)).toBe(0); // two operations and no name: execution refuses it
  });
});
