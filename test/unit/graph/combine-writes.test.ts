import { describe, expect, it } from "vitest";
import { buildArticleWrites } from "../../../src/graph/cypher/article-writes.ts";
import { combineArticleWrites, runPerRow } from "../../../src/graph/cypher/combine-writes.ts";
import { seedBatchArticles } from "../../../src/graph/seed-stream.ts";
import { smallExtraction } from "./small-extraction.ts";

const q = (text: string, params: Record<string, unknown> = {}) => ({ text, params });

describe("runPerRow", () => {
  it("runs one text per parameter set, its parameters read from the row", () => {
    const query = runPerRow("MATCH (a:Article {id: $article.id}) SET a.n = $n", [
      { article: { id: "x" }, n: 1 },
      { article: { id: "y" }, n: 2 },
    ]);
    expect(query.text).toContain("UNWIND $perArticle AS perArticle\nCALL (perArticle) {");
    expect(query.text).toContain("MATCH (a:Article {id: perArticle.article.id}) SET a.n = perArticle.n");
    expect(query.params).toEqual({
      perArticle: [
        { article: { id: "x" }, n: 1 },
        { article: { id: "y" }, n: 2 },
      ],
    });
  });

  it("refuses a text that uses its row name, or a parameter some article lacks", () => {
    expect(() => runPerRow("RETURN $perArticle", [{ perArticle: 1 }])).toThrow(/perArticle/);
    expect(() => runPerRow("RETURN $a", [{ a: 1 }, {}])).toThrow(/\$a is missing/);
  });
});

describe("combineArticleWrites", () => {
  it("keeps every article's order when articles write different kinds of things", () => {
    const combined = combineArticleWrites([
      [q("A", { i: 1 }), q("C", { i: 1 })],
      [q("B", { i: 2 }), q("C", { i: 2 })],
      [q("A", { i: 3 }), q("B", { i: 3 }), q("C", { i: 3 })],
    ]);
    expect(combined.map((c) => c.text.split("\n").at(-2))).toEqual(["A", "B", "C"]);
    expect(combined.map((c) => (c.params.perArticle as { i: number }[]).map((p) => p.i))).toEqual([
      [1, 3],
      [2, 3],
      [1, 2, 3],
    ]);
  });

  it("refuses articles whose orders disagree", () => {
    expect(() =>
      combineArticleWrites([
        [q("A"), q("B")],
        [q("B"), q("A")],
      ]),
    ).toThrow(/order/);
  });

  it("combines two new articles into as many statements as one has", () => {
    const other = structuredClone(smallExtraction);
    other.article.id = "other-article";
    const one = buildArticleWrites(smallExtraction, undefined, { create: true });
    const two = combineArticleWrites([one, buildArticleWrites(other, undefined, { create: true })]);
    expect(two).toHaveLength(one.length);
    expect(two.every((c) => !c.text.includes("$article") && c.text.includes("$perArticle"))).toBe(true);
  });
});

describe("SEED_BATCH_ARTICLES", () => {
  it("defaults to 50 and takes a whole number from 1 to 100", () => {
    expect(seedBatchArticles(undefined)).toBe(50);
    expect(seedBatchArticles("1")).toBe(1);
    for (const bad of ["0", "101", "2.5", "many"]) {
      expect(() => seedBatchArticles(bad)).toThrow(
        /SEED_BATCH_ARTICLES must be a whole number from 1 to 100/,
      );
    }
  });
});
