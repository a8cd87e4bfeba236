// "The broadcaster quoted an unnamed official as saying …" with the outlet named only by a definite
// noun: the official speaks for a state (guide: "officials" stand for their country), the state of
// the outlet the noun refers back to. (An outlet named in the sentence itself is handled by
// speakers.ts, unnamedSourceState.)
import type { ActorMention, EntityDoc } from "../doc.ts";
import type { Sentence } from "../types.ts";
import { bodyByHead } from "./definite-body.ts";

/** "the <head> quoted|cited an unnamed official as " right before "saying". */
const UNNAMED_AS =
  /\b[Tt]he[\s\u00a0]+(\p{Ll}+)[\s\u00a0]+(?:quoted|cited)[\s\u00a0]+(?:an?[\s\u00a0]+|two[\s\u00a0]+|several[\s\u00a0]+)?(?:(?:unnamed|unidentified|anonymous|senior|government|security|military)[\s\u00a0]+){1,2}(?:official|officials|source|sources|officer|officers)[\s\u00a0]+as[\s\u00a0]+$/u;

export function unnamedOfficialSpeaker(
  doc: EntityDoc,
  s: Sentence,
  verbStart: number,
): ActorMention | undefined {
  const m = UNNAMED_AS.exec(doc.body.slice(s.start, verbStart));
  const head = m?.[1];
  if (!m || !head) return undefined;
  const at = s.start + m.index + m[0].indexOf(head);
  const outlet = bodyByHead(doc, s, head, at);
  const state = outlet && doc.actors.get(outlet.actorId)?.countryId;
  return outlet && state && doc.actors.has(state) ? { ...outlet, actorId: state } : undefined;
}
