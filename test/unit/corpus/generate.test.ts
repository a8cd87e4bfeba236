import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../src/corpus/generate.ts";
import { FAMILY_NAMES } from "../../../src/corpus/names.ts";
import { extractFromText } from "../../../src/extract/index.ts";

describe("generateCorpus", () => {
  const corpus = generateCorpus(60);

  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateCorpus(60)).toEqual(corpus);
    expect(generateCorpus(60, 2).map((a) => a.text)).not.toEqual(corpus.map((a) => a.text));
  });

  it("gives distinct headlines and file names", () => {
    const titles = corpus.map((a) => a.text.split("\n")[0]);
    expect(new Set(titles).size).toBe(60);
    expect(new Set(corpus.map((a) => a.fileName)).size).toBe(60);
  });

  it("spreads publication dates over a decade", () => {
    const years = corpus.map((a) => Number(a.fileName.slice(0, 4)));
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2024);
  });

  it("makes articles the extractor reads, with generated people and rotated countries", () => {
    const countries = new Set<string>();
    for (const article of corpus.slice(0, 16)) {
      const extraction = extractFromText(article.text, article.fileName);
      const people = extraction.actors.filter((a) => a.kind === "Person");
      expect(people.length).toBeGreaterThan(0);
      for (const person of people) {
        expect(FAMILY_NAMES).toContain(person.name.split(" ").at(-1));
      }
      expect(extraction.statements.length).toBeGreaterThan(0);
      for (const actor of extraction.actors) if (actor.kind === "Country") countries.add(actor.id);
    }
    expect(countries.size).toBeGreaterThan(20);
  });
});
