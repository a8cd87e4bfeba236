// "The rebels overran Kidal", "Beijing seized the Paracels from South Vietnam", "Russia attacked
// Ukraine in 2022": a taking or an attack names the place it acts on as often by its name as by a
// kind of place ("the town", "a border post"), which a list of object nouns cannot hold. A type whose
// objects list places ("town") takes a proper name right after its verb as the place acted on, when
// the name ends the noun phrase (no "Russian forces") and is no person, body or criticised party.
import type { Doc } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import { MONTH_NAMES, WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import type { Sentence, Span } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

/** One to four capitalised words (with "of" or "and" inside: "the Republic of Korea"), after an optional "the". */
const NAME = `(?:the${WS}+)?(\\p{Lu}[\\p{L}’'-]*(?:${WS}+(?:(?:of|de|al|el)${WS}+)?\\p{Lu}[\\p{L}’'-]*){0,3})`;

/** What may follow a name that ends its noun phrase: punctuation, the end, or a word opening a phrase. */
const NAME_END = `(?=${WS}*(?:[,.;:)]|$)|${WS}+(?:from|in|on|with|after|during|and|before|when|while|last|this|early|late|overnight|until|since|at|near|using|within|days|hours|weeks)(?![\\p{L}]))`;

const NAME_OBJECT = new RegExp(`^${WS}+${NAME}${NAME_END}`, "u");

/** "Kidal was retaken by the army", "The Shebaa Farms, a strip of hillside, were captured by Israel": a passive's place. */
const NAME_SUBJECT = new RegExp(
  `(?:^|[\\s\\u00a0(])${NAME}(?:,[^,;.“”"]{1,60},)?${WS}+(?:was|were|had${WS}+been|has${WS}+been|have${WS}+been)${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "u",
);

/** "attacked Kyiv for its policy", "attacked Washington over the sanctions": words after a criticised party. */
const CRITICISED = new RegExp(
  `^${WS}+(?:for|over|as|with${WS}+(?:\\p{Ll}+${WS}+)?(?:sanctions|tariffs|duties|criticism|words))(?![\\p{L}])`,
  "u",
);

/** A preposition (and "the") right before a name: the name sits inside another noun phrase. */
const PREPOSITION_BEFORE = new RegExp(
  `(?:^|[\\s\\u00a0])(?:near|in|of|at|from|to|by|on|outside|inside|around|off|into)${WS}+(?:the${WS}+)?$`,
  "iu",
);

/** Words no place name holds: days and months ("seized Monday"), and capitalised openers ("On Monday Kidal was …"). */
const NOT_PLACE_WORDS = new Set<string>([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  ...["On", "In", "At", "After", "Before", "By", "Last", "This", "Since", "During", "When", "While"],
]);

const takesPlaces = (type: EventType) => type.objects.includes("town");

/** Kinds of actor that are no place acted on ("attacked Biden", "seized Reuters"). */
const NOT_PLACE_KINDS = new Set(["Person", "Organization"]);

/** The place name right after a verb of taking or attacking, as its object; undefined otherwise. */
export function placeObject(doc: Doc, s: Sentence, verb: Span, type: EventType): Trigger["object"] {
  if (!takesPlaces(type)) return undefined;
  const after = doc.body.slice(verb.end, Math.min(s.end, verb.end + 60));
  const m = NAME_OBJECT.exec(after);
  let span: Span | undefined;
  if (m?.[1] && !CRITICISED.test(after.slice(m[0].length))) {
    const start = verb.end + m[0].length - m[1].length;
    span = { start, end: start + m[1].length };
  } else {
    const from = Math.max(s.start, verb.start - 110);
    const p = NAME_SUBJECT.exec(doc.body.slice(from, verb.start));
    const start = p?.[1] ? from + (p.index ?? 0) + p[0].indexOf(p[1]) : -1;
    // "a market near Gao was attacked": a name inside a phrase is not the passive's subject.
    if (p?.[1] && !PREPOSITION_BEFORE.test(doc.body.slice(Math.max(s.start, start - 12), start)))
      span = { start, end: start + p[1].length };
  }
  if (!span) return undefined;
  const name = doc.body.slice(span.start, span.end);
  if (
    name.split(/[\s\u00a0]+/).some((w) => NOT_PLACE_WORDS.has(w)) ||
    namesNoPlace(doc, span.start, span.end)
  )
    return undefined;
  return { ...span, head: "territory", label: name };
}

/** Does an actor mention of a person or a body start inside the name? */
function namesNoPlace(doc: Doc, start: number, end: number): boolean {
  if (!("mentions" in doc) || !("actors" in doc)) return false;
  const { mentions, actors } = doc as Doc & {
    mentions: { start: number; actorId: string }[];
    actors: Map<string, { kind: string }>;
  };
  return mentions.some(
    (m) => m.start >= start && m.start < end && NOT_PLACE_KINDS.has(actors.get(m.actorId)?.kind ?? ""),
  );
}
