// The HTTP surface through yoga.fetch, against the real test database and a dead one.
import { afterAll, describe, expect, it } from "vitest";
import { createDriver } from "../../src/graph/driver.ts";
import { CypherExecutor } from "../../src/graph/executor.ts";
import { freePort } from "../../src/neo4j/free-port.ts";
import { createApp } from "../../src/server/yoga.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
afterAll(() => graph.close());

describe("service over a live database", () => {
  const app = createApp({ executor: graph.executor });

  it("answers { __typename }", async () => {
    const response = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("reports /health and /ready as 200", async () => {
    // /ready allows Neo4j 800 ms; the service's pool is warm from its start-up check, this one not yet.
    await graph.executor.read({ text: "RETURN 1", params: {} });
    expect((await app.fetch("http://localhost/health")).status).toBe(200);
    expect((await app.fetch("http://localhost/ready")).status).toBe(200);
  });

  it("serves GraphiQL with no asset from another host", async () => {
    const response = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("YogaGraphiQL");
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
  });
});

describe("service over a database that is down", () => {
  it("stays alive on /health and answers 503 on /ready", async () => {
    const port = await freePort();
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: "x" });
    try {
      const app = createApp({ executor: new CypherExecutor(driver, "neo4j") });
      expect((await app.fetch("http://localhost/health")).status).toBe(200);
      const started = Date.now();
      const ready = await app.fetch("http://localhost/ready");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, reason: "neo4j unavailable" });
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await driver.close();
    }
  });
});
