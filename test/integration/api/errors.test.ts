// What clients see when things go wrong: outages, bugs, dangling data, bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../src/graph/driver.ts";
import { CypherExecutor, type CypherQuery } from "../../../src/graph/executor.ts";
import { freePort } from "../../../src/neo4j/free-port.ts";
import { connectTestGraph } from "../../support/test-neo4j.ts";
import { IDS, resetGraph } from "./fixture.ts";
import { ok, oneError, testApp } from "./helpers.ts";

const graph = connectTestGraph();

beforeAll(() => resetGraph(graph.executor));
afterAll(() => graph.close());

/** An executor whose reads fail like a bug would (not like an outage). */
class BrokenExecutor extends CypherExecutor {
  override async read<T>(_query: CypherQuery): Promise<T[]> {
    throw new Error("secret internal detail: cannot read property of undefined");
  }
  override fork() {
    return this;
  }
}

describe("a database outage", () => {
  it("gives SERVICE_UNAVAILABLE without internals, masked or not", async () => {
    const port = await freePort();
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password: "x" });
    try {
      for (const mask of [true, false]) {
        const { app, gql } = testApp(new CypherExecutor(driver, "neo4j"), mask);
        const response = await gql(`{ actors { totalCount } country(code: "JP") { name } }`);
        expect(response.data).toBeNull();
        expect(response.errors?.length).toBeGreaterThanOrEqual(1);
        for (const error of response.errors ?? []) {
          expect(error.extensions?.code).toBe("SERVICE_UNAVAILABLE");
          expect(error.message).toBe("The graph database is unavailable; try again shortly.");
          expect(JSON.stringify(error)).not.toMatch(/stack|at .*\.ts|bolt:|ECONNREFUSED/);
        }
        // The service itself stays up.
        expect((await app.fetch("http://localhost/health")).status).toBe(200);
      }
    } finally {
      await driver.close();
    }
  });
});

describe("unexpected errors", () => {
  it("are masked as 'Unexpected error.' in production", async () => {
    const { gql } = testApp(new BrokenExecutor(graph.driver, graph.info.database), true);
    const error = oneError(await gql("{ articles { totalCount } }"));
    expect(error.message).toBe("Unexpected error.");
    expect(JSON.stringify(error)).not.toContain("secret internal detail");
  });

  it("show their message when masking is off", async () => {
    const { gql } = testApp(new BrokenExecutor(graph.driver, graph.info.database), false);
    const error = oneError(await gql("{ articles { totalCount } }"));
    expect(error.message).toContain("secret internal detail");
  });

  it("expected errors keep message and code while masking is on", async () => {
    const { gql } = testApp(graph.executor, true);
    const error = oneError(await gql("{ actors(first: 500) { totalCount } }"));
    expect(error).toMatchObject({
      message: 'Argument "first" must be between 0 and 100, got 500.',
      extensions: { code: "BAD_USER_INPUT" },
      path: ["actors"],
    });
  });
});

describe("dangling references", () => {
  it("a non-null reference to a missing node is NOT_FOUND, not an internal error", async () => {
    await graph.executor.writeTransaction((tx) =>
      tx.run(
        "CREATE (:Statement {id: 'orphan-article/statement/0', articleId: 'orphan-article', kind: 'quote', verb: 'said', text: 'orphaned'})",
      ),
    );
    const { gql } = testApp(graph.executor, true);
    const response = await gql(
      `{ node(id: "orphan-article/statement/0") { id ... on Statement { text speaker { id } } } }`,
    );
    const error = oneError(response);
    expect(error.extensions?.code).toBe("NOT_FOUND");
    expect(error.message).toBe('Actor "(none)" was not found.');
    expect(error.path).toEqual(["node", "speaker"]);
    expect(response.data).toEqual({ node: null });
    // The rest of the graph is unaffected.
    expect(ok(await gql(`{ node(id: "${IDS.japan}") { id } }`)).node).toEqual({ id: IDS.japan });
  });
});
