// Each misconfiguration ends `npm start` within 30 s with one line naming the cause and the fix.

import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/neo4j/free-port.ts";
import { cleanEnv, finish, runTs } from "../support/processes.ts";
import { testNeo4j } from "../support/test-neo4j.ts";

const startWith = (env: NodeJS.ProcessEnv) => finish(runTs("src/server/main.ts", [], cleanEnv(env)), 45_000);

function expectOneLineFailure(result: Awaited<ReturnType<typeof startWith>>, pattern: RegExp) {
  expect(result.code).toBe(1);
  expect(result.ms).toBeLessThan(30_000);
  const errorLines = result.stderr.trim().split("\n");
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(/^error: /);
  expect(errorLines[0]).toMatch(pattern);
}

describe("npm start with bad configuration", () => {
  let blocker: Server;
  let blockedPort: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    blockedPort = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it("names NEO4J_PASSWORD when the password is wrong", async () => {
    const neo4j = testNeo4j();
    const result = await startWith({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: "wrong-password", PORT: "0" });
    expectOneLineFailure(result, /rejected user "neo4j".*NEO4J_PASSWORD/);
  });

  it("names NEO4J_URI when nothing answers there", async () => {
    const port = await freePort();
    const result = await startWith({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: "x", PORT: "0" });
    expectOneLineFailure(result, /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+.*NEO4J_URI/);
  });

  it("names PORT when the HTTP port is taken", async () => {
    const neo4j = testNeo4j();
    const result = await startWith({
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(blockedPort),
    });
    expectOneLineFailure(result, new RegExp(`PORT ${blockedPort} .*already in use.*set PORT`));
  });

  it("names java and NEO4J_URI when Java is missing", async () => {
    // A PATH that holds node and nothing else: no java, no mvn.
    const bin = mkdtempSync(path.join(os.tmpdir(), "news-graph-only-node-"));
    symlinkSync(process.execPath, path.join(bin, "node"));
    try {
      const result = await startWith({ PATH: bin, PORT: "0", NEO4J_DATA_DIR: path.join(bin, "data") });
      expectOneLineFailure(result, /`(java|mvn)` was not found on PATH.*NEO4J_URI/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it("names the variable when a value is malformed", async () => {
    const result = await startWith({ PORT: "eighty" });
    expectOneLineFailure(result, /PORT must be a port number/);
  });
});
