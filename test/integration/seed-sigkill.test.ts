// The seed killed with SIGKILL at several points, against a real Neo4j: every article is wholly its
// old or wholly its new version, nothing dangles, and a re-run ends in exactly the graph an
// uninterrupted run makes.

import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleIdentityKey } from "../../src/graph/article-identity.ts";
import { extractTargets, seedFiles } from "../../src/graph/seed.ts";
import {
  type ArticleCountsOnly,
  expectedCounts,
  invariantViolations,
  NO_VIOLATIONS,
  snapshotGraph,
  storedArticles,
} from "../support/graph-checks.ts";
import { cleanEnv, finish, runTs } from "../support/processes.ts";
import { type SeedVersions, writeSeedVersions } from "../support/seed-versions.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-sigkill-"));
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Version {
  file: string;
  identityKey: string;
  contentHash: string;
}

let versions: SeedVersions;
let newVersions: Version[];
let oldHashByIdentity: Map<string, string>;
const countsByHash = new Map<string, ArticleCountsOnly>();
/** The graph after an uninterrupted seed of the old, then the new collection. */
let reference: string[];

// Small batches (4 articles per transaction): a kill after some printed lines lands between or inside
// batches, not after the whole 30-article run (one default batch).
const seedEnv = () =>
  cleanEnv({
    NEO4J_URI: graph.info.uri,
    NEO4J_USER: graph.info.user,
    NEO4J_PASSWORD: graph.info.password,
    SEED_BATCH_ARTICLES: "4",
  });
const DONE_LINE = /^(created|updated|unchanged) (\S+):/gm;

async function versionsOf(folder: string): Promise<Version[]> {
  return (await extractTargets([folder])).map(({ file, extraction }) => {
    countsByHash.set(extraction.article.contentHash, expectedCounts(extraction));
    return {
      file,
      identityKey: articleIdentityKey(extraction.article),
      contentHash: extraction.article.contentHash,
    };
  });
}

async function resetToOld(): Promise<void> {
  await graph.clear();
  await seedFiles(graph.executor, [versions.oldDir]);
}

beforeAll(async () => {
  versions = writeSeedVersions(dir);
  const old = await versionsOf(versions.oldDir);
  oldHashByIdentity = new Map(old.map((v) => [v.identityKey, v.contentHash]));
  newVersions = await versionsOf(versions.newDir);
  expect(newVersions.map((v) => v.file)).toEqual(versions.newFiles);
  await resetToOld();
  const started = Date.now();
  const report = await seedFiles(graph.executor, [versions.newDir]);
  console.log(
    `uninterrupted seed of ${report.articles.length} articles (in process): ${Date.now() - started} ms`,
  );
  const tally = (s: string) => report.articles.filter((a) => a.status === s).length;
  expect([tally("created"), tally("updated"), tally("unchanged")]).toEqual([15, 8, 7]);
  reference = await snapshotGraph(graph.executor);
}, 300_000);

/** Each stored article is one whole version of itself; returns the stored content hash per identity. */
async function expectWholeVersions(): Promise<Map<string, string>> {
  expect(await invariantViolations(graph.executor)).toEqual(NO_VIOLATIONS);
  const stored = await storedArticles(graph.executor);
  for (const article of stored) {
    const allowed = [
      oldHashByIdentity.get(article.identityKey),
      newVersions.find((v) => v.identityKey === article.identityKey)?.contentHash,
    ];
    expect(allowed, article.id).toContain(article.contentHash);
    const { id: _id, identityKey: _key, contentHash, ...counts } = article;
    expect(counts, article.id).toEqual(countsByHash.get(contentHash));
  }
  const hashes = new Map(stored.map((a) => [a.identityKey, a.contentHash]));
  for (const key of oldHashByIdentity.keys()) expect(hashes.has(key), key).toBe(true);
  return hashes;
}

/** Articles are written in file order, a batch per transaction: the new versions stored form a prefix. */
function expectPrefix(hashes: Map<string, string>, printed: number): void {
  const changing = newVersions.filter((v) => oldHashByIdentity.get(v.identityKey) !== v.contentHash);
  const applied = changing.map((v) => hashes.get(v.identityKey) === v.contentHash);
  const count = applied.filter(Boolean).length;
  expect(applied).toEqual(changing.map((_, i) => i < count));
  expect(count).toBeGreaterThanOrEqual(printed);
}

/** Re-runs the seed to the end: statuses follow what the killed run had committed; the graph is the reference. */
async function expectRerunCompletes(before: Map<string, string>): Promise<void> {
  const rerun = await finish(runTs("src/cli/seed.ts", [versions.newDir], seedEnv()), 120_000);
  expect(rerun.code, rerun.stderr).toBe(0);
  const statuses = [...rerun.stdout.matchAll(DONE_LINE)].map((m) => m[1]);
  const expected = newVersions.map((v) => {
    const stored = before.get(v.identityKey);
    return stored === v.contentHash ? "unchanged" : stored === undefined ? "created" : "updated";
  });
  expect(statuses).toEqual(expected);
  await expectWholeVersions();
  expect(await snapshotGraph(graph.executor)).toEqual(reference);
}

function doneSoFar(output: string): { lines: number; changed: number } {
  const statuses = [...output.matchAll(DONE_LINE)].map((m) => m[1]);
  return { lines: statuses.length, changed: statuses.filter((s) => s !== "unchanged").length };
}

/** Starts the seed of the new collection; `kill` decides when to SIGKILL it. */
async function seedAndKill(kill: (child: ChildProcess, output: () => string) => Promise<void>) {
  const child = runTs("src/cli/seed.ts", [versions.newDir], seedEnv());
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const closed = finish(child, 120_000);
  await kill(child, () => output);
  const result = await closed;
  expect(result.code, `the seed finished before it was killed:\n${output}`).toBeNull();
  return doneSoFar(output);
}

const waitFor = async (check: () => boolean | Promise<boolean>, what: string) => {
  const deadline = Date.now() + 90_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const afterLines = (lines: number, delayMs: number) => async (child: ChildProcess, output: () => string) => {
  await waitFor(() => doneSoFar(output()).lines >= lines, `${lines} articles`);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill("SIGKILL");
};

/** Holds a write lock on an actor so the seed's transaction stops inside its writes, then kills it there. */
const whileBlockedOn = (actorId: string) => async (child: ChildProcess) => {
  const session = graph.driver.session({ database: graph.info.database });
  const lock = await session.beginTransaction();
  try {
    await lock.run("MATCH (a:Actor {id: $id}) SET a.heldByTest = true", { id: actorId });
    await waitFor(async () => {
      const rows = await graph.executor.read<{ blocked: number }>({
        text: "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS blocked",
        params: {},
      });
      return (rows[0]?.blocked ?? 0) > 0;
    }, "the seed to block on the held actor");
    child.kill("SIGKILL");
  } finally {
    await lock.rollback();
    await session.close();
  }
};

describe("seed under SIGKILL", () => {
  const points: [string, Parameters<typeof seedAndKill>[0]][] = [
    ["inside a transaction blocked on Japan", whileBlockedOn("country:jp")],
    ["inside a transaction blocked on China", whileBlockedOn("country:cn")],
    ["30 ms after the 5th article", afterLines(5, 30)],
    ["80 ms after the 12th article", afterLines(12, 80)],
    ["right after the 21st article", afterLines(21, 0)],
  ];

  it.each(points)(
    "killed %s: whole old or new articles, then a re-run completes the graph",
    async (_, kill) => {
      await resetToOld();
      const printed = await seedAndKill(kill);
      const hashes = await expectWholeVersions();
      expectPrefix(hashes, printed.changed);
      await expectRerunCompletes(hashes);
    },
    240_000,
  );
});
