import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/extract/index.ts";
import { loadGoldSet, loadSecondAnnotations, SET_NAMES } from "../../../src/quality/sets.ts";
import { ROOT } from "../extract/helpers.ts";

describe.each(SET_NAMES)("gold set %s", (set) => {
  const articles = loadGoldSet(ROOT, set);

  it("has articles whose parsed id is the gold id (parsing only, no extraction)", () => {
    expect(articles.length).toBeGreaterThanOrEqual(set === "fixtures" ? 7 : 12);
    for (const { gold, text } of articles) expect(parseArticle(text, gold.source).id).toBe(gold.articleId);
  });

  it("quotes statements verbatim (in the corpus) and only names annotated entities", () => {
    for (const { gold, text } of articles) {
      const body = parseArticle(text, gold.source).body;
      const ids = new Set(gold.entities.map((e) => e.id));
      for (const s of gold.statements) {
        // The older fixtures paraphrase some statements; the corpus copies every text from the article.
        if (set !== "fixtures") expect(body, gold.articleId).toContain(s.text);
        expect(ids.has(s.speakerId), `${gold.articleId} ${s.speakerId}`).toBe(true);
      }
      for (const r of gold.relations)
        expect([ids.has(r.sourceId), ids.has(r.targetId)], `${gold.articleId} ${r.kind}`).toEqual([
          true,
          true,
        ]);
    }
  });
});

describe("second annotations", () => {
  const articles = loadSecondAnnotations(ROOT);

  it("annotate corpus articles, quote them verbatim and only name their own entities", () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    for (const { gold, second, text } of articles) {
      expect(second.source, second.articleId).toBe(gold.source);
      const body = parseArticle(text, gold.source).body;
      const ids = new Set(second.entities.map((e) => e.id));
      for (const s of second.statements) {
        expect(body, second.articleId).toContain(s.text);
        expect(ids.has(s.speakerId), `${second.articleId} ${s.speakerId}`).toBe(true);
      }
      for (const r of second.relations)
        expect([ids.has(r.sourceId), ids.has(r.targetId)], `${second.articleId} ${r.kind}`).toEqual([
          true,
          true,
        ]);
    }
  });
});

describe("loading a gold set", () => {
  it("names the file that is not JSON or whose article is missing", () => {
    const root = `${mkdtempSync(`${tmpdir()}/gold-`)}/`;
    mkdirSync(`${root}test/corpus/dev/gold`, { recursive: true });
    writeFileSync(`${root}test/corpus/dev/gold/x.json`, "{ not json");
    expect(() => loadGoldSet(root, "dev")).toThrow(/test\/corpus\/dev\/gold\/x\.json is not valid JSON/);
    writeFileSync(`${root}test/corpus/dev/gold/x.json`, JSON.stringify({ source: "nowhere.txt" }));
    expect(() => loadGoldSet(root, "dev")).toThrow(/x\.json names a missing article "nowhere.txt"/);
    expect(() => loadGoldSet(root, "blind")).toThrow(/no gold directory test\/corpus\/blind\/gold/);
  });

  it("names a second annotation whose article has no corpus gold", () => {
    const root = `${mkdtempSync(`${tmpdir()}/gold-`)}/`;
    expect(() => loadSecondAnnotations(root)).toThrow(/no directory test\/corpus\/agreement\//);
    mkdirSync(`${root}test/corpus/agreement`, { recursive: true });
    writeFileSync(`${root}a.txt`, "text");
    writeFileSync(`${root}test/corpus/agreement/a.json`, JSON.stringify({ articleId: "a", source: "a.txt" }));
    expect(() => loadSecondAnnotations(root)).toThrow(
      /agreement\/a\.json annotates a, which has no gold in dev or blind/,
    );
  });
});
