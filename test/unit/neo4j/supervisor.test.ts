// The supervisor's restart logic, with real child processes standing in for the JVM: each one lives
// until its stdin (the lifeline) closes or it gets a signal, like Launcher.java.
import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { describeExit, Neo4jSupervisor, restartDelay } from "../../../src/neo4j/supervisor.ts";

const STAND_IN = "process.stdin.resume(); process.stdin.on('end', () => process.exit(0));";
const spawned: ChildProcess[] = [];
const standIn = () => {
  const child = spawn(process.execPath, ["-e", STAND_IN], { stdio: ["pipe", "ignore", "ignore"] });
  spawned.push(child);
  return child;
};
const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const until = async (check: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return check();
};
afterEach(() => {
  for (const child of spawned.splice(0)) if (alive(child)) child.kill("SIGKILL");
});

function supervise(waitReady: (child: ChildProcess) => Promise<void> = async () => {}) {
  const lines: string[] = [];
  const supervisor = new Neo4jSupervisor({
    first: standIn(),
    spawn: standIn,
    waitReady,
    uri: "bolt://127.0.0.1:7999",
    log: (line) => lines.push(line),
    backoff: { initialMs: 50, maxMs: 200, healthyMs: 60_000 },
  });
  return { supervisor, lines };
}

describe("restartDelay", () => {
  it("doubles from 0.5 s and stops at the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => restartDelay(n))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });

  it("names a signal or an exit code", () => {
    expect(describeExit(null, "SIGKILL")).toBe("signal SIGKILL");
    expect(describeExit(137, null)).toBe("exit code 137");
  });
});

describe("Neo4jSupervisor", () => {
  it("logs an unexpected exit once and starts a new process", async () => {
    const { supervisor, lines } = supervise();
    const first = spawned[0] as ChildProcess;
    first.kill("SIGKILL");
    expect(await until(() => supervisor.getStatus().state === "restarting")).toBe(true);
    expect(supervisor.getStatus()).toEqual({ state: "restarting", attempt: 1 });
    expect(await until(() => supervisor.getStatus().state === "running")).toBe(true);
    expect(supervisor.pid).not.toBe(first.pid);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Neo4j \\(pid ${first.pid}\\) exited unexpectedly \\(signal SIGKILL\\) after .*restarting in 0\\.1 s \\(attempt 1\\)$`,
      ),
    );
    expect(lines[1]).toMatch(
      /^Neo4j back on bolt:\/\/127\.0\.0\.1:7999 \(pid \d+\), [\d.]+ s after it exited$/,
    );
    await supervisor.stop();
    expect(spawned.every((child) => !alive(child))).toBe(true);
    expect(supervisor.getStatus()).toEqual({ state: "stopped" });
  });

  it("backs off further after each failed restart", async () => {
    let failures = 2;
    const { supervisor, lines } = supervise(async () => {
      if (failures-- > 0) throw new Error("stopped during start");
    });
    (spawned[0] as ChildProcess).kill("SIGKILL");
    expect(await until(() => lines.some((line) => line.startsWith("Neo4j back on")))).toBe(true);
    expect(lines.slice(1, 3)).toEqual([
      "Neo4j restart failed: stopped during start; retrying in 0.1 s (attempt 2)",
      "Neo4j restart failed: stopped during start; retrying in 0.2 s (attempt 3)",
    ]);
    await supervisor.stop();
    expect(spawned.filter(alive)).toEqual([]);
  });

  it("stop() during the backoff starts nothing more", async () => {
    const { supervisor } = supervise();
    (spawned[0] as ChildProcess).kill("SIGKILL");
    expect(await until(() => supervisor.getStatus().state === "restarting")).toBe(true);
    await supervisor.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(spawned).toHaveLength(1);
  });

  it("stop() while a new process starts ends that process", async () => {
    // This process never becomes ready: only its exit ends the wait, as with the real JVM.
    const { supervisor } = supervise(
      (child) => new Promise((_, reject) => child.once("exit", () => reject(new Error("exited")))),
    );
    (spawned[0] as ChildProcess).kill("SIGKILL");
    expect(await until(() => spawned.length === 2)).toBe(true);
    await supervisor.stop();
    expect(spawned.filter(alive)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(spawned).toHaveLength(2);
  });
});
