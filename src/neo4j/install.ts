// Makes sure the Neo4j jars and the launcher are in .cache/neo4j, building them with Maven on first use.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../project-root.ts";

const POM = path.join(PROJECT_ROOT, "neo4j/pom.xml");

export class Neo4jSetupError extends Error {
  override name = "Neo4jSetupError";
}

export interface Neo4jInstall {
  version: string;
  /** Java class path: the launcher jar followed by Neo4j's jars. */
  classPath: string;
  dir: string;
}

/** The pom is the one place the version is written down. */
export function neo4jVersion(pomText = readFileSync(POM, "utf8")): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pomText);
  if (!match?.[1]) throw new Neo4jSetupError(`${POM} has no <neo4j.version>.`);
  return match[1];
}

export function installPaths(version = neo4jVersion()): Neo4jInstall {
  const dir = path.join(PROJECT_ROOT, ".cache/neo4j", version);
  const classPath = [path.join(dir, "build/neo4j-launcher.jar"), path.join(dir, "lib/*")].join(
    path.delimiter,
  );
  return { version, classPath, dir };
}

function isInstalled(install: Neo4jInstall): boolean {
  return (
    existsSync(path.join(install.dir, "build/neo4j-launcher.jar")) &&
    existsSync(path.join(install.dir, `lib/neo4j-${install.version}.jar`))
  );
}

/** Fails with one line naming the missing command, instead of a spawn ENOENT stack trace. */
export function requireCommand(command: "java" | "mvn"): void {
  const probe = spawnSync(command, ["-version"], { stdio: "ignore" });
  if (probe.error) {
    throw new Neo4jSetupError(
      `\`${command}\` was not found on PATH. The bundled Neo4j needs Java 17 and Maven ` +
        "(Debian: apt-get install -y openjdk-17-jre-headless maven), " +
        "or set NEO4J_URI to use a Neo4j you already run (docker compose up works too).",
    );
  }
}

export async function ensureNeo4jInstalled(log: (line: string) => void = () => {}): Promise<Neo4jInstall> {
  const install = installPaths();
  if (isInstalled(install)) return install;
  requireCommand("java");
  requireCommand("mvn");
  log(`Resolving Neo4j ${install.version} from Maven Central into ${install.dir} (first run only)…`);
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn("mvn", ["-q", "-B", "-f", POM, "package", "-DskipTests"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve(status ?? 1));
  });
  if (code !== 0 || !isInstalled(install)) {
    const errors = output
      .join("")
      .split("\n")
      .filter((line) => line.includes("ERROR"))
      .slice(0, 3)
      .join(" | ");
    throw new Neo4jSetupError(`Maven could not resolve Neo4j ${install.version} (exit ${code}): ${errors}`);
  }
  return install;
}
