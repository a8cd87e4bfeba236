// Request limits, logs and headers through the real app (app.fetch) on the test Neo4j: each limit's
// code and a message with the measured value and the limit; one log line per expected error; a
// stack and request id for unexpected ones; security headers; the CORS policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type LimitsConfig } from "../../../src/config.ts";
import { CypherExecutor, type CypherQuery } from "../../../src/graph/executor.ts";
import { createLogger } from "../../../src/server/log.ts";
import { createApp } from "../../../src/server/yoga.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { resetGraph } from "./fixture.ts";

const graph = connectTestGraph();
beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

function appWith(
  options: { limits?: Partial<LimitsConfig>; cors?: string[]; executor?: CypherExecutor } = {},
) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: "info", format: "json" }, (line) => lines.push(JSON.parse(line)));
  const app = createApp({
    executor: options.executor ?? graph.executor,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    corsOrigins: options.cors ?? [],
    logger,
  });
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return {
      response,
      json: (await response.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  };
  return { app, lines, post };
}

const { post } = appWith();
const nested = (levels: number, first: number) => {
  let inner = "name";
  for (let i = 0; i < levels; i += 1)
    inner = `relations(first: ${first}) { edges { node { counterpart { ${inner} } } } }`;
  return `{ actors(first: ${first}) { edges { node { ${inner} } } } }`;
};

describe("each limit refuses with its code, the measured value and the limit", () => {
  const cases: [string, unknown, string, RegExp][] = [
    [
      "cost",
      { query: nested(2, 100) },
      "QUERY_TOO_COSTLY",
      /up to 1,010,100 list items; the limit is 50,000 \(MAX_QUERY_COST\)/,
    ],
    [
      "depth",
      { query: nested(8, 100) },
      "QUERY_TOO_DEEP",
      /is 36 levels deep; the limit is 15 \(MAX_QUERY_DEPTH\)/,
    ],
    [
      "aliases",
      { query: `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: actors { totalCount }`).join(" ")} }` },
      "TOO_MANY_ALIASES",
      /uses 50 aliases; the limit is 15 \(MAX_QUERY_ALIASES\)/,
    ],
    [
      "tokens",
      { query: `{ ${"__typename ".repeat(3000)} }` },
      "TOO_MANY_TOKENS",
      /has 3002 tokens; the limit is 2000 \(MAX_QUERY_TOKENS\)/,
    ],
    [
      "directives",
      {
        query: `{ ${Array.from({ length: 21 }, (_, i) => `t${i}: __typename @include(if: true)`).join(" ")} }`,
      },
      "TOO_MANY_DIRECTIVES",
      /uses 21 directives; the limit is 20 \(MAX_QUERY_DIRECTIVES\)/,
    ],
    [
      "fragments",
      {
        query: `{ ...F0 } ${Array.from({ length: 21 }, (_, i) => `fragment F${i} on Query { __typename ${i < 20 ? `...F${i + 1}` : ""} }`).join(" ")}`,
      },
      "TOO_MANY_FRAGMENTS",
      /defines 21 fragments; the limit is 20 \(MAX_QUERY_FRAGMENTS\)/,
    ],
    [
      "fragment cycle",
      { query: "{ countries { ...A } } fragment A on Country { ...B } fragment B on Country { ...A }" },
      "FRAGMENT_CYCLE",
      /Cannot spread fragment "A" within itself via "B"/,
    ],
    [
      "variables",
      { query: "query($s: String) { __typename }", variables: { s: "x".repeat(20_000) } },
      "VARIABLES_TOO_LARGE",
      /are 20008 bytes as JSON; the limit is 16384 \(MAX_VARIABLES_BYTES\)/,
    ],
    [
      "body",
      { query: `{ __typename } # ${"x".repeat(150_000)}` },
      "BODY_TOO_LARGE",
      /is 150029 bytes; the limit is 100000 \(MAX_BODY_BYTES\)/,
    ],
    [
      "batching",
      [{ query: "{ __typename }" }, { query: "{ __typename }" }],
      "BATCHING_NOT_SUPPORTED",
      /array of 2 operations; batching is not supported/,
    ],
  ];
  it.each(cases)("%s", async (_name, body, code, message) => {
    const { json } = await post(body);
    expect(json.data ?? null).toBeNull();
    expect(json.errors?.[0]?.extensions?.code).toBe(code);
    expect(json.errors?.[0]?.message).toMatch(message);
  });

  it("counts a body streamed without Content-Length", async () => {
    const { app } = appWith({ limits: { maxBodyBytes: 1_000 } });
    const chunks = ['{"query":"{ __typename }","x":"', "y".repeat(800), "y".repeat(800), '"}'];
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const response = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    const json = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(json.errors[0]?.extensions.code).toBe("BODY_TOO_LARGE");
    expect(json.errors[0]?.message).toMatch(/larger than 1000 bytes/);
  });

  it("refuses a long GET URL and runs a GET query through the same limits", async () => {
    const { app } = appWith();
    const get = (query: string) =>
      app.fetch(`http://localhost/graphql?query=${encodeURIComponent(query)}`, {
        headers: { accept: "application/json" },
      });
    const long = await get(`{ ${"__typename ".repeat(1000)} }`);
    expect(long.status).toBe(414);
    expect(await long.json()).toMatchObject({ errors: [{ extensions: { code: "URL_TOO_LONG" } }] });
    const deep = (await (await get(nested(4, 5))).json()) as { errors: { extensions: { code: string } }[] };
    expect(deep.errors[0]?.extensions.code).toBe("QUERY_TOO_DEEP");
    expect(await (await get("{ articles { totalCount } }")).json()).toEqual({
      data: { articles: { totalCount: 1 } },
    });
  });

  it("refuses POST bodies that are not JSON", async () => {
    const { json, response } = await post("query=%7B__typename%7D", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(response.status).toBe(415);
    expect(json.errors?.[0]?.extensions?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("takes its bounds from the configuration, and lets queries under them run", async () => {
    const small = appWith({ limits: { maxCost: 100, maxDepth: 4 } });
    const costly = await small.post({
      query:
        "{ actors(first: 5) { edges { node { name } } } statements(first: 96) { edges { node { text } } } }",
    });
    expect(costly.json.errors?.[0]?.message).toMatch(/up to 101 list items; the limit is 100/);
    const deep = await small.post({ query: "{ actors { edges { node { country { name } } } } }" });
    expect(deep.json.errors?.[0]?.message).toMatch(/is 5 levels deep; the limit is 4/);
    const fine = await small.post({ query: "{ actors(first: 100) { totalCount edges { node { name } } } }" });
    expect(fine.json.errors).toBeUndefined();
    expect((fine.json.data as { actors: { totalCount: number } }).actors.totalCount).toBeGreaterThan(0);
  });
});

/** Reads fail like a bug would (not like an outage). */
class BrokenExecutor extends CypherExecutor {
  override async read<T>(_query: CypherQuery): Promise<T[]> {
    throw new Error("secret internal detail");
  }
  override fork() {
    return this;
  }
}

describe("logs", () => {
  it("write one line without a stack for an expected error: code, operation, duration", async () => {
    const { post, lines } = appWith();
    await post({ query: "query Deep { actors(first: -1) { totalCount } }", operationName: "Deep" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      codes: ["BAD_USER_INPUT"],
      operation: "Deep",
      status: 200,
    });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(lines[0]?.stack).toBeUndefined();
    await post({ query: nested(8, 100) });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ codes: ["QUERY_TOO_DEEP"] });
  });

  it("write the stack of an unexpected error once, with the request id the client receives", async () => {
    const { post, lines } = appWith({ executor: new BrokenExecutor(graph.driver, graph.info.database) });
    const { response, json } = await post({ query: "query Broken { articles { totalCount } }" });
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(json.errors?.[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", requestId, operation: "Broken" });
    expect(String(lines[0]?.stack)).toMatch(/secret internal detail\n\s+at /);
  });

  it("write one info line for a request that succeeds, and keep probes at debug", async () => {
    const { app, post, lines } = appWith();
    await post({ query: "query Hello { __typename }" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", operation: "Hello", status: 200 });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(lines[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await app.fetch("http://localhost/health");
    expect(lines).toHaveLength(1);
  });
});

describe("headers", () => {
  it("GraphiQL gets a CSP that admits its inline script by hash, and the other security headers", async () => {
    const { app } = appWith();
    const response = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });

  it("/explore keeps its own CSP and gets the others", async () => {
    const { app } = appWith();
    const response = await app.fetch("http://localhost/explore");
    expect(response.headers.get("content-security-policy")).toMatch(
      /^default-src 'self'; img-src 'self' data:/,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });
});

describe("CORS", () => {
  const preflight = (app: ReturnType<typeof appWith>["app"], origin: string) =>
    app.fetch("http://localhost/graphql", {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });

  it("by default allows no other origin", async () => {
    const { app, post } = appWith();
    const response = await preflight(app, "https://elsewhere.example");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const { response: simple } = await post(
      { query: "{ __typename }" },
      { origin: "https://elsewhere.example" },
    );
    expect(simple.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows the configured origins only, without credentials", async () => {
    const { app, post } = appWith({ cors: ["https://app.example.org"] });
    const allowed = await preflight(app, "https://app.example.org");
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    expect(allowed.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const { response } = await post({ query: "{ __typename }" }, { origin: "https://app.example.org" });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    expect(response.headers.get("access-control-expose-headers")).toBe("x-request-id");
    const refused = await preflight(app, "https://evil.example");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });
});
