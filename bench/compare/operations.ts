// The operations `npm run bench` compares: each as our GraphQL query, the same read on the peer
// (@neo4j/graphql; null when it cannot express it) and as hand-written Cypher (the floor). `ids`
// turns each answer into the ids it returned, in order, so the bench can check the three agree
// before it times anything.

import { isInt } from "neo4j-driver";
import type { CypherQuery } from "../../src/graph/executor.ts";
import { neighbourhood } from "../../src/graph/queries/graph.ts";
import { network as networkQuery } from "../../src/graph/queries/network.ts";

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked by comparing ids
type Json = Record<string, any>;

export interface BenchOperation {
  name: string;
  /** A list cut into pages: its p99 is compared between corpus sizes. */
  paged: boolean;
  ours: GraphQLRequest;
  peer: GraphQLRequest | null;
  /** Why the peer has no counterpart. */
  peerNote?: string;
  raw: CypherQuery;
  ids: { graphql(data: Json): string[]; peer(data: Json): string[]; raw(rows: Json[]): string[] };
}

/** Values picked from the seeded graph so every operation reads real, busy data. */
export interface BenchSample {
  countryCode: string;
  personId: string;
  from: string;
  to: string;
  searchText: string;
  centerId: string;
}

const edges = (connection: Json | undefined): Json[] => connection?.edges ?? [];

const STATEMENT_ORDER = "s.articleId, coalesce(s.start, 0), s.id";
const PEER_STATEMENT_SORT = "[{node: {articleId: ASC}}, {node: {start: ASC}}, {node: {id: ASC}}]";

function nested(): BenchOperation {
  const statementIds = (list: Json[]) => list.map((s) => `${s.id}>${s.about.map((a: Json) => a.id).sort()}`);
  return {
    name: "nested actors→statements→about",
    paged: true,
    ours: {
      query: `{ actors(first: 50) { edges { node { id name
        statements(first: 20) { edges { node { id text about { id name } } } } } } } }`,
    },
    peer: {
      query: `{ actorsConnection(first: 50, sort: [{name: ASC}, {id: ASC}]) { edges { node { id name
        saidConnection(first: 20, sort: ${PEER_STATEMENT_SORT}) { edges { node { id text about { id name } } } } } } } }`,
    },
    raw: {
      text: `MATCH (a:Actor) WITH a ORDER BY a.name, a.id LIMIT 50
CALL (a) {
  MATCH (a)-[:SAID]->(s:Statement)
  WITH s ORDER BY ${STATEMENT_ORDER} LIMIT 20
  RETURN collect(s {.id, .text, about: [(s)-[:ABOUT]->(x:Actor) | x {.id, .name}]}) AS statements
}
RETURN a.id AS id, a.name AS name, statements`,
      params: {},
    },
    ids: {
      graphql: (d) =>
        edges(d.actors).flatMap((e) => [
          e.node.id,
          ...statementIds(edges(e.node.statements).map((s) => s.node)),
        ]),
      peer: (d) =>
        edges(d.actorsConnection).flatMap((e) => [
          e.node.id,
          ...statementIds(edges(e.node.saidConnection).map((s) => s.node)),
        ]),
      raw: (rows) => rows.flatMap((r) => [r.id, ...statementIds(r.statements)]),
    },
  };
}

function countryStatements(code: string): BenchOperation {
  return {
    name: "one country's statements + totalCount",
    paged: true,
    ours: {
      query: `query($code: String!) { country(code: $code) { name statements(first: 10) { totalCount
        edges { node { id text speaker { name } } } } } }`,
      variables: { code },
    },
    peer: {
      query: `query($code: String!) { countries(where: {isoCode: {eq: $code}}) { name
        saidConnection(first: 10, sort: ${PEER_STATEMENT_SORT}) { totalCount
          edges { node { id text speaker { name } } } } } }`,
      variables: { code },
    },
    raw: {
      text: `MATCH (c:Country {isoCode: $code})
CALL (c) { RETURN COUNT { (c)-[:SAID]->(:Statement) } AS total }
CALL (c) {
  MATCH (c)-[:SAID]->(s:Statement)
  WITH s ORDER BY ${STATEMENT_ORDER} LIMIT 10
  RETURN collect(s {.id, .text, speaker: c.name}) AS items
}
RETURN c.name AS name, total, items`,
      params: { code },
    },
    ids: {
      graphql: (d) => [
        `total:${d.country.statements.totalCount}`,
        ...edges(d.country.statements).map((e) => e.node.id),
      ],
      peer: (d) => [
        `total:${d.countries[0].saidConnection.totalCount}`,
        ...edges(d.countries[0].saidConnection).map((e) => e.node.id),
      ],
      raw: (rows) => [`total:${rows[0]?.total}`, ...(rows[0]?.items ?? []).map((s: Json) => s.id)],
    },
  };
}

function actorEvents(id: string): BenchOperation {
  return {
    name: "one actor's events by date",
    paged: true,
    ours: {
      query: `query($id: ID!) { node(id: $id) { ... on Actor { events(first: 20) {
        edges { role node { id label date { value } } } } } } }`,
      variables: { id },
    },
    peer: {
      query: `query($id: ID!) { people(where: {id: {eq: $id}}) { participatedInConnection(first: 20,
        sort: [{node: {date: ASC}}, {node: {articleId: ASC}}, {node: {id: ASC}}, {edge: {role: ASC}}]) {
        edges { properties { role } node { id label date } } } } }`,
      variables: { id },
    },
    raw: {
      text: `MATCH (:Actor {id: $id})-[r:PARTICIPATED_IN]->(e:Event)
WITH r, e ORDER BY e.date, e.articleId, e.id, r.role LIMIT 20
RETURN r.role AS role, e.id AS id, e.label AS label, e.date AS date`,
      params: { id },
    },
    ids: {
      graphql: (d) => edges(d.node.events).map((e) => `${e.node.id}:${e.role}`),
      peer: (d) =>
        edges(d.people[0].participatedInConnection).map((e) => `${e.node.id}:${e.properties.role}`),
      raw: (rows) => rows.map((r) => `${r.id}:${r.role}`),
    },
  };
}

/** `from` and `to` are years here, where our overlap rule is a plain range on the stored date. */
function eventsInRange(from: string, to: string): BenchOperation {
  return {
    name: "events in a date range + totalCount",
    paged: true,
    ours: {
      query: `query($from: String, $to: String) { events(from: $from, to: $to, first: 20) { totalCount
        edges { node { id label date { value } } } } }`,
      variables: { from, to },
    },
    peer: {
      query: `query($from: String, $to: String) { eventsConnection(first: 20, where: {date: {gte: $from, lte: $to}},
        sort: [{date: ASC}, {articleId: ASC}, {seq: ASC}, {id: ASC}]) { totalCount
        edges { node { id label date } } } }`,
      variables: { from, to: `${to}~` },
    },
    raw: {
      text: `CALL () { MATCH (e:Event) WHERE e.date >= $from AND e.date <= $to RETURN count(e) AS total }
CALL () {
  MATCH (e:Event) WHERE e.date >= $from AND e.date <= $to
  WITH e ORDER BY e.date, e.articleId, toInteger(last(split(e.id, '/'))), e.id LIMIT 20
  RETURN collect(e {.id, .label, .date}) AS items
}
RETURN total, items`,
      params: { from, to: `${to}~` },
    },
    ids: {
      graphql: (d) => [`total:${d.events.totalCount}`, ...edges(d.events).map((e) => e.node.id)],
      peer: (d) => [
        `total:${d.eventsConnection.totalCount}`,
        ...edges(d.eventsConnection).map((e) => e.node.id),
      ],
      raw: (rows) => [`total:${rows[0]?.total}`, ...(rows[0]?.items ?? []).map((e: Json) => e.id)],
    },
  };
}

function search(text: string): BenchOperation {
  return {
    name: "search",
    paged: true,
    ours: {
      query: `query($q: String!) { search(query: $q, first: 10) { edges { score node {
        __typename ... on Actor { id name } ... on Statement { id text } ... on Event { id label } } } } }`,
      variables: { q: text },
    },
    peer: null,
    peerNote:
      "its full-text queries are per type; one ranking over actors, statements and events is not expressible",
    raw: {
      text: `CALL db.index.fulltext.queryNodes('search_text', $query, {limit: 10}) YIELD node, score
RETURN node.id AS id, coalesce(node.name, node.text, node.label) AS text, score`,
      params: {
        query: text
          .split(/\s+/)
          .map((t) => `(${t} OR ${t}*)`)
          .join(" "),
      },
    },
    ids: {
      graphql: (d) => edges(d.search).map((e) => e.node.id),
      peer: () => [],
      raw: (rows) => rows.map((r) => r.id),
    },
  };
}

function graph(center: string): BenchOperation {
  const raw = neighbourhood(center, 2, 100);
  return {
    name: "graph depth 2",
    paged: false,
    ours: {
      query: `query($id: ID!) { graph(center: $id, depth: 2, limit: 100) {
        nodes { id type label caption } edges { id source target type label } } }`,
      variables: { id: center },
    },
    peer: null,
    peerNote: "no breadth-first neighbourhood in its generated API",
    raw: { text: raw.text, params: { center, limit: 100 } },
    ids: {
      graphql: (d) => d.graph.nodes.map((n: Json) => n.id),
      peer: () => [],
      raw: (rows) => (rows[0]?.nodes ?? []).map((n: Json) => n.id),
    },
  };
}

/** The explorer's first view: the whole actor network, aggregated in Cypher, 150 heaviest actors. */
function network(): BenchOperation {
  const built = networkQuery({ limit: 150, minWeight: 0 });
  // The floor server takes JSON numbers and makes them integers itself.
  const params = Object.fromEntries(
    Object.entries(built.params).map(([k, v]) => [k, isInt(v) ? v.toNumber() : v]),
  );
  return {
    name: "network (150 actors)",
    paged: false,
    ours: { query: "{ network(limit: 150) { nodes { id weight } edges { id weight } } }" },
    peer: null,
    peerNote: "no aggregation over relationships in its generated API",
    raw: { text: built.text, params },
    ids: {
      graphql: (d) => d.network.nodes.map((n: Json) => n.id),
      peer: () => [],
      raw: (rows) => (rows[0]?.nodes ?? []).map((n: Json) => n.id),
    },
  };
}

export function benchOperations(sample: BenchSample): BenchOperation[] {
  return [
    nested(),
    countryStatements(sample.countryCode),
    actorEvents(sample.personId),
    eventsInRange(sample.from, sample.to),
    search(sample.searchText),
    graph(sample.centerId),
    network(),
  ];
}
