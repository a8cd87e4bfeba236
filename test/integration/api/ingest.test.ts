// Ingest over HTTP and GraphQL on the real test Neo4j: every status, every refusal, and that a new
// article can be read through the API at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "../../../src/extract/index.ts";
import { CypherExecutor } from "../../../src/graph/executor.ts";
import { countGraph } from "../../../src/graph/write-article.ts";
import { createLogger } from "../../../src/server/log.ts";
import { createApp } from "../../../src/server/yoga.ts";
import { readText, sourceArticles, withExtraParagraph, withTitle } from "../../support/article-variants.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";

const graph = connectTestGraph();
// Neo4j replans a query after the graph's statistics change (every ingest here); on the loaded 2-core
// test machine that planning alone has taken over the 5 s default read timeout, which is not under test.
const executor = new CypherExecutor(graph.driver, graph.info.database, {
  queryTimeoutMs: 30_000,
  writeTimeoutMs: 60_000,
});
const TOKEN = "test-ingest-token-0123456789";
const app = createApp({ executor, ingestToken: TOKEN });
const offApp = createApp({ executor });
const [first, second, third] = sourceArticles().map(readText) as [string, string, string];

beforeAll(() => graph.clear());
afterAll(() => graph.close());

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read by shape in assertions.
type Json = Record<string, any>;

async function post(body: string | Uint8Array, type = "text/plain", token: string | null = TOKEN, to = app) {
  const headers: Record<string, string> = { "content-type": type };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await to.fetch("http://localhost/articles", { method: "POST", headers, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Json };
}

async function gql(query: string, variables: Json = {}, token: string | null = TOKEN, to = app) {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify({ query, variables });
  const response = await to.fetch("http://localhost/graphql", { method: "POST", headers, body });
  return { status: response.status, body: (await response.json()) as Json };
}

const INGEST = `mutation Ingest($text: String!, $url: String) {
  ingestArticle(text: $text, url: $url) { id status title warnings counts { sentences actors statements events dateClaims relations } }
}`;

/** The article as the API serves it, read without the token (reads are public). */
async function readBack(id: string): Promise<Json> {
  const query = `query Read($id: ID!) { node(id: $id) { id ... on Article { title url sentences(first: 0) { totalCount } } } }`;
  const { body } = await gql(query, { id }, null);
  expect(body.errors).toBeUndefined();
  expect(body.data.node).not.toBeNull();
  return body.data.node;
}

describe("POST /articles", () => {
  let createdId = "";

  it("is off without INGEST_TOKEN: 403 saying how to turn it on", async () => {
    const answer = await post(first, "text/plain", TOKEN, offApp);
    expect(answer.status).toBe(403);
    expect(answer.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(answer.body.errors[0].message).toMatch(/INGEST_TOKEN/);
  });

  it.each([
    ["missing", null],
    ["wrong", "not-the-token-but-as-long-as-it"],
    ["shorter", "x"],
  ])("answers 401 to a %s token and writes nothing", async (_, token) => {
    const before = await countGraph(graph.executor);
    const answer = await post(first, "text/plain", token);
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(answer.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it("creates an article (201) that the API reads at once", async () => {
    const answer = await post(first);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: "created", warnings: [] });
    expect(answer.body.counts.sentences).toBeGreaterThan(3);
    expect(answer.body.counts.actors).toBeGreaterThan(0);
    createdId = answer.body.id;
    const node = await readBack(createdId);
    expect(node.title).toBe(answer.body.title);
    expect(node.sentences.totalCount).toBe(answer.body.counts.sentences);
  });

  it("answers 200 unchanged to the same article, and writes nothing", async () => {
    const before = await countGraph(graph.executor);
    const answer = await post(first, "text/markdown");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: createdId, status: "unchanged" });
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it("answers 200 updated to an edited version, which is read at once", async () => {
    const edited = withExtraParagraph(first, "Japan and Australia agreed on Friday to hold cyber talks.");
    const answer = await post(edited);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: createdId, status: "updated" });
    expect((await readBack(createdId)).sentences.totalCount).toBe(answer.body.counts.sentences);
  });

  it("takes JSON { text, url }: the URL is the article's identity", async () => {
    const url = "https://news.example.org/2022/cyber";
    const created = await post(JSON.stringify({ text: second, url }), "application/json");
    expect(created.status).toBe(201);
    expect((await readBack(created.body.id)).url).toBe(url);
    const renamed = withTitle(second, "A new headline for the same story");
    const updated = await post(
      JSON.stringify({ text: renamed, url: `${url}?utm_source=x` }),
      "application/json",
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: created.body.id, status: "updated" });
  });

  const bad: [string, () => Promise<Awaited<ReturnType<typeof post>>>, number, string, string?][] = [
    ["no date", () => post("A title\n\nNot a date line\n\nBody.\n"), 400, "BAD_USER_INPUT", "no-date"],
    ["an empty body", () => post(""), 400, "BAD_USER_INPUT", "empty"],
    [
      "binary",
      () => post(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0, 1])),
      400,
      "BAD_USER_INPUT",
      "binary",
    ],
    [
      "a bad url",
      () => post(JSON.stringify({ text: third, url: "javascript:alert(1)" }), "application/json"),
      400,
      "BAD_USER_INPUT",
      "bad-url",
    ],
    [
      "JSON without text",
      () => post(JSON.stringify({ body: third }), "application/json"),
      400,
      "BAD_USER_INPUT",
    ],
    ["invalid JSON", () => post("{", "application/json"), 400, "BAD_REQUEST"],
    ["a form", () => post("text=x", "application/x-www-form-urlencoded"), 415, "UNSUPPORTED_MEDIA_TYPE"],
    [
      "over 1 MiB",
      () => post(`${third}\n\n${"word ".repeat(MAX_ARTICLE_BYTES / 5 + 10)}`),
      413,
      "BODY_TOO_LARGE",
    ],
  ];

  it.each(bad)("refuses %s with its code and writes nothing", async (_, send, status, code, problem) => {
    const before = await countGraph(graph.executor);
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.body.errors[0].extensions.code).toBe(code);
    if (problem) expect(answer.body.errors[0].extensions.problem).toBe(problem);
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it("logs the ingest (id, status) and the request (operation, status, duration)", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ level: "info", format: "json" }, (line) => lines.push(JSON.parse(line)));
    const logged = createApp({ executor, ingestToken: TOKEN, logger });
    const answer = await post(first, "text/plain", TOKEN, logged);
    expect(answer.status).toBe(200);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: "info", articleId: answer.body.id, status: answer.body.status });
    expect(lines[1]).toMatchObject({
      level: "info",
      path: "/articles",
      operation: "ingestArticle",
      status: 200,
    });
    expect(lines[1]?.durationMs).toEqual(expect.any(Number));
  });

  it("answers 405 to GET", async () => {
    const response = await app.fetch("http://localhost/articles");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});

describe("mutation ingestArticle", () => {
  const code = (body: Json) => body.errors?.[0]?.extensions?.code;

  it("is FORBIDDEN without INGEST_TOKEN and UNAUTHENTICATED with a missing or wrong token", async () => {
    const off = await gql(INGEST, { text: third }, TOKEN, offApp);
    expect(code(off.body)).toBe("FORBIDDEN");
    expect(off.body.errors[0].message).toMatch(/INGEST_TOKEN/);
    expect(code((await gql(INGEST, { text: third }, null)).body)).toBe("UNAUTHENTICATED");
    expect(code((await gql(INGEST, { text: third }, "wrong-token-wrong-token")).body)).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("creates, then leaves unchanged, then updates; the new article is read at once", async () => {
    const created = (await gql(INGEST, { text: third })).body;
    expect(created.errors).toBeUndefined();
    expect(created.data.ingestArticle.status).toBe("CREATED");
    const id = created.data.ingestArticle.id;
    expect((await readBack(id)).title).toBe(created.data.ingestArticle.title);
    expect((await gql(INGEST, { text: third })).body.data.ingestArticle).toMatchObject({
      id,
      status: "UNCHANGED",
    });
    const edited = withExtraParagraph(third, "China and Japan agreed on Friday to hold talks.");
    expect((await gql(INGEST, { text: edited })).body.data.ingestArticle).toMatchObject({
      id,
      status: "UPDATED",
    });
  });

  it("refuses a bad article with BAD_USER_INPUT naming the problem, writing nothing", async () => {
    const before = await countGraph(graph.executor);
    const answer = (await gql(INGEST, { text: "Only a title\n\nBody.\n" })).body;
    expect(code(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors[0].extensions.problem).toMatch(/no-date|no-body/);
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it("takes an article over the general 100 kB body limit when authenticated", async () => {
    const padding = Array.from({ length: 2_400 }, (_, i) => `The weather on day ${i} was mild and dry.`);
    const big = withExtraParagraph(withTitle(first, "A long article about many talks"), padding.join(" "));
    expect(Buffer.byteLength(big)).toBeGreaterThan(100_000);
    const answer = (await gql(INGEST, { text: big })).body;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.ingestArticle.status).toBe("CREATED");
    // Without the token, the general limit applies before anything else.
    expect((await gql(INGEST, { text: big }, null)).status).toBe(413);
  });
});
