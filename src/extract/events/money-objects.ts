// "pledged $40 million to Kenya", "promised €12m", "offered 5 billion yen": wire copy writes a sum of
// money as a currency sign or a currency word around a number, which a list of literal object
// nouns cannot hold. A type whose objects list a sum ("million euros") takes any written sum right
// after its verb as the thing given or pledged, unless the sum is investment or trade rather than aid.
import type { Doc } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import type { Sentence, Span } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

const CURRENCY_WORDS =
  "euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|shillings?|rand|naira|pesos?|riyals?|dirhams?|rubles?|roubles?|won|reais|krone|kroner|kronor|lari|tenge|som|somoni|manat|leu|lei|dinars?";

/** "$40 million", "US$1.2bn", "€12m", "40 million euros", "2 billion yen": a sum, with its scale. */
const SUM = new RegExp(
  `^(?:[^,;.“”"]{0,25}?)((?:US\\$|A\\$|C\\$|NZ\\$|\\$|€|£|¥)[\\s\\u00a0]?\\d[\\d.,]*(?:[\\s\\u00a0]?(?:million|billion|bn|mn|m)\\b)?|\\d[\\d.,]*[\\s\\u00a0]+(?:million|billion)[\\s\\u00a0]+(?:${CURRENCY_WORDS})\\b)`,
  "u",
);

/** "$40 million in aid": the aid noun itself tells the pledge (and its intent). */
const AID_NOUN_AFTER = /^[\s\u00a0]+in[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:aid|assistance)\b/u;

/** "$2 billion in investment", "€5m of trade": sums that are no aid. */
const NOT_AID =
  /^[\s\u00a0]+(?:in|of|worth[\s\u00a0]+of)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:investments?|trade|contracts?|purchases|deals?|bonds|revenues?|exports|imports|profits?|debt|arms[\s\u00a0]+sales)\b/u;

const takesSums = (type: EventType) => type.objects.includes("million euros");

/** The written sum after a verb of giving or pledging, as its object; undefined otherwise. */
export function moneyObject(doc: Doc, s: Sentence, verb: Span, type: EventType): Trigger["object"] {
  if (!takesSums(type)) return undefined;
  const after = doc.body.slice(verb.end, Math.min(s.end, verb.end + 60));
  const m = SUM.exec(after);
  if (!m?.[1]) return undefined;
  const start = verb.end + m[0].length - m[1].length;
  const end = start + m[1].length;
  const next = doc.body.slice(end, end + 40);
  if (NOT_AID.test(next) || AID_NOUN_AFTER.test(next)) return undefined;
  return { start, end, head: "million euros", label: m[1] };
}
