// The one path by which an extracted article enters the graph: `ingestExtraction` for one (the HTTP
// ingest), `ingestExtractions` for many (the seed), both through `writeBatch`. Deciding the id needs
// the database, so the look-up and the writes share one write transaction: an article is stored
// wholly in its old or wholly in its new version, never between.
import { type ManagedTransaction, Neo4jError } from "neo4j-driver";
import type { Extraction } from "../extract/types.ts";
import { applySchema } from "./apply-schema.ts";
import { articleIdentityKey, candidateArticleIds } from "./article-identity.ts";
import { lookupArticleIdentities, type StoredIdentity } from "./cypher/article-identity.ts";
import { buildArticleWrites } from "./cypher/article-writes.ts";
import { combineArticleWrites } from "./cypher/combine-writes.ts";
import { type ArticleDecision, decideArticle, type Incoming, type IngestStatus } from "./decide-article.ts";
import { databaseFailure } from "./errors.ts";
import type { CypherExecutor, CypherQuery } from "./executor.ts";
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

interface Pending {
  extraction: Extraction;
  incoming: Incoming;
}

function pendingOf(extraction: Extraction): Pending {
  return {
    extraction,
    incoming: {
      readableId: extraction.article.id,
      identityKey: articleIdentityKey(extraction.article),
      contentHash: extraction.article.contentHash,
      extractionHash: extractionFingerprint(extraction),
    },
  };
}

const candidatesOf = ({ incoming }: Pending) =>
  candidateArticleIds(incoming.readableId, incoming.identityKey);

/**
 * The queries that store the decided articles, in article order. Consecutive new articles share
 * statements; an update stands alone where it is, since its clear may delete actors an article
 * before or after it links to.
 */
function batchWrites(batch: Pending[], decisions: ArticleDecision[]): CypherQuery[] {
  const queries: CypherQuery[] = [];
  let created: CypherQuery[][] = [];
  const endRun = () => {
    if (created.length > 0) queries.push(...combineArticleWrites(created));
    created = [];
  };
  for (const [i, { extraction, incoming }] of batch.entries()) {
    const decided = decisions[i] as ArticleDecision;
    if (decided.status === "unchanged") continue;
    const stamp = { identityKey: incoming.identityKey, extractionHash: incoming.extractionHash };
    const create = decided.status === "created";
    const writes = buildArticleWrites(withArticleId(extraction, decided.id), stamp, { create });
    if (create) created.push(writes);
    else {
      endRun();
      queries.push(...writes);
    }
  }
  endRun();
  return queries;
}

/**
 * Decides and writes a batch inside one transaction: one look-up for all, then every write sent
 * without waiting for the one before (the server runs them in order; the first failure fails the
 * transaction). The batch's articles must not share an identity key or a candidate id.
 */
async function writeBatch(tx: ManagedTransaction, batch: Pending[]): Promise<ArticleDecision[]> {
  const lookup = lookupArticleIdentities(
    batch.map((pending) => ({
      identityKey: pending.incoming.identityKey,
      candidates: candidatesOf(pending),
    })),
  );
  const stored = (await tx.run(lookup.text, lookup.params)).records.map(
    (r) => r.toObject() as StoredIdentity,
  );
  const decisions = batch.map(({ incoming }, i) => decideArticle(incoming, stored[i] as StoredIdentity));
  const results = batchWrites(batch, decisions).map((query) => tx.run(query.text, query.params));
  // Wait for all: a rejection left unobserved would outlive the transaction.
  const settled = await Promise.allSettled(results.map((result) => result.summary()));
  const failed = settled.find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
  return decisions;
}

function resultOf({ extraction, incoming }: Pending, decision: ArticleDecision): IngestResult {
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

/** Stores one article: created, updated (a new version of the same article) or unchanged (not rewritten). */
export async function ingestExtraction(
  executor: CypherExecutor,
  extraction: Extraction,
): Promise<IngestResult> {
  const pending = pendingOf(extraction);
  const [decision] = await retryOnRace(() => executor.writeTransaction((tx) => writeBatch(tx, [pending])));
  return resultOf(pending, decision as ArticleDecision);
}

/** Splits articles, in order, into batches of at most `size` with no identity key or candidate id in common. */
function conflictFreeBatches(pending: Pending[], size: number): Pending[][] {
  const batches: Pending[][] = [];
  let batch: Pending[] = [];
  let names = new Set<string>();
  for (const item of pending) {
    const own = [item.incoming.identityKey, ...candidatesOf(item)];
    if (batch.length >= size || own.some((name) => names.has(name))) {
      batches.push(batch);
      batch = [];
      names = new Set();
    }
    batch.push(item);
    for (const name of own) names.add(name);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };

/** At most this many articles share a transaction. */
export const MAX_BATCH_ARTICLES = 100;

/**
 * Stores several articles, in order, a batch per transaction: each article is still wholly stored
 * or not at all. A batch that fails (a bad article, or a concurrent ingest of the same article) is
 * stored again article by article, so one bad article costs only itself. A database that is down
 * or too slow stops it (thrown); any other failure is that article's outcome.
 */
export async function ingestExtractions(
  executor: CypherExecutor,
  extractions: Extraction[],
  batchSize = MAX_BATCH_ARTICLES,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const batch of conflictFreeBatches(extractions.map(pendingOf), batchSize)) {
    try {
      const decisions = await executor.writeTransaction((tx) => writeBatch(tx, batch));
      for (const [i, pending] of batch.entries())
        outcomes.push({ ok: true, result: resultOf(pending, decisions[i] as ArticleDecision) });
    } catch (error) {
      if (databaseFailure(error)) throw error;
      for (const { extraction } of batch) outcomes.push(await ingestAlone(executor, extraction));
    }
  }
  return outcomes;
}

async function ingestAlone(executor: CypherExecutor, extraction: Extraction): Promise<IngestOutcome> {
  try {
    return { ok: true, result: await ingestExtraction(executor, extraction) };
  } catch (error) {
    if (databaseFailure(error)) throw error;
    return { ok: false, error };
  }
}
