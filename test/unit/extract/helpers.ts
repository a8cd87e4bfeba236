// Shared fixtures for the extraction unit tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityDoc } from "../../../src/extract/doc.ts";
import { extractEntities } from "../../../src/extract/entities/entities.ts";
import { extractFromText } from "../../../src/extract/index.ts";
import { loadKnowledge } from "../../../src/extract/knowledge/knowledge.ts";
import { findQuotes } from "../../../src/extract/speech/quotes.ts";
import { splitSentences } from "../../../src/extract/text/sentences.ts";
import type { Extraction } from "../../../src/extract/types.ts";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const SEED_FILE = "seed/articles/2021-07-09-japan-cybersecurity-strategy-china-response.txt";
export const FIXTURE_FILE = "test/fixtures/articles/2022-03-17-kenya-recalls-ambassador-somalia.txt";

export const readRepoFile = (path: string): string => readFileSync(`${ROOT}${path}`, "utf8");

const cache = new Map<string, Extraction>();
export function extractFile(path: string): Extraction {
  let x = cache.get(path);
  if (!x) {
    x = extractFromText(readRepoFile(path), path);
    cache.set(path, x);
  }
  return x;
}

/** Entity-level view of a bare body text (no header), published on `publishedAt`. */
export function entityDoc(body: string, publishedAt = "2021-07-09"): EntityDoc {
  return extractEntities({
    body,
    publishedAt,
    sentences: splitSentences(body),
    quotes: findQuotes(body),
    knowledge: loadKnowledge(),
  }).doc;
}

/** A full extraction of a bare body under a minimal header. */
export function extractBody(body: string, date = "July 09, 2021"): Extraction {
  return extractFromText(`Test article\n\n${date} | 1 minutes read\n\n${body}`);
}

/** "source>target" of the relations of one kind, sorted, for order-free comparisons. */
export const relationPairs = (x: Extraction, kind: string): string[] =>
  x.relations
    .filter((r) => r.kind === kind)
    .map((r) => `${r.sourceId}>${r.targetId}`)
    .sort();

/** "KIND source>target" of the stance relations (accuses, criticises, threatens), sorted. */
export const stancePairs = (x: Extraction): string[] =>
  x.relations
    .filter((r) => ["ACCUSES", "CRITICIZES", "THREATENS"].includes(r.kind))
    .map((r) => `${r.kind} ${r.sourceId}>${r.targetId}`)
    .sort();

/** A full extraction of a raw file text (any accepted layout). */
export const extractFromTextHelper = (raw: string): Extraction => extractFromText(raw);
