// One real Neo4j for the whole integration run: the server named by NEO4J_URI, or a throwaway
// bundled one in a temporary folder that is stopped and deleted afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { assertScratch } from "../../bench/support/scratch-guard.ts";
import { createDriver } from "../../src/graph/driver.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../../src/neo4j/launcher.ts";
import type { TestNeo4j } from "./test-neo4j.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** The tests empty their database again and again: never one that holds someone's data. */
async function refuseUnlessScratch(external: TestNeo4j): Promise<void> {
  const driver = createDriver(external);
  try {
    await assertScratch(driver, external.database, "npm test (its integration tests)", external.uri);
  } finally {
    await driver.close();
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    const external: TestNeo4j = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE ?? "neo4j",
      local: false,
    };
    await refuseUnlessScratch(external);
    project.provide("neo4j", external);
    return;
  }
  const homeDir = mkdtempSync(path.join(os.tmpdir(), "news-graph-test-neo4j-"));
  let local: LocalNeo4j | undefined;
  try {
    local = await startLocalNeo4j({ homeDir, log: (line) => console.log(`[neo4j] ${line}`) });
  } catch (error) {
    rmSync(homeDir, { recursive: true, force: true });
    throw error;
  }
  project.provide("neo4j", {
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: "neo4j",
    local: true,
    pid: local.pid,
  });
  return async () => {
    await local?.stop();
    rmSync(homeDir, { recursive: true, force: true });
  };
}
