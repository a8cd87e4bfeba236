import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/extract/types.ts";
import { failures, type Gold, KINDS, scoreExtraction, textOverlap } from "../../../src/quality/score.ts";
import { extractFile, ROOT, SEED_FILE } from "../extract/helpers.ts";

const gold = (id: string): Gold => JSON.parse(readFileSync(`${ROOT}test/gold/${id}.json`, "utf8")) as Gold;

describe("seed article quality", () => {
  const scores = scoreExtraction(
    extractFile(SEED_FILE),
    gold("2021-07-09-japan-seeks-stronger-cybersecurity"),
  );
  it.each(KINDS)("%s: recall 1.0 and precision ≥ 0.9", (kind) => {
    expect(scores[kind].recall).toBe(1);
    expect(scores[kind].precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe("every gold file", () => {
  const files = readdirSync(`${ROOT}test/gold/`).filter((f) => f.endsWith(".json"));
  it("names an article that extracts to the same id and passes its thresholds", () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const g = gold(f.replace(/\.json$/, ""));
      const x = extractFile(g.source);
      expect(x.article.id).toBe(g.articleId);
      expect(failures(scoreExtraction(x, g), { precision: 0.8, recall: 0.8, ...g.thresholds })).toEqual([]);
    }
  });
});

describe("scoring rules", () => {
  const empty: Extraction = {
    article: { id: "a", title: "t", publishedAt: "2021-01-01", body: "", contentHash: "" },
    sentences: [],
    actors: [],
    statements: [],
    events: [],
    relations: [],
  };
  const base: Gold = { articleId: "a", source: "", entities: [], statements: [], events: [], relations: [] };

  it("measures text overlap against the longer text", () => {
    expect(textOverlap("groundless slander", "“groundless slander”")).toBe(1);
    expect(textOverlap("Russia is also", "Russia is also suspected to be involved")).toBeLessThan(0.5);
  });

  it("matches symmetric relations in either direction and counts duplicates as false positives", () => {
    const rel = (kind: Extraction["relations"][number]["kind"], s: string, t: string) => ({
      id: "r",
      kind,
      sourceId: s,
      targetId: t,
      statementIds: [],
      eventIds: [],
      evidence: [],
    });
    const x = {
      ...empty,
      relations: [rel("ALLIED_WITH", "b", "a"), rel("ACCUSES", "b", "a"), rel("ACCUSES", "a", "b")],
    };
    const s = scoreExtraction(x, {
      ...base,
      relations: [
        { kind: "ALLIED_WITH", sourceId: "a", targetId: "b" },
        { kind: "ACCUSES", sourceId: "a", targetId: "b" },
      ],
    }).relations;
    expect([s.matched, s.precision, s.recall]).toEqual([2, 2 / 3, 1]);
    expect(s.spurious).toEqual(["ACCUSES b → a"]);
  });

  it("matches events by type, CAMEO root and every gold date", () => {
    const ev = (type: string, cameo: string, dates: string[]) => ({
      id: "e",
      type,
      label: "",
      cameo,
      cameoLabel: "",
      plover: "",
      status: "planned" as const,
      dates: dates.map((value) => ({
        value,
        precision: "month" as const,
        evidence: { start: 0, end: 0, sentence: 0, text: "" },
      })),
      participants: [],
      evidence: [],
    });
    const x = {
      ...empty,
      events: [ev("meeting", "036", ["2021-09"]), ev("meeting", "040", ["2021-09", "2021-07"])],
    };
    const s = scoreExtraction(x, {
      ...base,
      events: [{ type: "meeting", cameo: "040", dates: ["2021-07"] }],
    }).events;
    expect([s.matched, s.predicted]).toEqual([1, 2]);
    expect(s.spurious[0]).toContain("036");
  });

  it("reports an empty extraction as zero recall", () => {
    const s = scoreExtraction(empty, { ...base, entities: [{ id: "country:jp" }] });
    expect([s.entities.recall, s.entities.precision, s.statements.recall]).toEqual([0, 0, 1]);
    expect(failures(s, { precision: 0.5, recall: 0.5 })).toContain("entities: recall 0.00 < 0.5");
  });
});
