// Runs the real service (src/server/main.ts) as a child process on a Neo4j given by URI, on a free
// port on 127.0.0.1, and reads its resident memory from /proc. Used by the soak and its test.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/project-root.ts";

export interface ServiceDatabase {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface RunningService {
  url: string;
  pid: number;
  /** Everything the service printed so far. */
  output(): string;
  /** Resident set size in bytes (VmRSS). */
  rss(): number;
  stop(): Promise<number | null>;
}

export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** How to run a server: by default the service's source through tsx. */
export interface ServiceCommand {
  /** Node arguments, e.g. `["dist/src/server/main.js"]` for a compiled build. */
  args: string[];
  /** Environment the command needs whatever the caller passes (`npm start`'s NODE_ENV). */
  env?: NodeJS.ProcessEnv;
}

/**
 * `npm start`'s memory bounds: the old space (NODE_HEAP_MB, 256 MB; without it V8 collects lazily and
 * RSS climbs under load) and the young generation's semi-spaces (NODE_SEMI_SPACE_MB, 4 MB).
 */
const memoryBounds = () => [
  `--max-old-space-size=${process.env.NODE_HEAP_MB ?? "256"}`,
  `--max-semi-space-size=${process.env.NODE_SEMI_SPACE_MB ?? "4"}`,
];

export const SOURCE_SERVICE: ServiceCommand = {
  args: [...memoryBounds(), "--import", "tsx", path.join(PROJECT_ROOT, "src/server/main.ts")],
};

/**
 * Compiles the service to dist/ (incremental, as `npm start` does) and returns how to run the
 * result: what production runs, without tsx's loader (about 80 MB less resident memory here).
 */
export function buildService(): ServiceCommand {
  execFileSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: PROJECT_ROOT,
      stdio: "inherit",
    },
  );
  // The same memory bounds and NODE_ENV as `npm start`, so the soak and the bench measure what users run.
  return {
    args: [...memoryBounds(), path.join(PROJECT_ROOT, "dist/server/main.js")],
    env: { NODE_ENV: process.env.NODE_ENV ?? "production" },
  };
}

/**
 * Starts a server and waits until it prints `http://…/graphql`. The bench also runs its peer and
 * raw-Cypher servers through this, so all three are separate processes started the same way.
 */
export async function startService(
  db: ServiceDatabase,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
  command: ServiceCommand = SOURCE_SERVICE,
): Promise<RunningService> {
  const child = spawn(process.execPath, command.args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
      NEO4J_DATABASE: db.database ?? "neo4j",
      HOST: "127.0.0.1",
      PORT: "0",
      SEED_ON_START: "false",
      ...command.env,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The service logs a line per request: under the bench's load, copying one growing string per
  // chunk cost this process (autocannon's) CPU. Chunks are kept as they come and joined on demand.
  const chunks: string[] = [];
  let kept = 0;
  const append = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    kept += chunk.length;
    while (kept > 400_000 && chunks.length > 1) kept -= chunks.shift()?.length ?? 0;
  };
  const output = () => chunks.join("").slice(-200_000);
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`service did not start in ${timeoutMs} ms:\n${output()}`)),
      timeoutMs,
    );
    const check = () => {
      const found = /(http:\/\/[^\s]+)\/graphql/.exec(output())?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found.replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code} during start:\n${output()}`));
    });
  });
  const pid = child.pid ?? -1;
  return {
    url,
    pid,
    output,
    rss: () => residentBytes(pid),
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const code = await waitForExit(child);
      clearTimeout(timer);
      return code;
    },
  };
}
