import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/extract/types.ts";
import { SCHEMA_FILE, splitCypherScript } from "../../../src/graph/apply-schema.ts";
import {
  ACTOR_LABELS,
  buildArticleWrites,
  RELATION_TYPES,
  referencedActorIds,
} from "../../../src/graph/cypher/article-writes.ts";
import { smallExtraction } from "./small-extraction.ts";

describe("buildArticleWrites", () => {
  const queries = buildArticleWrites(smallExtraction);

  it("keeps every value out of the query text", () => {
    const values = ["Ruritania", "Anna Zed", "country:rr", "we object", "2024-01-02", "person:anna-zed"];
    for (const query of queries) {
      for (const value of values) expect(query.text).not.toContain(value);
    }
  });

  it("clears the article's earlier writes first and removes orphaned actors last", () => {
    expect(queries[0]?.text).toMatch(/DETACH DELETE/);
    expect(queries[0]?.params).toMatchObject({ articleId: smallExtraction.article.id });
    expect(queries.at(-1)?.text).toMatch(/NOT \(a\)--\(\) DELETE a/);
  });

  it("clears nothing for a new article, and checks only the actors it names for orphans", () => {
    const created = buildArticleWrites(smallExtraction, undefined, { create: true });
    expect(created.some((q) => /DELETE n|DELETE r/.test(q.text))).toBe(false);
    expect(created[0]?.text).toMatch(/^CREATE \(a:Article/);
    expect(created.at(-1)?.params).toEqual({ actorIds: referencedActorIds(smallExtraction) });
    expect(referencedActorIds(smallExtraction)).toEqual(
      expect.arrayContaining(smallExtraction.actors.map((a) => a.id)),
    );
  });

  it("finds an updated article's relations through one articleId index per relation type", () => {
    const statements = splitCypherScript(readFileSync(SCHEMA_FILE, "utf8"));
    for (const type of RELATION_TYPES) {
      expect(statements).toContain(
        `CREATE INDEX ${type.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.articleId)`,
      );
    }
  });

  it("writes every relation kind through one statement, the type a checked value of each row", () => {
    const relationQueries = queries.filter((q) => q.text.includes("CREATE (a)-[:$(row.kind) {id: row.id"));
    expect(relationQueries).toHaveLength(1);
    const rows = (relationQueries[0]?.params.relations ?? []) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.kind)).toEqual(smallExtraction.relations.map((r) => r.kind));
    for (const row of rows) expect(RELATION_TYPES).toContain(row.kind);
  });

  it("merges every actor kind through one statement, the label a checked value of each row", () => {
    const merges = queries.filter((q) => q.text.includes("SET n:$(row.label)"));
    expect(merges).toHaveLength(1);
    const rows = (merges[0]?.params.actors ?? []) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.label)).toEqual(smallExtraction.actors.map((a) => a.kind));
    for (const row of rows) expect(ACTOR_LABELS).toContain(row.label);
  });

  it("refuses an actor kind outside the closed set instead of writing it as a label", () => {
    const bad = structuredClone(smallExtraction) as Extraction;
    (bad.actors[0] as { kind: string }).kind = "Admin";
    expect(() => buildArticleWrites(bad)).toThrowError(/Unknown actor label "Admin"/);
  });

  it("orders the event by its earliest date claim and flags the conflict", () => {
    const eventQuery = queries.find((q) => q.text.includes("CREATE (ev:Event"));
    const [row] = (eventQuery?.params.events ?? []) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ date: "2024-01", datePrecision: "month", dateConflict: true });
  });

  it("gives each relationship its article's date and, parallel to its event ids, its events' dates", () => {
    const extraction = structuredClone(smallExtraction) as Extraction;
    const relation = extraction.relations[0];
    if (!relation) throw new Error("no relation in the small extraction");
    relation.eventIds = [...relation.eventIds, `${extraction.article.id}/event/missing`];
    const query = buildArticleWrites(extraction).find((q) => q.text.includes("[:$(row.kind) "));
    const [row] = (query?.params.relations ?? []) as Array<Record<string, unknown>>;
    // The event's earliest claim, as its own node stores it; null (the article's date, in Cypher) when unknown.
    expect(row?.eventDates).toEqual(["2024-01", null]);
    expect(query?.params.publishedAt).toBe(extraction.article.publishedAt);
    expect(query?.text).toContain("published: published");
    expect(query?.text).toContain("eventDates: [d IN row.eventDates | coalesce(d, published)]");
  });

  it("refuses a relation kind outside the closed set instead of writing it into Cypher", () => {
    const bad = structuredClone(smallExtraction) as Extraction;
    (bad.relations[0] as { kind: string }).kind = "LIKES]->(x) DETACH DELETE x //";
    expect(() => buildArticleWrites(bad)).toThrowError(/Unknown relation kind "LIKES/);
  });
});

describe("splitCypherScript", () => {
  it("drops comments and splits on semicolons", () => {
    expect(splitCypherScript("// a comment\nCREATE INDEX a;\n\nCREATE INDEX b\nFOR (n);\n")).toEqual([
      "CREATE INDEX a",
      "CREATE INDEX b\nFOR (n)",
    ]);
  });
});
