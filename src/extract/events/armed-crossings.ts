// "Indonesian soldiers crossed the border into …", "two soldiers who strayed across the (Belarusian) frontier",
// "accused Chadian troops of crossing the border", "guards … after crossing 300 metres into Nimroz
// province", "troops … entered Ugandan territory": armed men crossing a border are an intrusion. The
// lexicon cannot list "border" as an intrusion object (refugees, traders and trucks cross borders
// every day), so the crossing counts only with soldiers, guards or their craft as its doers.
import type { Doc } from "../doc.ts";
import { inQuote } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import { WS } from "../text/patterns.ts";
import { sentenceAt } from "../text/sentences.ts";
import type { VerbForm } from "../text/text.ts";
import { findAll } from "../text/text.ts";
import type { Trigger } from "./event-triggers.ts";

const CROSS = `(?:cross(?:es|ed|ing)?|stray(?:s|ed|ing)?|wander(?:s|ed|ing)?)`;
const LINE = `(?:border|frontier|boundary)(?![\\p{L}-])(?!${WS}+(?:posts?|crossings?|points?|guards?|police|towns?|areas?|villages?|regions?|districts?|markets?|checkpoints?|fences?|walls?|river)\\b)`;
const DISTANCE = `(?:(?:about|some|nearly|almost|up${WS}+to|more${WS}+than)${WS}+)?(?:\\d[\\d,.]*|a${WS}+few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+-)${WS}*(?:metres|meters|kilometres|kilometers|km|miles)`;

/** The crossing itself: over a border line, some distance into the land, or into another's territory. */
const CROSSING = new RegExp(
  `(?<![\\p{L}])(?:${CROSS}${WS}+(?:(?:across|over)${WS}+)?(?:the|a|an)${WS}+(?:(?:unmarked|disputed|poorly-marked|common|shared)${WS}+)?(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?${WS}+){0,2}${LINE}` +
    `|cross(?:es|ed|ing)?${WS}+${DISTANCE}${WS}+(?:into|inside)` +
    `|enter(?:s|ed|ing)?${WS}+(?:\\p{Lu}[\\p{L}’'-]*${WS}+){1,3}(?:territory|soil))`,
  "gu",
);

/**
 * A move into a named place or onto a territory ("crossed back into Kenya", "had fallen on its
 * territory", "fell on Moldovan soil"): migrants and militants make such moves too, so only a
 * state's force or craft counts as the mover here (STATE_MOVER).
 */
const MOVE_IN = new RegExp(
  `(?<![\\p{L}])(?:cross(?:es|ed|ing)?(?:${WS}+back)?${WS}+into${WS}+(?:the${WS}+)?(?:(?!and\\b)\\p{Ll}+${WS}+){0,3}?\\p{Lu}[\\p{L}’'-]*(?![\\p{L}’'-])(?!${WS}+(?:River|Sea|Strait|Gulf|Lake|Channel)\\b)` +
    `|(?:f[ae]ll(?:s|en|ing)?|crash(?:es|ed|ing)?|land(?:s|ed|ing)?)${WS}+(?:on|in|into|onto)${WS}+(?:its|their|(?:\\p{Lu}[\\p{L}’'-]*${WS}+){1,2})(?:territory|soil))`,
  "gu",
);

/** A state's force or craft as the mover: no militants, gunmen or fighters, whose moves are raids. */
const STATE_MOVER =
  /(?<![\p{L}])(?:soldiers?|troops|forces|guards|paratroopers|commandos|units|patrols?|drones?|warships?|gunboats?|frigates?|destroyers?|corvettes?|helicopters?|aircraft|jets|warplanes?|fragments)(?![\p{L}])/giu;

/** Armed men and their craft as doers ("soldiers", "the troops", "Armed Forces (TNI)", "drones"). */
const ARMED =
  /(?<![\p{L}])(?:soldiers?|troops|forces|guards|fighters|gunmen|militants|militiamen|paratroopers|commandos|units|patrols?|drones|warships|gunboats|helicopters|aircraft|jets)(?![\p{L}])/giu;

/** Between the doers and the crossing: a relative pronoun, an auxiliary, an adverb, a bracketed acronym, "of". */
const NEAR_GAP = new RegExp(
  `^(?:${WS}+\\([^()]{1,20}\\))?(?:${WS}+(?:who|that|which|of|had|have|has|were|was|been|reportedly|allegedly|briefly|then|also|later|\\p{Ll}+ly))*${WS}+$`,
  "u",
);

/** People other than the armed doers: the crossing may be theirs ("guards detained migrants who crossed …"). */
const OTHERS =
  /\b(?:migrants?|refugees?|civilians?|smugglers?|traffickers?|people|men|women|children|fishermen|herders?|villagers?|workers?|traders?|farmers?|pilgrims?|tourists?|residents?|drivers?|trucks?|lorries|who|which|that)\b|[,;:“”"]/iu;

/** A farther doer ("guards had started the shooting after crossing …"): one clause, no other people. */
function armedDoer(doc: Doc, sentenceStart: number, at: number, movers = ARMED): boolean {
  const before = doc.body.slice(Math.max(sentenceStart, at - 90), at);
  const doers = findAll(movers, before);
  const last = doers[doers.length - 1];
  if (!last) return false;
  const gap = before.slice(last.end);
  return NEAR_GAP.test(gap) || (gap.length <= 60 && !OTHERS.test(gap));
}

const typeCache = new WeakMap<object, EventType | undefined>();

function intrusionType(doc: Doc): EventType | undefined {
  if (!typeCache.has(doc.knowledge))
    typeCache.set(
      doc.knowledge,
      doc.knowledge.eventTypes.find((x) => x.type === "intrusion"),
    );
  return typeCache.get(doc.knowledge);
}

/** Intrusion triggers for border crossings whose doers are armed men. */
export function armedCrossings(doc: Doc): Trigger[] {
  const type = intrusionType(doc);
  if (!type) return [];
  const found: Trigger[] = [];
  const hits = [
    ...findAll(CROSSING, doc.body).map((hit) => ({ hit, movers: ARMED })),
    ...findAll(MOVE_IN, doc.body).map((hit) => ({ hit, movers: STATE_MOVER })),
  ];
  for (const { hit, movers } of hits) {
    const sentence = doc.sentences[sentenceAt(doc.sentences, hit.start)];
    if (!sentence || hit.end > sentence.end || inQuote(doc, hit.start)) continue;
    if (!armedDoer(doc, sentence.start, hit.start, movers)) continue;
    const verb = /^\S+/u.exec(hit.text)?.[0] ?? hit.text;
    const form: VerbForm = /ing$/i.test(verb)
      ? "ing"
      : /ed$/i.test(verb)
        ? "past"
        : /s$/i.test(verb)
          ? "s"
          : "base";
    found.push({
      start: hit.start,
      end: hit.start + verb.length,
      type,
      text: verb,
      via: "verb",
      form,
      sentence,
    });
  }
  return found;
}
