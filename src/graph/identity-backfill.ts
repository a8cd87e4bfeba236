// Articles stored before identity keys existed keep their ids: they get the key their stored title,
// date and URL give, so the next seed of the same article finds them and reports "unchanged" or "updated".
import { articleIdentityKey } from "./article-identity.ts";
import {
  keysInUse,
  LEGACY_ARTICLES,
  type LegacyArticle,
  setIdentityKeys,
} from "./cypher/article-identity.ts";
import type { CypherExecutor } from "./executor.ts";

/** Gives every article without an identity key its key, in one transaction; returns warnings. */
export async function backfillIdentityKeys(executor: CypherExecutor): Promise<string[]> {
  return executor.writeTransaction(async (tx) => {
    const legacy = (await tx.run(LEGACY_ARTICLES.text, LEGACY_ARTICLES.params)).records.map(
      (r) => r.toObject() as LegacyArticle,
    );
    if (legacy.length === 0) return [];
    const rows = legacy.map((a) => ({
      id: a.id,
      key: articleIdentityKey({ ...a, url: a.url ?? undefined }),
    }));
    const inUse = keysInUse(rows.map((r) => r.key));
    const owners = new Map<string, string>(
      (await tx.run(inUse.text, inUse.params)).records.map((r) => [
        r.get("key") as string,
        "an article already stored with that key",
      ]),
    );
    const warnings: string[] = [];
    const keep: typeof rows = [];
    for (const row of rows) {
      const owner = owners.get(row.key);
      if (owner === undefined) {
        owners.set(row.key, row.id);
        keep.push(row);
      } else {
        // Two stored articles that are one article by today's rule: both stay, the first owns the key.
        warnings.push(
          `article ${row.id} is the same article as ${owner} (${row.key}); left without identity key`,
        );
      }
    }
    const write = setIdentityKeys(keep);
    await tx.run(write.text, write.params);
    return warnings;
  });
}
