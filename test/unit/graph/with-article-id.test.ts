import { describe, expect, it } from "vitest";
import { buildArticleWrites } from "../../../src/graph/cypher/article-writes.ts";
import { extractionFingerprint, withArticleId } from "../../../src/graph/with-article-id.ts";
import { smallExtraction } from "./small-extraction.ts";

const oldId = smallExtraction.article.id;
const newId = `${oldId}-a1b2c3`;

describe("withArticleId", () => {
  const moved = withArticleId(smallExtraction, newId);

  it("moves every article-scoped id, and the ids relations point at, under the new id", () => {
    expect(moved.article.id).toBe(newId);
    const ids = [
      ...moved.statements.map((s) => s.id),
      ...moved.events.map((e) => e.id),
      ...moved.relations.flatMap((r) => [r.id, ...r.statementIds, ...r.eventIds]),
    ];
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(id.startsWith(`${newId}/`)).toBe(true);
  });

  it("leaves global ids and the original extraction alone", () => {
    expect(moved.actors).toEqual(smallExtraction.actors);
    expect(smallExtraction.statements[0]?.id.startsWith(`${oldId}/`)).toBe(true);
  });

  it("makes the writer put sentences, date claims and relations under the new id only", () => {
    const params = JSON.stringify(buildArticleWrites(moved).map((q) => q.params));
    expect(params).toContain(`${newId}/sentence/0`);
    expect(params).toContain(`${newId}/event/`);
    expect(params).not.toMatch(new RegExp(`${oldId}[/"]`));
  });
});

describe("extractionFingerprint", () => {
  it("does not depend on the article id, but on every extracted fact", () => {
    const fingerprint = extractionFingerprint(smallExtraction);
    expect(extractionFingerprint(withArticleId(smallExtraction, newId))).toBe(fingerprint);
    const edited = structuredClone(smallExtraction);
    edited.statements[0]!.verb = "shouted";
    expect(extractionFingerprint(edited)).not.toBe(fingerprint);
  });
});
