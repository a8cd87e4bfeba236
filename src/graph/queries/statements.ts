// The root statement list, filtered by speaker, subject and kind.
import type { CypherQuery } from "../executor.ts";
import { rootPage } from "./paging.ts";
import { statementProjection } from "./projections.ts";
import { FULL_SHAPE, type PageWindow, type StatementShape } from "./records.ts";

export interface StatementFilter {
  speaker?: string | null;
  about?: string | null;
  /** Stored kind: `quote` or `paraphrase`. */
  kind?: string | null;
}

export function listStatements(
  filter: StatementFilter,
  window: PageWindow,
  shape: StatementShape = FULL_SHAPE.statement,
): CypherQuery {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  let match = "MATCH (s:Statement)";
  if (filter.speaker) {
    match = "MATCH (:Actor {id: $speaker})-[:SAID]->(s:Statement)";
    params.speaker = filter.speaker;
  }
  if (filter.about) {
    where.push("EXISTS { (s)-[:ABOUT]->(:Actor {id: $about}) }");
    params.about = filter.about;
  }
  if (filter.kind) {
    where.push("s.kind = $kind");
    params.kind = filter.kind;
  }
  return rootPage(
    {
      match: `${match}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`,
      count: "s",
      carry: "s",
      orderBy: "s.articleId, coalesce(s.start, 0), s.id",
      item: statementProjection("s", shape),
    },
    window,
    params,
  );
}
