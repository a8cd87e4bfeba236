import { describe, expect, it } from "vitest";
import { candidateArticleIds } from "../../../src/graph/article-identity.ts";
import { decideArticle } from "../../../src/graph/decide-article.ts";

const incoming = {
  readableId: "2024-01-02-ruritania-objects-to-border",
  identityKey: "headline:2024-01-02:ruritania objects to border fence",
  contentHash: "c1",
  extractionHash: "e1",
};
const nothingStored = { id: null, contentHash: null, extractionHash: null, taken: [] };
const [readable, short, longer] = candidateArticleIds(incoming.readableId, incoming.identityKey);

describe("decideArticle", () => {
  it("creates a new article under its readable id when that id is free", () => {
    expect(decideArticle(incoming, nothingStored)).toEqual({ id: readable, status: "created" });
  });

  it("adds a short disambiguator only when the readable id belongs to another article", () => {
    const decided = decideArticle(incoming, { ...nothingStored, taken: [incoming.readableId] });
    expect(decided).toEqual({ id: short, status: "created", readableIdTakenBy: "another article" });
    expect(decided.id).toMatch(/^2024-01-02-ruritania-objects-to-border-[0-9a-f]{6}$/);
    expect(decideArticle(incoming, { ...nothingStored, taken: [readable!, short!] }).id).toBe(longer);
  });

  it("keeps the stored id of the same article, whatever its readable id is now", () => {
    const stored = {
      id: "2024-01-01-old-headline-words",
      contentHash: "c0",
      extractionHash: "e0",
      taken: [],
    };
    expect(decideArticle(incoming, stored)).toEqual({ id: stored.id, status: "updated" });
  });

  it("is unchanged only when both the file and what is extracted from it are the same", () => {
    const stored = { id: readable!, contentHash: "c1", extractionHash: "e1", taken: [readable!] };
    expect(decideArticle(incoming, stored).status).toBe("unchanged");
    expect(decideArticle(incoming, { ...stored, contentHash: "c0" }).status).toBe("updated");
    // Same file, but the extractor now finds other facts (or the article predates fingerprints).
    expect(decideArticle(incoming, { ...stored, extractionHash: null }).status).toBe("updated");
  });

  it("refuses rather than overwrite when every candidate id is taken", () => {
    const taken = candidateArticleIds(incoming.readableId, incoming.identityKey);
    expect(() => decideArticle(incoming, { ...nothingStored, taken })).toThrow(/No free id/);
  });
});
