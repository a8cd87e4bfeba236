// NEO4J_URI: the service starts no database and restarts none, but recovers by itself once the
// database is back. The "external" server is a throwaway bundled Neo4j that this test stops and
// starts again on the same port and data folder.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/neo4j/free-port.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../../src/neo4j/launcher.ts";
import { timedQuery } from "../support/load.ts";
import { cleanEnv, finish, jvmPidsFor, runTs, waitForOutput, waitUntil } from "../support/processes.ts";

const homeDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-external-"));
let local: LocalNeo4j | undefined;
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await local?.stop();
  await waitUntil(() => jvmPidsFor(homeDir).length === 0, 30_000);
  rmSync(homeDir, { recursive: true, force: true });
});

const QUERY = "{ articles(first: 5) { totalCount edges { node { id title } } } }";

async function timedReady(port: number) {
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${port}/ready`);
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

describe("service on NEO4J_URI when the database goes away and comes back", () => {
  it("answers SERVICE_UNAVAILABLE quickly, then data again without a restart", async () => {
    const boltPort = await freePort();
    local = await startLocalNeo4j({ homeDir, boltPort });
    const port = await freePort();
    const service = runTs(
      "src/server/main.ts",
      [],
      cleanEnv({ NEO4J_URI: local.uri, NEO4J_PASSWORD: local.password, PORT: String(port) }),
    );
    children.push(service);
    const done = finish(service, 400_000);
    await waitForOutput(service, /GraphQL and GraphiQL/, 180_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    const before = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    }).then((response) => response.json());
    expect(before.data.articles.totalCount).toBe(1);

    await local.stop();
    const down = await timedQuery(url, QUERY, 10_000);
    const readyDown = await timedReady(port);
    console.log(
      `[external] down: GraphQL ${down.outcome} in ${down.ms} ms; /ready ${readyDown.status} in ${readyDown.ms} ms`,
    );
    expect(down.outcome).toBe("SERVICE_UNAVAILABLE");
    expect(down.ms).toBeLessThan(2_500);
    expect(readyDown).toMatchObject({ status: 503, body: { ready: false, reason: "neo4j unavailable" } });
    expect(readyDown.ms).toBeLessThan(1_000);

    local = await startLocalNeo4j({ homeDir, boltPort });
    const backAt = Date.now();
    let sample = await timedQuery(url, QUERY, 10_000);
    while (sample.outcome !== "data" && Date.now() - backAt < 15_000)
      sample = await timedQuery(url, QUERY, 10_000);
    console.log(`[external] data again ${Date.now() - backAt} ms after the database answered`);
    expect(sample.outcome).toBe("data");
    const after = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    }).then((response) => response.json());
    expect(after).toEqual(before);
    expect((await timedReady(port)).status).toBe(200);

    service.kill("SIGTERM");
    expect((await done).code).toBe(0);
    // The service never owned this database: it is still running until the test stops it.
    expect(jvmPidsFor(homeDir)).toEqual([local.pid]);
  }, 400_000);
});
