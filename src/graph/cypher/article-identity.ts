// Cypher for deciding an article's id inside its write transaction, and for giving articles stored
// before identity keys existed their key. Pure: values are parameters.
import type { CypherQuery } from "../executor.ts";

export interface StoredIdentity {
  /** Id, content hash and extraction fingerprint of the article stored under this identity, if any. */
  id: string | null;
  contentHash: string | null;
  extractionHash: string | null;
  /** Which of the candidate ids already belong to an article. */
  taken: string[];
}

export interface IdentityQuestion {
  identityKey: string;
  /** The ids the article could take, in order of preference. */
  candidates: string[];
}

/** One round trip for several articles: for each, in order, a `StoredIdentity`. */
export function lookupArticleIdentities(articles: IdentityQuestion[]): CypherQuery {
  return {
    text: `UNWIND range(0, size($articles) - 1) AS index
WITH index, $articles[index] AS incoming
OPTIONAL MATCH (same:Article {identityKey: incoming.identityKey})
CALL (incoming) {
  OPTIONAL MATCH (other:Article) WHERE other.id IN incoming.candidates
  RETURN collect(other.id) AS taken
}
RETURN index, same.id AS id, same.contentHash AS contentHash, same.extractionHash AS extractionHash, taken
ORDER BY index`,
    params: { articles },
  };
}

export interface LegacyArticle {
  id: string;
  title: string;
  publishedAt: string;
  url: string | null;
}

/** Articles written before identity keys: their key is computed from what they store. */
export const LEGACY_ARTICLES: CypherQuery = {
  text: `MATCH (a:Article) WHERE a.identityKey IS NULL
RETURN a.id AS id, a.title AS title, toString(a.publishedAt) AS publishedAt, a.url AS url
ORDER BY a.id`,
  params: {},
};

export function keysInUse(keys: string[]): CypherQuery {
  return {
    text: "MATCH (a:Article) WHERE a.identityKey IN $keys RETURN a.identityKey AS key",
    params: { keys },
  };
}

export function setIdentityKeys(rows: { id: string; key: string }[]): CypherQuery {
  return {
    text: `UNWIND $rows AS row
MATCH (a:Article {id: row.id}) WHERE a.identityKey IS NULL
SET a.identityKey = row.key`,
    params: { rows },
  };
}
