// COOPERATES_WITH from agreements of a pair named by number: "under an agreement the two governments
// signed in March", "the two countries agreed to reopen talks". The pair is the story's main pair: the
// two countries it names most, only when they stand clear of any third (a tie names no pair).
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { RelationSet } from "./relation-set.ts";

const PAIR_AGREED = new RegExp(
  `\\b(?:the|both)${WS}+(?:two${WS}+)?(?:[\\p{Ll}-]+${WS}+)?(?:governments|countries|neighbou?rs|nations|capitals)` +
    `(?:${WS}+(?:have|had|also|formally|finally)){0,2}${WS}+(?:signed|agreed)\\b`,
  "giu",
);

/** The two countries named most outside quotes, when both are named more often than any other. */
function clearPair(doc: EntityDoc): string[] {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (!inQuote(doc, m.start) && doc.actors.get(m.actorId)?.kind === "Country")
      counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  const [a, b, c] = [...counts].sort((x, y) => y[1] - x[1]);
  return a && b && (c === undefined || b[1] > c[1]) ? [a[0], b[0]] : [];
}

export function pairAgreements(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(PAIR_AGREED, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at) || (!/\btwo\b/iu.test(m[0]) && !/^both/iu.test(m[0]))) continue;
    const [a, b] = clearPair(doc);
    if (a && b) out.add("COOPERATES_WITH", a, b, { evidence: [evidence(doc, at, at + m[0].length)] });
  }
}
