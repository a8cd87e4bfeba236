// A rejection told in passing after the accusation it answers: "Amnesty said detainees had been denied
// lawyers, an allegation the interior ministry called “false and irresponsible”", "…, a claim that
// Lima dismissed as “fiction”". The rejecting side criticises whoever made the statement the
// sentence opens with (test/corpus/README.md: rejecting an accusation in evaluating words criticises
// the accuser), a state for its official, a body of no state for itself.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { phrasesRegex } from "../text/text.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";
import { awaitsCriticismTarget, criticise } from "./criticism-target.ts";

/** ", an allegation (that) the " right before the rejecting party. */
const TRAILING = new RegExp(
  `,${WS}+(?:an?|the)${WS}+(?:allegations?|accusations?|claims?|charges?|assertions?)${WS}+(?:that${WS}+|which${WS}+)?(?:the${WS}+)?$`,
  "iu",
);
/** The rejecting verb right after the party. */
const REJECTS = new RegExp(
  `^${WS}+(?:(?:has|had|have)${WS}+)?(?:called|dismissed|described|rejected|denounced|branded|labell?ed|termed)\\b`,
  "iu",
);

/** Gives a trailing rejection in condemning words the accuser's side as its target. Mutates statements. */
export function trailingRejections(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
): void {
  const condemning = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of statements) {
    if (!awaitsCriticismTarget(st)) continue;
    if (!st.stance && !condemning.test(st.text)) continue;
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (!sentence) continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const party = mentionsIn(doc, sentence.start, sentence.end).find(
      (m) =>
        sideOf(doc, voiceOf, m.actorId) === own &&
        TRAILING.test(doc.body.slice(sentence.start, m.start)) &&
        REJECTS.test(doc.body.slice(m.end, m.end + 30)),
    );
    if (!party) continue;
    const comma = doc.body.lastIndexOf(",", party.start);
    const accuser = statements.find(
      (o) =>
        o !== st &&
        o.evidence[0]?.sentence === sentence.index &&
        o.at < comma &&
        sideOf(doc, voiceOf, o.speakerId) !== own,
    );
    if (!accuser) continue;
    const target = sideOf(doc, voiceOf, accuser.speakerId);
    if (!doc.actors.has(target)) continue;
    criticise(st, target);
  }
}
