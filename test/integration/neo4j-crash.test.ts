// The bundled Neo4j killed with SIGKILL under load: the service restarts it on the same port and
// data folder, clients see SERVICE_UNAVAILABLE (never a hang or an internal error) and then data
// again, nothing is lost, and SIGTERM still leaves no JVM behind.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDriver } from "../../src/graph/driver.ts";
import { CypherExecutor } from "../../src/graph/executor.ts";
import { countGraph } from "../../src/graph/write-article.ts";
import { freePort } from "../../src/neo4j/free-port.ts";
import { startLoad } from "../support/load.ts";
import { cleanEnv, finish, jvmPidsFor, runTs, waitForOutput, waitUntil } from "../support/processes.ts";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-crash-"));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await waitUntil(() => jvmPidsFor(dataDir).length === 0, 30_000);
  rmSync(dataDir, { recursive: true, force: true });
});

const STATEMENTS = `{ statements(first: 100) { totalCount edges { node { id kind verb text speaker { id } about { id } evidence { text } } } } }`;
const LOAD_QUERY = `{ actors(first: 5) { totalCount edges { node { id name } } } }`;

/** Every stdout line of the service with the time it arrived. */
function timedLines(child: ChildProcess) {
  const lines: { at: number; text: string }[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    for (const text of chunk.toString().split("\n")) if (text) lines.push({ at: Date.now(), text });
  });
  return lines;
}

async function snapshot(boltPort: number, url: string) {
  const { password } = JSON.parse(readFileSync(path.join(dataDir, "credentials.json"), "utf8"));
  const driver = createDriver({ uri: `bolt://127.0.0.1:${boltPort}`, user: "neo4j", password });
  try {
    const counts = await countGraph(new CypherExecutor(driver, "neo4j"));
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: STATEMENTS }),
    });
    return { counts, statements: await response.json() };
  } finally {
    await driver.close();
  }
}

describe("bundled Neo4j killed under load", () => {
  it("restarts, serves data again within 15 s of Neo4j being back, and loses nothing", async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const env = cleanEnv({ PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) });
    const service = runTs("src/server/main.ts", [], env);
    children.push(service);
    const lines = timedLines(service);
    const done = finish(service, 400_000);
    const started = await waitForOutput(
      service,
      /GraphQL and GraphiQL: http:\/\/localhost:\d+\/graphql/,
      180_000,
    );
    const url = `http://127.0.0.1:${port}/graphql`;
    const firstPid = Number(/ready on bolt:\/\/\S+ in [\d.]+ s \(pid (\d+)\)/.exec(started)?.[1]);
    expect(jvmPidsFor(dataDir)).toEqual([firstPid]);

    const before = await snapshot(boltPort, url);
    expect(before.statements.errors).toBeUndefined();
    expect(before.counts.nodes).toBeGreaterThan(20);
    expect(before.statements.data.statements.totalCount).toBeGreaterThan(5);

    const load = startLoad({
      url,
      query: LOAD_QUERY,
      workers: 2,
      pauseMs: 50,
      maxMs: 240_000,
      maxRequests: 6_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const killedAt = Date.now();
    process.kill(firstPid, "SIGKILL");

    // /ready says why, and says it fast, while Neo4j restarts.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readyStarted = Date.now();
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    const readyMs = Date.now() - readyStarted;
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, reason: "neo4j restarting (attempt 1)" });
    expect(readyMs).toBeLessThan(1_000);

    const back = await waitUntil(() => lines.some((line) => /Neo4j back on/.test(line.text)), 180_000);
    expect(back).toBe(true);
    const backAt = lines.find((line) => /Neo4j back on/.test(line.text))?.at ?? 0;
    const dataAgain = await waitUntil(
      () => load.samples.some((s) => s.outcome === "data" && s.startedAt > killedAt + 300),
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await load.stop();
    expect(dataAgain).toBe(true);
    const dataAt = Math.min(
      ...load.samples
        .filter((s) => s.outcome === "data" && s.startedAt > killedAt + 300)
        .map((s) => s.startedAt + s.ms),
    );

    const outcomes = new Map<string, number>();
    for (const s of load.samples) outcomes.set(s.outcome, (outcomes.get(s.outcome) ?? 0) + 1);
    const slowest = Math.max(...load.samples.map((s) => s.ms));
    console.log(
      `[crash] Neo4j back ${((backAt - killedAt) / 1000).toFixed(1)} s after SIGKILL; data again ${((dataAt - backAt) / 1000).toFixed(1)} s after that; ` +
        `/ready ${readyMs} ms; ${load.samples.length} requests ${JSON.stringify(Object.fromEntries(outcomes))}; slowest ${slowest} ms`,
    );
    // Every request ended with data or a coded error: SERVICE_UNAVAILABLE while Neo4j was down, and
    // on a starved machine possibly QUERY_TIMEOUT for the first cold queries of the new JVM. Never a
    // hang, an internal error or an error without a code.
    const codes = [...outcomes.keys()];
    expect(codes).toContain("data");
    expect(codes).toContain("SERVICE_UNAVAILABLE");
    expect(codes.filter((code) => !["data", "SERVICE_UNAVAILABLE", "QUERY_TIMEOUT"].includes(code))).toEqual(
      [],
    );
    const timedOut = load.samples.filter((s) => s.outcome === "QUERY_TIMEOUT");
    expect(timedOut.every((s) => s.startedAt + s.ms >= backAt - 5_000)).toBe(true);
    // At most the query timeout (5 s), the server's check interval and one retry.
    expect(slowest).toBeLessThan(8_000);
    expect(dataAt - backAt).toBeLessThan(15_000);

    const exits = lines.filter((line) => /exited unexpectedly/.test(line.text));
    expect(exits).toHaveLength(1);
    expect(exits[0]?.text).toMatch(new RegExp(`pid ${firstPid}\\) exited unexpectedly \\(signal SIGKILL\\)`));
    const secondPids = jvmPidsFor(dataDir);
    expect(secondPids).toHaveLength(1);
    expect(secondPids[0]).not.toBe(firstPid);

    // The new JVM plans each query afresh; on a loaded machine the first tries may time out.
    let after = await snapshot(boltPort, url);
    for (let i = 0; i < 20 && after.statements.errors; i += 1) after = await snapshot(boltPort, url);
    expect(after).toEqual(before);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

    service.kill("SIGTERM");
    expect((await done).code).toBe(0);
    expect(await waitUntil(() => jvmPidsFor(dataDir).length === 0, 15_000)).toBe(true);
  }, 400_000);
});
