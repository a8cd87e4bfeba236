// The scripts that replace the graph refuse a NEO4J_URI database that holds data unless its owner
// confirmed it is scratch, and the data is still there afterwards.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { assertScratch, NotScratchError, SCRATCH_VARIABLE } from "../../bench/support/scratch-guard.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
const run = promisify(execFile);
const noEnv: NodeJS.ProcessEnv = {};

const probes = async () => {
  const rows = await graph.executor.read<{ n: number }>({
    text: "MATCH (p:ScratchGuardProbe) RETURN count(p) AS n",
    params: {},
  });
  return rows[0]?.n ?? 0;
};

describe("scratch guard on a real database", () => {
  beforeEach(async () => {
    await graph.clear();
    await graph.executor.runAutoCommit({ text: "CREATE (:ScratchGuardProbe {at: $at})", params: { at: 1 } });
  });
  afterAll(async () => {
    await graph.clear();
    await graph.close();
  });

  it("refuses a database that holds data, naming how much", async () => {
    const check = assertScratch(graph.driver, graph.info.database, "npm run soak", graph.info.uri, noEnv);
    await expect(check).rejects.toBeInstanceOf(NotScratchError);
    await expect(check).rejects.toThrow(/holds 1 node\./);
    expect(await probes()).toBe(1);
  });

  it("allows an empty database and one its owner confirmed as scratch", async () => {
    const confirmed = { [SCRATCH_VARIABLE]: "yes" };
    await expect(
      assertScratch(graph.driver, graph.info.database, "npm test", graph.info.uri, confirmed),
    ).resolves.toBeUndefined();
    await graph.clear();
    await expect(
      assertScratch(graph.driver, graph.info.database, "npm test", graph.info.uri, noEnv),
    ).resolves.toBeUndefined();
  });

  it("stops `npm run soak` on NEO4J_URI with one sentence and leaves the data alone", async () => {
    const { [SCRATCH_VARIABLE]: _confirmed, ...env } = process.env;
    const failed = await run("npx", ["tsx", path.join(PROJECT_ROOT, "bench/soak.ts")], {
      cwd: PROJECT_ROOT,
      env: {
        ...env,
        NEO4J_URI: graph.info.uri,
        NEO4J_USER: graph.info.user,
        NEO4J_PASSWORD: graph.info.password,
        NEO4J_DATABASE: graph.info.database,
      },
      timeout: 120_000,
    }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr?.trim()).toMatch(/^npm run soak deletes everything in its database/);
    expect(failed?.stderr).not.toMatch(/\n\s+at /); // a sentence, not a stack
    expect(await probes()).toBe(1);
  }, 150_000);
});
