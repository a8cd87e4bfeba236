// Several articles per transaction against a real Neo4j: the graph and the statuses are exactly those
// of one article per transaction, and a batch holding a bad article still stores the others whole.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extract/types.ts";
import { ingestExtraction, ingestExtractions, prepareIngest } from "../../src/graph/ingest.ts";
import { extractFiles } from "../../src/graph/seed.ts";
import {
  invariantViolations,
  NO_VIOLATIONS,
  snapshotGraph,
  storedArticles,
} from "../support/graph-checks.ts";
import { writeSeedVersions } from "../support/seed-versions.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-batch-"));
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

let older: Extraction[];
let newer: Extraction[];
beforeAll(async () => {
  const versions = writeSeedVersions(dir);
  older = await extractFiles([versions.oldDir]);
  // The new collection, then an old version of an article it edits: the same article twice in a run.
  newer = [...(await extractFiles([versions.newDir])), older[4] as Extraction];
}, 120_000);

async function reset() {
  await graph.clear();
  await prepareIngest(graph.executor);
}

describe("seeding in batches", () => {
  it("makes the same graph and statuses as one article per transaction", async () => {
    await reset();
    const single: string[] = [];
    for (const extraction of [...older, ...newer]) {
      const result = await ingestExtraction(graph.executor, extraction);
      single.push(`${result.status} ${result.id} ${result.warnings.join(";")}`);
    }
    const reference = await snapshotGraph(graph.executor);

    await reset();
    const batched: string[] = [];
    for (const run of [older, newer]) {
      for (const outcome of await ingestExtractions(graph.executor, run, 50)) {
        if (!outcome.ok) throw outcome.error;
        const { result } = outcome;
        batched.push(`${result.status} ${result.id} ${result.warnings.join(";")}`);
      }
    }
    expect(batched).toEqual(single);
    expect(single.filter((s) => s.startsWith("updated")).length).toBeGreaterThan(0);
    expect(await snapshotGraph(graph.executor)).toEqual(reference);
    expect(await invariantViolations(graph.executor)).toEqual(NO_VIOLATIONS);
  }, 180_000);

  it("stores the other articles of a batch whole when one fails, and nothing of that one", async () => {
    await reset();
    const [first, second, third] = older as [Extraction, Extraction, Extraction];
    // Two events with one id break a uniqueness constraint after most of the article is written.
    const broken = structuredClone(second);
    broken.events.push({ ...(broken.events[0] as Extraction["events"][number]) });
    const transactions: string[] = [];
    graph.executor.observer = () => (outcome) => transactions.push(outcome);
    const outcomes = await ingestExtractions(graph.executor, [first, broken, third], 50).finally(() => {
      graph.executor.observer = undefined;
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    // The batch's transaction, then each article in its own; the broken one three times, since a
    // constraint failure may be a race with another ingest (src/graph/ingest.ts retryOnRace).
    expect(transactions).toEqual(["error", "ok", "error", "error", "error", "ok"]);
    expect(String((outcomes[1] as { error: unknown }).error)).toMatch(/already exists|ConstraintValidation/i);
    const ids = (await storedArticles(graph.executor)).map((a) => a.id).sort();
    expect(ids).toEqual([first.article.id, third.article.id].sort());
    const [leftovers] = await graph.executor.read<{ nodes: number }>({
      text: "MATCH (n) WHERE n.articleId = $id OR n.id = $id RETURN count(n) AS nodes",
      params: { id: second.article.id },
    });
    expect(leftovers?.nodes).toBe(0);
    expect(await invariantViolations(graph.executor)).toEqual(NO_VIOLATIONS);
  }, 120_000);
});
