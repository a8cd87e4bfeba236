// Hostile requests against /graphql: each is something a careless or malicious client sends. The
// test sends every one to the real service and checks it is refused (or answered) quickly, with a
// code, never as an internal error. `code` is the expected refusal when there is exactly one.

export interface HostileRequest {
  name: string;
  /** Path and query after the service's base URL. */
  path?: string;
  init: RequestInit & { duplex?: "half" };
  code?: string;
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", accept: "application/json" },
  body: JSON.stringify(body),
});
const q = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  json({ query, variables, operationName });
const get = (query: string, extra = "") => `/graphql?query=${encodeURIComponent(query)}${extra}`;
const b64 = (text: string) => Buffer.from(text).toString("base64url");

function nested(levels: number, first = 100): string {
  let inner = "name";
  for (let i = 0; i < levels; i += 1) {
    inner = `relations(first: ${first}) { edges { node { counterpart { ${inner} } } } }`;
  }
  return `{ actors(first: ${first}) { edges { node { ${inner} } } } }`;
}

const NESTED_ACTORS =
  "actors(first: 100) { edges { node { name statements(first: 100) { edges { node { text about { name } } } } } } }";
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${NESTED_ACTORS}`).join(" ")} }`;

function doublingFragments(levels: number): string {
  let text = "fragment F0 on Actor { name relations(first: 100) { edges { node { id } } } }";
  for (let i = 1; i <= levels; i += 1) {
    text += ` fragment F${i} on Actor { country { ...F${i - 1} } statementsAbout(first: 100) { edges { node { speaker { ...F${i - 1} } } } } }`;
  }
  return `{ actors(first: 100) { edges { node { ...F${levels} } } } } ${text}`;
}

function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`${" ".repeat(16_383)}\n`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }", "x": "'));
      if (sent >= bytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

const invalidUtf8 = Buffer.concat([
  Buffer.from('{"query":"{ search(query: \\"japan '),
  Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
  Buffer.from('\\") { totalCount } }"}'),
]);

export const HOSTILE_REQUESTS: HostileRequest[] = [
  // Depth and breadth
  {
    name: "actors→relations→counterpart nested 8 levels, first 100",
    init: q(nested(8)),
    code: "QUERY_TOO_DEEP",
  },
  { name: "nested 2 levels of first 100 (within depth)", init: q(nested(2)), code: "QUERY_TOO_COSTLY" },
  {
    name: "nested 3 levels of first 10 by variables",
    init: q(
      "query($n: Int) { actors(first: $n) { edges { node { relations(first: $n) { edges { node { counterpart { relations(first: $n) { edges { node { counterpart { statements(first: $n) { edges { node { text } } } } } } } } } } } } } } }",
      { n: 100 },
    ),
    code: "QUERY_TOO_COSTLY",
  },
  {
    name: "breadth: every root list at first 100 with nested pages",
    init: q(
      `{ actors(first: 100) { edges { node { mentions(first: 100) { edges { node { sentence { text } } } } statements(first: 100) { edges { node { about { name } } } } events(first: 100) { edges { node { label } } } } } } events(first: 100) { edges { node { participants { actor { name } } } } } }`,
    ),
    code: "QUERY_TOO_COSTLY",
  },
  {
    name: "graph at the largest limit, nodes and edges",
    init: q('{ graph(center: "country:cn", depth: 3, limit: 500) { nodes { id } edges { id } } }'),
  },
  // Aliases and fragments
  { name: "50 aliases of a nested actors query", init: q(aliases(50)), code: "TOO_MANY_ALIASES" },
  { name: "500 aliases of a nested actors query", init: q(aliases(500)) },
  { name: "15 aliases (allowed) of a nested actors query", init: q(aliases(15)), code: "QUERY_TOO_COSTLY" },
  { name: "fragment fan-out, each level doubling", init: q(doublingFragments(12)) },
  {
    name: "fragment cycle",
    init: q(
      '{ node(id: "country:cn") { ...A } } fragment A on Actor { country { ...B } } fragment B on Actor { country { ...A } }',
    ),
    code: "FRAGMENT_CYCLE",
  },
  {
    name: "fragment spreading itself",
    init: q("{ countries { ...A } } fragment A on Country { ...A }"),
    code: "FRAGMENT_CYCLE",
  },
  {
    name: "100 fragment definitions",
    init: q(
      `{ __typename ...F0 } ${Array.from({ length: 100 }, (_, i) => `fragment F${i} on Query { __typename ${i < 99 ? `...F${i + 1}` : ""} }`).join(" ")}`,
    ),
    code: "TOO_MANY_FRAGMENTS",
  },
  // Directives and tokens
  {
    name: "directive flood",
    init: q(
      `{ ${Array.from({ length: 200 }, (_, i) => `t${i % 10}: __typename @include(if: true)`).join(" ")} }`,
    ),
  },
  {
    name: "repeated directive on one field",
    init: q(`{ __typename ${"@skip(if: false) ".repeat(100)} }`),
    code: "TOO_MANY_DIRECTIVES",
  },
  { name: "token flood", init: q(`{ ${"__typename ".repeat(8_000)} }`), code: "TOO_MANY_TOKENS" },
  { name: "huge comment (few tokens)", init: q(`{ __typename } # ${"x".repeat(90_000)}`) },
  // Absurd arguments
  { name: "first: -1", init: q("{ actors(first: -1) { totalCount } }"), code: "BAD_USER_INPUT" },
  { name: "first: 10^9", init: q("{ actors(first: 1000000000) { totalCount } }"), code: "BAD_USER_INPUT" },
  {
    name: "first beyond Int",
    init: q("{ actors(first: 99999999999999) { totalCount } }"),
    code: "BAD_USER_INPUT",
  },
  {
    name: "first as a float variable",
    init: q("query($n: Int) { actors(first: $n) { totalCount } }", { n: 1.5 }),
    code: "BAD_USER_INPUT",
  },
  {
    name: "graph depth 99",
    init: q('{ graph(center: "country:cn", depth: 99) { nodes { id } } }'),
    code: "BAD_USER_INPUT",
  },
  {
    name: "path maxLength 10^6",
    init: q('{ path(from: "country:cn", to: "country:jp", maxLength: 1000000) { nodes { id } } }'),
    code: "BAD_USER_INPUT",
  },
  {
    name: "search text of 15,000 characters",
    init: q("query($s: String!) { search(query: $s) { totalCount } }", { s: "a".repeat(15_000) }),
    code: "BAD_USER_INPUT",
  },
  {
    name: "1,000 ids in nodes()",
    init: q("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {
      ids: Array.from({ length: 1000 }, (_, i) => `p:${i}`),
    }),
    code: "BAD_USER_INPUT",
  },
  // Malformed cursors and ids
  {
    name: "cursor of garbage",
    init: q('{ actors(after: "%%%not-a-cursor!!") { totalCount } }'),
    code: "BAD_USER_INPUT",
  },
  {
    name: "cursor with a negative offset",
    init: q(`{ actors(after: "${b64("offset:-5")}") { totalCount } }`),
    code: "BAD_USER_INPUT",
  },
  {
    name: "cursor with a huge offset",
    init: q(`{ actors(after: "${b64("offset:1e300")}") { totalCount } }`),
    code: "BAD_USER_INPUT",
  },
  { name: "empty id", init: q('{ node(id: "") { id } }'), code: "BAD_USER_INPUT" },
  {
    name: "id of 10,000 characters",
    init: q(`{ node(id: "${"x".repeat(10_000)}") { id } }`),
    code: "BAD_USER_INPUT",
  },
  // Injection strings
  {
    name: "Cypher injection in an id",
    init: q(`{ node(id: "country:cn'}) MATCH (n) DETACH DELETE n //") { id } }`),
    code: "BAD_USER_INPUT",
  },
  {
    name: "Cypher injection in speaker",
    init: q(`{ statements(speaker: "x\\") RETURN 1 //") { totalCount } }`),
    code: "BAD_USER_INPUT",
  },
  {
    name: "Lucene syntax: wildcards and fields",
    init: q('{ search(query: "*:* OR name:* AND id:[* TO *]") { totalCount } }'),
  },
  {
    name: "Lucene syntax: unbalanced quote and escapes",
    init: q('{ search(query: "\\"unterminated \\\\ ( ] ~99 ^1000") { totalCount } }'),
  },
  {
    name: "Lucene syntax: fuzzy and regex",
    init: q('{ search(query: "/.*/ jap~ a?b* -+!") { totalCount } }'),
  },
  {
    name: "Cypher injection in search",
    init: q(`{ search(query: "') YIELD node CALL { MATCH (n) DETACH DELETE n } //") { totalCount } }`),
  },
  // Invalid Unicode
  {
    name: "lone surrogates in a search variable",
    init: {
      ...json({}),
      body: '{"query":"query($s: String!) { search(query: $s) { totalCount } }","variables":{"s":"\\ud800 china \\udfff"}}',
    },
  },
  {
    name: "lone surrogate in an id",
    init: { ...json({}), body: '{"query":"{ node(id: \\"country:\\ud800\\") { id } }"}' },
  },
  { name: "invalid UTF-8 bytes in the body", init: { ...json({}), body: invalidUtf8 } },
  {
    name: "NUL characters in a search",
    init: q("query($s: String!) { search(query: $s) { totalCount } }", { s: "china\u0000\u0000" }),
  },
  // Size
  { name: "body of 300 kB", init: q(`{ __typename } # ${"x".repeat(300_000)}`), code: "BODY_TOO_LARGE" },
  {
    name: "chunked body of 2 MB without Content-Length",
    // A stream is read once: a fresh one for every send.
    get init(): HostileRequest["init"] {
      return {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: chunkedBody(2_000_000),
        duplex: "half",
      };
    },
    code: "BODY_TOO_LARGE",
  },
  {
    name: "variables of 60 kB",
    init: q("query($s: String) { __typename }", { s: "x".repeat(60_000) }),
    code: "VARIABLES_TOO_LARGE",
  },
  {
    name: "batched array of 2",
    init: json([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    code: "BATCHING_NOT_SUPPORTED",
  },
  {
    name: "batched array of 2,000",
    init: json(Array.from({ length: 2000 }, () => ({ query: "{ __typename }" }))),
    code: "BATCHING_NOT_SUPPORTED",
  },
  // GET abuse
  {
    name: "GET with a 10 kB URL",
    path: get(`{ __typename ${"__typename ".repeat(700)} }`),
    init: { headers: { accept: "application/json" } },
    code: "URL_TOO_LONG",
  },
  {
    name: "GET with a 20 kB URL (over Node's 16 kB header limit)",
    path: get(`{ __typename ${"__typename ".repeat(2000)} }`),
    init: { headers: { accept: "application/json" } },
    code: "HEADERS_TOO_LARGE",
  },
  {
    name: "40 kB of headers",
    init: {
      ...q("{ __typename }"),
      headers: { "content-type": "application/json", "x-junk": "j".repeat(40_000) },
    },
    code: "HEADERS_TOO_LARGE",
  },
  {
    name: "GET with a mutation",
    path: get("mutation { x }"),
    init: { headers: { accept: "application/json" } },
  },
  {
    name: "GET with a deep query",
    path: get(nested(4)),
    init: { headers: { accept: "application/json" } },
    code: "QUERY_TOO_DEEP",
  },
  {
    name: "GET with variables that are not JSON",
    path: get("query($n: Int) { actors(first: $n) { totalCount } }", "&variables=%7Bnope"),
    init: { headers: { accept: "application/json" } },
    code: "BAD_REQUEST",
  },
  { name: "GET without a query", path: "/graphql?foo=1", init: { headers: { accept: "application/json" } } },
  // Operations
  {
    name: "operationName not in the document",
    init: q("query A { __typename }", undefined, "B"),
    code: "OPERATION_RESOLUTION_FAILURE",
  },
  { name: "two operations and no operationName", init: q("query A { __typename } query B { __typename }") },
  { name: "a subscription", init: q("subscription { x }"), code: "BAD_REQUEST" },
  { name: "query that is a number", init: json({ query: 5 }) },
  { name: "unknown body parameter", init: json({ query: "{ __typename }", evil: true }) },
  // Content types and methods
  {
    name: "text/plain body",
    init: { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' },
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "form-encoded body",
    init: {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "query=%7B__typename%7D",
    },
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "multipart body",
    init: {
      method: "POST",
      body: (() => {
        const f = new FormData();
        f.set("operations", '{"query":"{ __typename }"}');
        return f;
      })(),
    },
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "PUT",
    init: {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    },
  },
  { name: "invalid JSON", init: { ...json({}), body: '{"query": "{ __typename }"' } },
  { name: "JSON null", init: { ...json({}), body: "null" } },
];
