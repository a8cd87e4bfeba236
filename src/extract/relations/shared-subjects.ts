// A stance verb coordinated with an earlier predicate shares its subject: "Peru summoned Chile’s
// ambassador on Monday and accused Chilean troops of …", "Ghana closed the crossing and threatened
// Togo with …". The subject is the party opening the sentence, when nothing between it and "and"
// opens a clause of its own (no subordinator, relative, comma, quotation or reporting verb):
// "Peru protested after Chile expelled two diplomats and accused …" has Chile as the nearer subject.
import type { ActorMention, EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";

/** "… and accused", "… and also threatened": the verb opens the second of two predicates. */
const AND_BEFORE = new RegExp(`${WS}and(?:${WS}+(?:also|then|later))?${WS}+$`, "u");
/** Words and marks that open another clause between the subject and "and". */
const OTHER_CLAUSE =
  /[,;:“”"()]|\b(?:after|before|when|whenever|while|because|as|since|until|which|who|whom|whose|that|where|if|unless|although|though|said|says|say|told|reported|according)\b/iu;

/** The sentence's opening party as the subject of a stance verb coordinated at `verbAt`, if any. */
export function sharedSubject(
  doc: EntityDoc,
  s: Sentence,
  verbAt: number,
  opening: (doc: EntityDoc, s: Sentence) => ActorMention[],
): ActorMention[] {
  const before = doc.body.slice(s.start, verbAt);
  const and = AND_BEFORE.exec(before);
  if (!and) return [];
  const from = opening(doc, s);
  const first = from[0];
  if (!first || first.end > s.start + and.index) return [];
  const between = doc.body.slice(first.end, s.start + and.index);
  // The predicate before "and" is the subject's own: at least a verb, and no other clause.
  if (between.trim().length === 0 || OTHER_CLAUSE.test(between)) return [];
  return from;
}
