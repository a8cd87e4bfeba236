// The bundled Neo4j: it answers real queries, and no JVM outlives the Node process that started it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { startLocalNeo4j } from "../../src/neo4j/launcher.ts";
import { finish, jvmPidsFor, runTs, waitForOutput, waitUntil } from "../support/processes.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const tempDirs: string[] = [];
const tempHome = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-launcher-"));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("bundled Neo4j", () => {
  it("answers Cypher with authentication on", async () => {
    const graph = connectTestGraph();
    try {
      const [row] = await graph.executor.read<{ answer: number }>({
        text: "RETURN 40 + $two AS answer",
        params: { two: 2 },
      });
      expect(row?.answer).toBe(42);
    } finally {
      await graph.close();
    }
  });

  it("stops its JVM on stop()", async () => {
    const homeDir = tempHome();
    const local = await startLocalNeo4j({ homeDir });
    expect(jvmPidsFor(homeDir)).toEqual([local.pid]);
    await local.stop();
    expect(await waitUntil(() => jvmPidsFor(homeDir).length === 0, 10_000)).toBe(true);
  }, 180_000);

  it("leaves no JVM behind when the Node process is killed with SIGKILL", async () => {
    const homeDir = tempHome();
    const child = runTs("test/support/start-neo4j-and-wait.ts", [homeDir], process.env);
    // Even if an assertion fails, the SIGKILL below (or this one) ends the parent.
    onTestFinished(() => {
      child.kill("SIGKILL");
    });
    const done = finish(child, 150_000);
    const output = await waitForOutput(child, /READY \d+/, 150_000);
    const pid = Number(/READY (\d+)/.exec(output)?.[1]);
    expect(jvmPidsFor(homeDir)).toEqual([pid]);
    child.kill("SIGKILL");
    await done;
    // The lifeline pipe closes with the parent; the JVM shuts Neo4j down and exits.
    expect(await waitUntil(() => jvmPidsFor(homeDir).length === 0, 30_000)).toBe(true);
  }, 180_000);

  it("restarts a JVM killed under it, and the new JVM keeps the lifeline", async () => {
    const homeDir = tempHome();
    const child = runTs("test/support/start-neo4j-and-wait.ts", [homeDir], process.env);
    onTestFinished(() => {
      child.kill("SIGKILL");
    });
    const done = finish(child, 400_000);
    const output = await waitForOutput(child, /READY \d+/, 180_000);
    const firstPid = Number(/READY (\d+)/.exec(output)?.[1]);
    const port = /ready on bolt:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    process.kill(firstPid, "SIGKILL");
    const restarted = await waitForOutput(child, /Neo4j back on \S+ \(pid \d+\)/, 180_000);
    expect(restarted).toMatch(new RegExp(`pid ${firstPid}\\) exited unexpectedly \\(signal SIGKILL\\)`));
    const [, samePort, secondPid] =
      /Neo4j back on bolt:\/\/127\.0\.0\.1:(\d+) \(pid (\d+)\)/.exec(restarted) ?? [];
    expect(samePort).toBe(port);
    expect(jvmPidsFor(homeDir)).toEqual([Number(secondPid)]);
    child.kill("SIGKILL");
    await done;
    expect(await waitUntil(() => jvmPidsFor(homeDir).length === 0, 30_000)).toBe(true);
  }, 400_000);
});
