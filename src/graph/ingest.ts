// The one path by which an extracted article enters the graph (the seed uses it; so will any other
// ingest). Deciding the id needs the database, so the look-up and the writes share one write
// transaction: an article is stored wholly in its old or wholly in its new version, never between.
import { Neo4jError } from "neo4j-driver";
import type { Extraction } from "../extract/types.ts";
import { applySchema } from "./apply-schema.ts";
import { articleIdentityKey, candidateArticleIds } from "./article-identity.ts";
import { lookupArticleIdentity, type StoredIdentity } from "./cypher/article-identity.ts";
import { buildArticleWrites } from "./cypher/article-writes.ts";
import { decideArticle, type IngestStatus } from "./decide-article.ts";
import type { CypherExecutor } from "./executor.ts";
import { backfillIdentityKeys } from "./identity-backfill.ts";
import { extractionFingerprint, withArticleId } from "./with-article-id.ts";

export type { IngestStatus } from "./decide-article.ts";

export interface ArticleCounts {
  sentences: number;
  actors: number;
  statements: number;
  events: number;
  dateClaims: number;
  relations: number;
}

export interface IngestResult {
  /** The id the article is stored under (not always `extraction.article.id`). */
  id: string;
  status: IngestStatus;
  title: string;
  counts: ArticleCounts;
  warnings: string[];
}

export function countsOf(extraction: Extraction): ArticleCounts {
  return {
    sentences: extraction.sentences.length,
    actors: extraction.actors.length,
    statements: extraction.statements.length,
    events: extraction.events.length,
    dateClaims: extraction.events.reduce((sum, event) => sum + event.dates.length, 0),
    relations: extraction.relations.length,
  };
}

/** Run once before ingesting: constraints and indexes, and identity keys for articles stored without one. */
export async function prepareIngest(executor: CypherExecutor): Promise<string[]> {
  await applySchema(executor);
  return backfillIdentityKeys(executor);
}

/**
 * Two concurrent ingests may both see an id or identity as free; the uniqueness constraints make the
 * later commit fail. Run again, it sees the winner and decides anew (updated, unchanged, or another id).
 */
async function retryOnRace<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const race =
        error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
      if (!race || attempt >= attempts) throw error;
    }
  }
}

/** Stores one article: created, updated (a new version of the same article) or unchanged (not rewritten). */
export async function ingestExtraction(
  executor: CypherExecutor,
  extraction: Extraction,
): Promise<IngestResult> {
  const incoming = {
    readableId: extraction.article.id,
    identityKey: articleIdentityKey(extraction.article),
    contentHash: extraction.article.contentHash,
    extractionHash: extractionFingerprint(extraction),
  };
  const decision = await retryOnRace(() =>
    executor.writeTransaction(async (tx) => {
      const candidates = candidateArticleIds(incoming.readableId, incoming.identityKey);
      const lookup = lookupArticleIdentity(incoming.identityKey, candidates);
      const result = await tx.run(lookup.text, lookup.params);
      const decided = decideArticle(incoming, result.records[0]?.toObject() as StoredIdentity);
      if (decided.status === "unchanged") return decided;
      const placed = withArticleId(extraction, decided.id);
      const stamp = { identityKey: incoming.identityKey, extractionHash: incoming.extractionHash };
      const writes = buildArticleWrites(placed, stamp, { create: decided.status === "created" });
      for (const query of writes) await tx.run(query.text, query.params);
      return decided;
    }),
  );
  const warnings = decision.readableIdTakenBy
    ? [`id ${incoming.readableId} belongs to another article; stored as ${decision.id}`]
    : [];
  return {
    id: decision.id,
    status: decision.status,
    title: extraction.article.title,
    counts: countsOf(extraction),
    warnings,
  };
}
