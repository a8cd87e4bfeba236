// Article identity against a real Neo4j: the same article twice is unchanged and not rewritten, an
// edit is an update in place, two articles whose readable ids collide are both kept, a URL is the
// article whatever its headline, and ids stored before identity keys keep working.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { articleId } from "../../src/extract/text/ids.ts";
import { ingestExtraction, prepareIngest } from "../../src/graph/ingest.ts";
import { extractFiles, seedFiles } from "../../src/graph/seed.ts";
import {
  asMarkdown,
  readText,
  sourceArticles,
  titleOf,
  withExtraParagraph,
  withoutLastParagraph,
  withTitle,
  writeArticle,
} from "../support/article-variants.ts";
import {
  expectedCounts,
  invariantViolations,
  NO_VIOLATIONS,
  snapshotGraph,
  storedArticles,
} from "../support/graph-checks.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-identity-"));
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => graph.clear());

const [japanFile] = sourceArticles();
const japan = readText(japanFile!);
const JAPAN_ID = "2021-07-09-japan-seeks-stronger-cybersecurity";

const storedById = async (id: string) => (await storedArticles(graph.executor)).find((a) => a.id === id);

describe("article identity", () => {
  it("reports the same article seeded twice as unchanged, and does not rewrite it", async () => {
    const first = await seedFiles(graph.executor, [japanFile!]);
    expect(first.articles.map((a) => [a.id, a.status])).toEqual([[JAPAN_ID, "created"]]);
    const before = await snapshotGraph(graph.executor);
    // A mark no seed would write: it survives only if the article is left alone.
    await graph.executor.writeTransaction((tx) =>
      tx.run("MATCH (s:Sentence {id: $id}) SET s.untouched = true", { id: `${JAPAN_ID}/sentence/0` }),
    );
    const again = await seedFiles(graph.executor, [japanFile!]);
    expect(again.articles.map((a) => [a.id, a.status])).toEqual([[JAPAN_ID, "unchanged"]]);
    const [mark] = await graph.executor.read<{ untouched: boolean | null }>({
      text: "MATCH (s:Sentence {id: $id}) RETURN s.untouched AS untouched",
      params: { id: `${JAPAN_ID}/sentence/0` },
    });
    expect(mark?.untouched).toBe(true);
    await graph.executor.writeTransaction((tx) => tx.run("MATCH (s:Sentence) REMOVE s.untouched"));
    expect(await snapshotGraph(graph.executor)).toEqual(before);
  });

  it("replaces an edited article in place and reports it as updated", async () => {
    await seedFiles(graph.executor, [japanFile!]);
    const shorter = writeArticle(dir, "japan-shorter.txt", withoutLastParagraph(japan));
    const report = await seedFiles(graph.executor, [shorter]);
    expect(report.articles.map((a) => [a.id, a.status])).toEqual([[JAPAN_ID, "updated"]]);
    const [edited] = await extractFiles([shorter]);
    const stored = await storedArticles(graph.executor);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: JAPAN_ID, contentHash: edited!.article.contentHash });
    expect(stored[0]).toMatchObject(expectedCounts(edited!));
    expect(await invariantViolations(graph.executor)).toEqual(NO_VIOLATIONS);
  });

  it("keeps two articles of one day whose headlines share their first four words, with readable ids", async () => {
    const otherTitle = "Japan seeks stronger cybersecurity cooperation with ASEAN partners";
    expect(articleId("2021-07-09", otherTitle)).toBe(JAPAN_ID);
    const other = writeArticle(
      dir,
      "japan-asean.txt",
      withTitle(withExtraParagraph(japan, "ASEAN ministers will meet in Jakarta next month."), otherTitle),
    );
    const report = await seedFiles(graph.executor, [japanFile!, other]);
    const [firstId, secondId] = report.articles.map((a) => a.id);
    expect(report.articles.map((a) => a.status)).toEqual(["created", "created"]);
    expect(firstId).toBe(JAPAN_ID);
    expect(secondId).toMatch(new RegExp(`^${JAPAN_ID}-[0-9a-f]{6}$`));
    expect(report.articles[1]?.warnings.join()).toMatch(/belongs to another article/);

    const extractions = await extractFiles([japanFile!, other]);
    const stored = await storedArticles(graph.executor);
    expect(stored.map((a) => a.id).sort()).toEqual([firstId, secondId].sort());
    for (const [i, id] of [firstId, secondId].entries()) {
      expect(stored.find((a) => a.id === id)).toMatchObject(expectedCounts(extractions[i]!));
    }
    // Everything of the second article hangs under its final id, nothing under the first's.
    const [ids] = await graph.executor.read<{ misplaced: number; relations: number }>({
      text: `MATCH (n) WHERE (n:Sentence OR n:Statement OR n:Event OR n:DateClaim) AND n.articleId = $id
             WITH count(CASE WHEN NOT n.id STARTS WITH $id + '/' THEN 1 END) AS misplaced
             MATCH (:Actor)-[r]->(:Actor) WHERE r.articleId = $id AND r.id STARTS WITH $id + '/'
               AND all(x IN r.statementIds + r.eventIds + r.sentenceIds WHERE x STARTS WITH $id + '/')
             RETURN misplaced, count(r) AS relations`,
      params: { id: secondId },
    });
    expect(ids).toEqual({ misplaced: 0, relations: extractions[1]!.relations.length });

    const again = await seedFiles(graph.executor, [other, japanFile!]);
    expect(again.articles.map((a) => [a.id, a.status])).toEqual([
      [secondId, "unchanged"],
      [firstId, "unchanged"],
    ]);
    expect(await invariantViolations(graph.executor)).toEqual(NO_VIOLATIONS);
  });

  it("keeps twenty distinct articles that would all have had one id", async () => {
    const files = Array.from({ length: 20 }, (_, i) =>
      writeArticle(
        dir,
        `twin-${String(i).padStart(2, "0")}.txt`,
        withTitle(japan, `Japan seeks stronger cybersecurity, report ${i}`),
      ),
    );
    const report = await seedFiles(graph.executor, files);
    const ids = report.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids[0]).toBe(JAPAN_ID);
    for (const id of ids.slice(1)) expect(id).toMatch(new RegExp(`^${JAPAN_ID}-[0-9a-f]{6}$`));
    expect(await storedArticles(graph.executor)).toHaveLength(20);
  });

  it("treats a URL as the article: a changed headline is an update under the same id", async () => {
    const url = "https://news.example.com/2021/07/09/japan-cyber";
    const first = writeArticle(
      dir,
      "japan-url.md",
      asMarkdown(japan, { title: titleOf(japan), date: "2021-07-09", url }),
    );
    const retitled = writeArticle(
      dir,
      "japan-url-retitled.md",
      asMarkdown(japan, {
        title: "Tokyo unveils cyber plan as Beijing objects",
        date: "2021-07-09",
        url: "http://www.news.example.com/2021/07/09/japan-cyber/?utm_source=feed",
      }),
    );
    expect((await seedFiles(graph.executor, [first])).articles[0]).toMatchObject({
      id: JAPAN_ID,
      status: "created",
    });
    expect((await seedFiles(graph.executor, [retitled])).articles[0]).toMatchObject({
      id: JAPAN_ID,
      status: "updated",
    });
    const [row] = await graph.executor.read<{ title: string; articles: number }>({
      text: "MATCH (a:Article) RETURN a.title AS title, count(*) AS articles",
      params: {},
    });
    expect(row).toEqual({ title: "Tokyo unveils cyber plan as Beijing objects", articles: 1 });

    // Another URL with the very same headline and date is another article.
    const elsewhere = writeArticle(
      dir,
      "japan-elsewhere.md",
      asMarkdown(japan, {
        title: titleOf(japan),
        date: "2021-07-09",
        url: "https://other.example.org/japan",
      }),
    );
    const third = await seedFiles(graph.executor, [elsewhere]);
    expect(third.articles[0]?.status).toBe("created");
    expect(third.articles[0]?.id).toMatch(new RegExp(`^${JAPAN_ID}-[0-9a-f]{6}$`));
  });

  it("keeps the ids of articles stored before identity keys, and finds them again", async () => {
    await seedFiles(graph.executor, [japanFile!]);
    // What a graph seeded by the previous version holds: the same id, no identity key, no fingerprint.
    await graph.executor.writeTransaction((tx) =>
      tx.run("MATCH (a:Article) REMOVE a.identityKey, a.extractionHash"),
    );
    const otherTitle = "Japan seeks stronger cybersecurity talks with Seoul";
    const other = writeArticle(dir, "japan-seoul.txt", withTitle(japan, otherTitle));
    const report = await seedFiles(graph.executor, [other, japanFile!]);
    expect(report.articles[0]?.id).toMatch(new RegExp(`^${JAPAN_ID}-[0-9a-f]{6}$`));
    expect(report.articles[0]?.status).toBe("created");
    // Found by the key given to it from its stored headline: same id; rewritten once to store its fingerprint.
    expect(report.articles[1]).toMatchObject({ id: JAPAN_ID, status: "updated" });
    expect((await storedById(JAPAN_ID))?.identityKey).toMatch(/^headline:2021-07-09:japan seeks/);
    const again = await seedFiles(graph.executor, [japanFile!]);
    expect(again.articles[0]).toMatchObject({ id: JAPAN_ID, status: "unchanged" });
  });

  it("lets concurrent ingests of one article and of colliding articles each land whole, once", async () => {
    await prepareIngest(graph.executor);
    const twins = [1, 2].map((i) =>
      writeArticle(dir, `race-${i}.txt`, withTitle(japan, `Japan seeks stronger cybersecurity, race ${i}`)),
    );
    const [first, ...others] = await extractFiles([japanFile!, ...twins]);
    const extractions = [first!, first!, ...others];
    const results = await Promise.all(extractions.map((e) => ingestExtraction(graph.executor, e)));
    expect(results.map((r) => r.status).sort()).toEqual(["created", "created", "created", "unchanged"]);
    expect(new Set(results.map((r) => r.id)).size).toBe(3);
    const stored = await storedArticles(graph.executor);
    expect(stored).toHaveLength(3);
    for (const [i, e] of extractions.entries()) {
      expect(stored.find((a) => a.id === results[i]?.id)).toMatchObject(expectedCounts(e));
    }
    expect(await invariantViolations(graph.executor)).toEqual(NO_VIOLATIONS);
  });
});
