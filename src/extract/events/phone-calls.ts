// "The president spoke with his Kenyan counterpart by telephone on Monday", "she talked to Lula over
// the phone": wire copy often names the other party between the verb and the means of the call. The
// verb is a phone call when the means follows within a few words, with no clause break between.
import type { Doc } from "../doc.ts";
import { inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { sentenceAt } from "../text/sentences.ts";
import { execAll, type VerbForm } from "../text/text.ts";
import type { Trigger } from "./event-triggers.ts";

const FORMS: Record<string, VerbForm> = {
  spoke: "past",
  spoken: "past",
  talked: "past",
  speaks: "s",
  talks: "s",
  speak: "base",
  talk: "base",
  speaking: "ing",
  talking: "ing",
};

/** The means of a call: by (tele)phone, over the phone, by video link or call, via video link. */
const MEANS = `(?:by|over|on|via)${WS}+(?:the${WS}+)?(?:tele)?phone|(?:by|via)${WS}+video(?:${WS}+(?:link|call|conference))?`;

/** "spoke with X … by phone": the verb, "with"/"to", up to eight words without a clause break, the means. */
const SPOKE_WITH_BY = new RegExp(
  `\\b(spoke|spoken|talked|speaks|talks|speak|talk|speaking|talking)(?:(${WS}+to)|${WS}+with)${WS}+[^,;.:“”"()]{2,80}?${WS}+(?:${MEANS})\\b`,
  "giu",
);

/** Phone calls told with the other party before the means ("spoke with X by phone"). */
export function splitPhoneCalls(doc: Doc): Trigger[] {
  const type = doc.knowledge.eventTypes.find((t) => t.cameo === "041");
  if (!type) return [];
  const found: Trigger[] = [];
  for (const m of execAll(SPOKE_WITH_BY, doc.body)) {
    const verb = m[1] ?? "";
    const start = m.index ?? 0;
    // "talked to X": "to" joins the verb, so X reads as its direct object; "with X" reads as a party.
    const end = start + verb.length + (m[2]?.length ?? 0);
    const sentence = doc.sentences[sentenceAt(doc.sentences, start)];
    if (!sentence || start + m[0].length > sentence.end || inQuote(doc, start)) continue;
    // Eight words at most between the verb and the means.
    if (m[0].split(/[\s\u00a0]+/u).length > 13) continue;
    const form = FORMS[verb.toLowerCase()];
    found.push({
      start,
      end,
      type,
      text: doc.body.slice(start, end),
      via: "verb",
      ...(form ? { form } : {}),
      sentence,
    });
  }
  return found;
}
