// Whole-graph checks shared by the identity and the SIGKILL tests: a canonical snapshot, per-article
// counts as stored, and the structural invariants no committed state may break.
import type { Extraction } from "../../src/extract/types.ts";
import type { CypherExecutor } from "../../src/graph/executor.ts";

/** Canonical JSON: object keys sorted, so equal graphs give equal strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Every node and relationship with its labels/type and properties, sorted: two equal snapshots are one graph. */
export async function snapshotGraph(executor: CypherExecutor): Promise<string[]> {
  const nodes = await executor.read({
    text: "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
    params: {},
  });
  const relationships = await executor.read({
    text: "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props",
    params: {},
  });
  return [...nodes, ...relationships].map(canonical).sort();
}

export interface StoredArticle {
  id: string;
  identityKey: string;
  contentHash: string;
  sentences: number;
  mentions: number;
  statements: number;
  events: number;
  dateClaims: number;
  relations: number;
}

export type ArticleCountsOnly = Omit<StoredArticle, "id" | "identityKey" | "contentHash">;

export function expectedCounts(extraction: Extraction): ArticleCountsOnly {
  return {
    sentences: extraction.sentences.length,
    mentions: extraction.actors.reduce((sum, actor) => sum + actor.mentions.length, 0),
    statements: extraction.statements.length,
    events: extraction.events.length,
    dateClaims: extraction.events.reduce((sum, event) => sum + event.dates.length, 0),
    relations: extraction.relations.length,
  };
}

export async function storedArticles(executor: CypherExecutor): Promise<StoredArticle[]> {
  return executor.read<StoredArticle & Record<string, unknown>>({
    text: `MATCH (a:Article)
RETURN a.id AS id, a.identityKey AS identityKey, a.contentHash AS contentHash,
  COUNT { (a)-[:HAS_SENTENCE]->(:Sentence) } AS sentences,
  COUNT { MATCH (:Actor)-[m:MENTIONED_IN]->(:Sentence) WHERE m.articleId = a.id } AS mentions,
  COUNT { MATCH (s:Statement) WHERE s.articleId = a.id } AS statements,
  COUNT { MATCH (e:Event) WHERE e.articleId = a.id } AS events,
  COUNT { MATCH (d:DateClaim) WHERE d.articleId = a.id } AS dateClaims,
  COUNT { MATCH (:Actor)-[r]->(:Actor) WHERE r.articleId = a.id } AS relations
ORDER BY id`,
    params: {},
  });
}

/** Counts of facts that break an invariant; every value must be 0 in any committed state. */
export async function invariantViolations(executor: CypherExecutor): Promise<Record<string, number>> {
  const [row] = await executor.read<Record<string, number>>({
    text: `CALL () {
  MATCH (n) WHERE (n:Sentence OR n:Statement OR n:Event OR n:DateClaim)
    AND NOT EXISTS { MATCH (a:Article) WHERE a.id = n.articleId }
  RETURN count(n) AS withoutArticle }
CALL () {
  MATCH (s:Sentence) WHERE NOT EXISTS { MATCH (a:Article)-[:HAS_SENTENCE]->(s) WHERE a.id = s.articleId }
  RETURN count(s) AS sentenceUnlinked }
CALL () {
  MATCH (s:Statement) WHERE NOT EXISTS { (:Actor)-[:SAID]->(s) } RETURN count(s) AS statementWithoutSpeaker }
CALL () {
  MATCH (s:Statement) WHERE NOT EXISTS { MATCH (s)-[:EVIDENCED_BY]->(e:Sentence) WHERE e.articleId = s.articleId }
  RETURN count(s) AS statementWithoutEvidence }
CALL () {
  MATCH (e:Event) WHERE NOT EXISTS { MATCH (e)-[:EVIDENCED_BY]->(s:Sentence) WHERE s.articleId = e.articleId }
  RETURN count(e) AS eventWithoutEvidence }
CALL () {
  MATCH (d:DateClaim) WHERE NOT EXISTS { (:Event)-[:HAS_DATE_CLAIM]->(d) } OR NOT EXISTS { (d)-[:EVIDENCED_BY]->(:Sentence) }
  RETURN count(d) AS dateClaimUnlinked }
CALL () {
  MATCH (:Actor)-[r]->(:Actor) WHERE NOT EXISTS { MATCH (a:Article) WHERE a.id = r.articleId }
  RETURN count(r) AS relationWithoutArticle }
CALL () {
  MATCH (a:Article) WHERE a.identityKey IS NULL OR a.contentHash IS NULL RETURN count(a) AS articleUnstamped }
RETURN *`,
    params: {},
  });
  return row ?? {};
}

export const NO_VIOLATIONS = {
  withoutArticle: 0,
  sentenceUnlinked: 0,
  statementWithoutSpeaker: 0,
  statementWithoutEvidence: 0,
  eventWithoutEvidence: 0,
  dateClaimUnlinked: 0,
  relationWithoutArticle: 0,
  articleUnstamped: 0,
};
