// NEO4J_DATA_DIR/runtime.json: written by the process that started the bundled Neo4j, removed when it
// stops it. A second process (`npm run seed` while `npm start` runs) finds the running database here
// instead of failing on the data folder's lock. A file left by a killed process names a dead pid and
// is ignored.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ExternalNeo4j } from "../config.ts";

export interface RuntimeInfo {
  uri: string;
  /** The Node process that owns the database (the JVM lives and dies with it). */
  pid: number;
  neo4jPid: number;
  startedAt: string;
}

const runtimeFile = (dataDir: string) => path.join(path.resolve(dataDir), "runtime.json");

export function writeRuntimeFile(dataDir: string, info: Omit<RuntimeInfo, "pid" | "startedAt">): void {
  const content: RuntimeInfo = { ...info, pid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(runtimeFile(dataDir), `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
}

/** Removes the file if this process wrote it (another process may have started the database since). */
export function removeRuntimeFile(dataDir: string): void {
  const info = readRuntimeFile(dataDir);
  if (info?.pid === process.pid) rmSync(runtimeFile(dataDir), { force: true });
}

function readRuntimeFile(dataDir: string): RuntimeInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(runtimeFile(dataDir), "utf8")) as Partial<RuntimeInfo>;
    if (typeof info.uri !== "string" || !Number.isInteger(info.pid)) return undefined;
    return info as RuntimeInfo;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, owned by someone else
  }
}

/**
 * The JVM pid of the bundled Neo4j of `dataDir` when it is alive and serves `uri` (same port on a
 * loopback host): lets the bench read the database's CPU time when pointed at it by NEO4J_URI.
 */
export function localNeo4jPid(dataDir: string, uri: string): number | undefined {
  const info = readRuntimeFile(dataDir);
  if (!info || !Number.isInteger(info.neo4jPid) || !isAlive(info.neo4jPid)) return undefined;
  const loopback = new Set(["127.0.0.1", "localhost", "[::1]"]);
  try {
    const [a, b] = [new URL(info.uri), new URL(uri)];
    return a.port === b.port && loopback.has(a.hostname) && loopback.has(b.hostname)
      ? info.neo4jPid
      : undefined;
  } catch {
    return undefined;
  }
}

/** The running bundled Neo4j of `dataDir`, with its credentials, when another live process owns it. */
export function findRunningNeo4j(dataDir: string): (ExternalNeo4j & { pid: number }) | undefined {
  const info = readRuntimeFile(dataDir);
  if (!info || info.pid === process.pid || !isAlive(info.pid)) return undefined;
  const credentials = path.join(path.resolve(dataDir), "credentials.json");
  if (!existsSync(credentials)) return undefined;
  const saved = JSON.parse(readFileSync(credentials, "utf8")) as { user?: string; password?: string };
  if (typeof saved.password !== "string") return undefined;
  return { uri: info.uri, user: saved.user ?? "neo4j", password: saved.password, pid: info.pid };
}
