// Which id an incoming article takes and whether it is new, a new version, or already stored.
// Pure: the lookup it decides on is read inside the article's write transaction (src/graph/ingest.ts).
import { candidateArticleIds } from "./article-identity.ts";
import type { StoredIdentity } from "./cypher/article-identity.ts";

export type IngestStatus = "created" | "updated" | "unchanged";

export interface ArticleDecision {
  id: string;
  status: IngestStatus;
  /** Set when the readable id belongs to another article and a disambiguated id was taken instead. */
  readableIdTakenBy?: "another article";
}

export interface Incoming {
  readableId: string;
  identityKey: string;
  contentHash: string;
  extractionHash: string;
}

export function decideArticle(incoming: Incoming, stored: StoredIdentity): ArticleDecision {
  if (stored.id !== null) {
    // The same article: it keeps the id it was first stored under, whatever its headline says now.
    const same =
      stored.contentHash === incoming.contentHash && stored.extractionHash === incoming.extractionHash;
    return { id: stored.id, status: same ? "unchanged" : "updated" };
  }
  const candidates = candidateArticleIds(incoming.readableId, incoming.identityKey);
  const free = candidates.find((id) => !stored.taken.includes(id));
  if (free === undefined) {
    throw new Error(`No free id for article ${incoming.readableId}: ${candidates.join(", ")} are all taken`);
  }
  return free === incoming.readableId
    ? { id: free, status: "created" }
    : { id: free, status: "created", readableIdTakenBy: "another article" };
}
