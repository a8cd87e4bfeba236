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

/** One round trip: the article with this identity key, and which candidate ids are in use. */
export function lookupArticleIdentity(identityKey: string, candidates: string[]): CypherQuery {
  return {
    text: `OPTIONAL MATCH (same:Article {identityKey: $identityKey})
WITH same
OPTIONAL MATCH (other:Article) WHERE other.id IN $candidates
RETURN same.id AS id, same.contentHash AS contentHash, same.extractionHash AS extractionHash,
       collect(other.id) AS taken`,
    params: { identityKey, candidates },
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
