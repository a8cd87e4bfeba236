// COOPERATES_WITH from agreements of a pair named by number: "under an agreement the two governments
// signed in March", "the two countries agreed to reopen talks". The pair is the story's main pair: the
// two countries it names most, only when they stand clear of any third (a tie names no pair).
import { type EntityDoc, evidence, inQuote, mainPair } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { RelationSet } from "./relation-set.ts";

const PAIR_AGREED = new RegExp(
  `\\b(?:the|both)${WS}+(?:two${WS}+)?(?:[\\p{Ll}-]+${WS}+)?(?:governments|countries|neighbou?rs|nations|capitals)` +
    `(?:${WS}+(?:have|had|also|formally|finally)){0,2}${WS}+(?:signed|agreed)\\b`,
  "giu",
);

export function pairAgreements(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(PAIR_AGREED, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at) || (!/\btwo\b/iu.test(m[0]) && !/^both/iu.test(m[0]))) continue;
    const [a, b] = mainPair(doc);
    if (a && b) out.add("COOPERATES_WITH", a, b, { evidence: [evidence(doc, at, at + m[0].length)] });
  }
}
