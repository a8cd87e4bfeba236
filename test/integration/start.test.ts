// `npm start` end to end: bundled Neo4j, seed on first start only, GraphQL answers, SIGTERM cleans up.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/neo4j/free-port.ts";
import { cleanEnv, finish, jvmPidsFor, runTs, waitForOutput, waitUntil } from "../support/processes.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-start-"));
const children: ChildProcess[] = [];
// A failed or timed-out test must not leave the service (and so its Neo4j) running.
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await waitUntil(() => jvmPidsFor(path.resolve(dataDir)).length === 0, 30_000);
  rmSync(dataDir, { recursive: true, force: true });
});

async function startOnce(expectLine: RegExp) {
  const port = await freePort();
  const child = runTs("src/server/main.ts", [], cleanEnv({ PORT: String(port), NEO4J_DATA_DIR: dataDir }));
  children.push(child);
  const done = finish(child, 180_000);
  const output = await waitForOutput(child, /GraphQL and GraphiQL: http:\/\/localhost:\d+\/graphql/, 180_000);
  expect(output).toMatch(expectLine);
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  expect(jvmPidsFor(path.resolve(dataDir))).toHaveLength(1);

  child.kill("SIGTERM");
  const result = await done;
  expect(result.code).toBe(0);
  expect(await waitUntil(() => jvmPidsFor(path.resolve(dataDir)).length === 0, 15_000)).toBe(true);
}

describe("npm start", () => {
  it("seeds the article on the first start and stops Neo4j on SIGTERM", async () => {
    await startOnce(/Seeded "Japan seeks stronger cybersecurity/);
  }, 240_000);

  it("reuses the data on the second start without seeding twice", async () => {
    await startOnce(/not seeding again/);
  }, 240_000);
});
