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
