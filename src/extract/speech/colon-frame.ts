// A quotation introduced by its speaker's name and a colon, with no reporting verb: "Foreign
// Minister Ana Ruiz: “We will not back down.”" (interview transcripts, wire round-ups, captions).
import { type ActorMention, type EntityDoc, inQuote, mentionsIn } from "../doc.ts";
import { FINITE_VERB } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import type { Quote } from "./quotes.ts";

/** A colon, maybe spaces, right before the quotation mark. */
const COLON_BEFORE = /:[\s\u00a0]*$/u;
/** Words that show the stretch before the speaker is a clause, not a role prefix. */
const CLAUSE_WORDS = new RegExp(
  `(?:^|[\\s\\u00a0])(?:${FINITE_VERB}|that|which|who|and|but)(?=[\\s\\u00a0]|$)`,
  "u",
);

/**
 * The speaker of "Name: “…”": the actor (a person or a body, not a possessive or pronoun) that
 * ends right before the colon, with only a role prefix (no clause, comma or quote) before it in
 * its sentence.
 */
export function colonFrameSpeaker(doc: EntityDoc, s: Sentence, q: Quote): ActorMention | undefined {
  const lead = doc.body.slice(s.start, q.start);
  if (!COLON_BEFORE.test(lead)) return undefined;
  const colon = s.start + lead.lastIndexOf(":");
  const mention = mentionsIn(doc, s.start, colon)
    .filter((m) => !inQuote(doc, m.start))
    .pop();
  if (!mention || mention.kind === "possessive" || mention.kind === "pronoun") return undefined;
  if (!/^[\s\u00a0]*$/.test(doc.body.slice(mention.end, colon))) return undefined;
  const prefix = doc.body.slice(s.start, mention.start);
  if (/[,;:“”"()]/.test(prefix) || CLAUSE_WORDS.test(prefix)) return undefined;
  return mention;
}
