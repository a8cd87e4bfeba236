// Starts the bundled Neo4j as a child JVM, waits until a query answers, and stops it without leaving
// a process behind. The child's stdin is its lifeline (see neo4j/src/.../Launcher.java): if this
// Node process dies in any way, the pipe closes and the JVM shuts itself down. After the first start,
// src/neo4j/supervisor.ts restarts a JVM that exits on its own, each one with its own lifeline.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { jvmArgs, renderNeo4jConf } from "./conf.ts";
import { freePort, portInUse } from "./free-port.ts";
import { ensureNeo4jInstalled, Neo4jSetupError, requireCommand } from "./install.ts";
import { exited, type Neo4jStatus, Neo4jSupervisor } from "./supervisor.ts";

export interface LocalNeo4jOptions {
  /** NEO4J_HOME of this instance: conf/, data/, logs/ and the credentials live here. */
  homeDir: string;
  /** 0 or undefined picks a free port. */
  boltPort?: number;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The current JVM's pid (a restart changes it). */
  readonly pid: number;
  /** Running, restarting (with the attempt number) or stopped: what /ready reports. */
  status(): Neo4jStatus;
  stop(): Promise<void>;
}

const USER = "neo4j";

/** The password is made on first start and kept beside the data it protects (git-ignored). */
function loadOrCreatePassword(homeDir: string): string {
  const file = path.join(homeDir, "credentials.json");
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { password?: unknown };
    if (typeof saved.password === "string" && saved.password.length >= 8) return saved.password;
    throw new Neo4jSetupError(
      `${file} has no usable password; delete ${homeDir} to start from an empty graph.`,
    );
  }
  if (existsSync(path.join(homeDir, "data/databases/system"))) {
    throw new Neo4jSetupError(
      `${homeDir} holds a Neo4j database but no credentials.json; delete the folder or restore the file.`,
    );
  }
  // Hex, not base64url: a password starting with "-" is read as an option by Neo4j's password setup.
  const password = randomBytes(18).toString("hex");
  mkdirSync(homeDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify({ user: USER, password }, null, 2)}\n`, { mode: 0o600 });
  return password;
}

/** The few log lines that explain a failed start, for the one-line error. */
function startFailureReason(homeDir: string, stderr: string): string {
  const logFile = path.join(homeDir, "logs/neo4j.log");
  const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
  const text = `${stderr}\n${log}`;
  if (/Address already in use|BindException/i.test(text)) return "the Bolt port is already in use";
  if (/lock(ed)? (file|by another)|FileLockException/i.test(text)) {
    return `${homeDir} is in use by another Neo4j (is another \`npm start\` running?)`;
  }
  const errors = text.split("\n").filter((line) => /ERROR|Exception|launcher:/.test(line));
  return errors.slice(-2).join(" | ").trim() || "see the logs";
}

async function waitUntilAnswering(
  uri: string,
  password: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: "error", logger: () => {} },
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (exited(child)) throw new Error("exited");
      try {
        await driver.executeQuery("RETURN 1 AS ready", {}, { routing: neo4j.routing.READ });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    throw new Error("timeout");
  } finally {
    await driver.close();
  }
}

/** One JVM with a fresh lifeline pipe; its recent stderr is kept to explain a failed start. */
function spawnJvm(classPath: string, homeDir: string, confDir: string, password: string) {
  const child = spawn(
    "java",
    [...jvmArgs(), "-cp", classPath, "dev.newsgraph.neo4j.Launcher", homeDir, confDir],
    {
      stdio: ["pipe", "ignore", "pipe"],
      env: { ...process.env, NEO4J_INITIAL_PASSWORD: password },
    },
  );
  const stderr = { text: "" };
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr.text = (stderr.text + chunk.toString()).slice(-8_000);
  });
  return { child, stderr };
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const homeDir = path.resolve(options.homeDir);
  const install = await ensureNeo4jInstalled(log);
  requireCommand("java");

  const boltPort = options.boltPort || (await freePort());
  if (options.boltPort && (await portInUse(boltPort))) {
    throw new Neo4jSetupError(
      `NEO4J_BOLT_PORT ${boltPort} is already in use; pick another or leave it unset.`,
    );
  }
  const password = loadOrCreatePassword(homeDir);
  const confDir = path.join(homeDir, "conf");
  mkdirSync(confDir, { recursive: true });
  writeFileSync(
    path.join(confDir, "neo4j.conf"),
    renderNeo4jConf({ boltPort, dataDir: path.join(homeDir, "data"), logsDir: path.join(homeDir, "logs") }),
  );

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const stderrOf = new WeakMap<ChildProcess, { text: string }>();
  const spawnOne = () => {
    const { child, stderr } = spawnJvm(install.classPath, homeDir, confDir, password);
    stderrOf.set(child, stderr);
    return child;
  };
  /** Waits for a query to answer; on failure kills the JVM and names the reason. */
  const waitReady = async (child: ChildProcess) => {
    try {
      await waitUntilAnswering(uri, password, child, readyTimeoutMs);
    } catch (error) {
      const reason = startFailureReason(homeDir, stderrOf.get(child)?.text ?? "");
      child.kill("SIGKILL");
      const what = (error as Error).message === "timeout" ? "did not answer in time" : "stopped during start";
      throw new Neo4jSetupError(
        `Neo4j ${install.version} ${what}: ${reason}. Logs: ${path.join(homeDir, "logs")}`,
      );
    }
  };

  const first = spawnOne();
  // Until the supervisor takes over, this covers an exit of Node during the first start.
  const killOnExit = () => first.kill("SIGTERM");
  process.once("exit", killOnExit);
  const started = Date.now();
  try {
    await waitReady(first);
  } finally {
    process.removeListener("exit", killOnExit);
  }
  log(
    `Neo4j ${install.version} ready on ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${first.pid})`,
  );

  const supervisor = new Neo4jSupervisor({ first, spawn: spawnOne, waitReady, uri, log });
  return {
    uri,
    user: USER,
    password,
    get pid() {
      return supervisor.pid;
    },
    status: () => supervisor.getStatus(),
    stop: () => supervisor.stop(),
  };
}
