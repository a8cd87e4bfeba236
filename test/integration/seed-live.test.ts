// `npm run seed` while `npm start` runs on the bundled Neo4j: the seed finds the running database
// through NEO4J_DATA_DIR/runtime.json (instead of failing on the data folder's lock), the service
// serves the new articles at once, and the file is gone once the service stops.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/neo4j/free-port.ts";
import { sourceArticles } from "../support/article-variants.ts";
import { cleanEnv, finish, jvmPidsFor, runTs, waitForOutput, waitUntil } from "../support/processes.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-live-seed-"));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await waitUntil(() => jvmPidsFor(path.resolve(dataDir)).length === 0, 30_000);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("seeding while the service runs", () => {
  it("writes through the running service's Neo4j, which serves the articles at once", async () => {
    const port = await freePort();
    const env = cleanEnv({ PORT: String(port), NEO4J_DATA_DIR: dataDir, SEED_ON_START: "false" });
    const service = runTs("src/server/main.ts", [], env);
    children.push(service);
    const stopped = finish(service, 300_000);
    await waitForOutput(service, /GraphQL and GraphiQL/, 180_000);
    const runtime = JSON.parse(readFileSync(path.join(dataDir, "runtime.json"), "utf8"));
    expect(runtime).toMatchObject({
      pid: service.pid,
      uri: expect.stringMatching(/^bolt:\/\/127\.0\.0\.1:\d+$/),
    });

    const files = sourceArticles().slice(0, 3);
    const seed = await finish(
      runTs("src/cli/seed.ts", files, cleanEnv({ NEO4J_DATA_DIR: dataDir })),
      120_000,
    );
    expect(seed.stderr).toBe("");
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain(`using the running service's Neo4j at ${runtime.uri} (pid ${service.pid})`);
    expect(seed.stdout).toMatch(/^created +3$/m);
    expect(jvmPidsFor(path.resolve(dataDir))).toHaveLength(1); // no second Neo4j was started

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 3 } } });

    service.kill("SIGTERM");
    expect((await stopped).code).toBe(0);
    expect(existsSync(path.join(dataDir, "runtime.json"))).toBe(false);
  }, 400_000);
});
