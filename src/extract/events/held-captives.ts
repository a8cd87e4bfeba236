// "border guards held two soldiers", "are holding 14 fishermen", "the crew were being held by the
// navy": holding people is a detention; "returned the two soldiers to", "handed the fishermen back":
// giving them back is a release. The lexicon cannot list "hold" or "return" as verbs with an object
// anywhere in the clause ("fishermen held a protest", "the soldiers returned to base"), so these read
// only with the people right after the verb, or right before a passive one.
import type { Doc } from "../doc.ts";
import { inQuote } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import { WS } from "../text/patterns.ts";
import { sentenceAt } from "../text/sentences.ts";
import type { VerbForm } from "../text/text.ts";
import { findAll } from "../text/text.ts";
import type { Trigger } from "./event-triggers.ts";

/** People who are held and handed back between states. */
const PEOPLE = `(?:[Ff]isherm[ae]n|soldiers?|sailors?|seam[ae]n|crew(?:${WS}+members)?|crewmen|servicem[ae]n|border${WS}+guards?|guards|nationals|citizens|journalists|skippers?|captains?|pilots?|poachers|smugglers|detainees|prisoners)`;

/** Between the verb and its people: a determiner, number, demonym or adjective; no preposition, no clause break. */
const MODIFIERS = `(?:(?:the|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,]*|all|both|its|their|his|her|several|some|dozens${WS}+of|more${WS}+than${WS}+\\d+|at${WS}+least${WS}+\\d+|[\\p{L}-]+(?:an|ian|ese|ish|i|ic|al|ed))${WS}+){0,4}?`;

const HOLD = `(?:[Hh]old|[Hh]olds|[Hh]eld|[Hh]olding)`;
const RETURN = `(?:[Rr]eturn|[Rr]eturns|[Rr]eturned|[Rr]eturning|[Hh]and(?:s|ed|ing)?)`;

/** "held two Latvian soldiers", "holding the crew": the verb and its people as direct object. */
const ACTIVE_HOLD = new RegExp(`(?<![\\p{L}])${HOLD}${WS}+${MODIFIERS}${PEOPLE}(?![\\p{L}])`, "gu");

/** "soldiers were being held", "the crew, who …, are held": people, then a passive of hold. */
const PASSIVE_HOLD = new RegExp(
  `(?<![\\p{L}])${PEOPLE}(?:,${WS}+who[^,;.]{1,60},)?${WS}+(?:were|was|are|is|have${WS}+been|has${WS}+been|had${WS}+been)${WS}+(?:being${WS}+)?(?:still${WS}+)?(held)(?![\\p{L}])(?!${WS}+(?:talks|a|an|the|up|back|responsible|accountable|liable|hostage)\\b)`,
  "gu",
);

/**
 * "returned the two soldiers to Latvia", "handed the fishermen back", "handed them back the next day":
 * the people (or "them" with "back", not "handed them back their passports") and where they go back to.
 */
const GIVE_BACK = new RegExp(
  `(?<![\\p{L}])(${RETURN})${WS}+(?:them${WS}+back(?!${WS}+(?:their|the|his|her|its|a|an|some|all)\\b)|${MODIFIERS}${PEOPLE}(?:${WS}+back\\b|(?=${WS}+(?:to${WS}+(?:the${WS}+)?\\p{Lu}|at${WS}+the${WS}+border|across|over))))`,
  "gu",
);

const typeCache = new WeakMap<object, Map<string, EventType | undefined>>();

function typeNamed(doc: Doc, name: string): EventType | undefined {
  let byName = typeCache.get(doc.knowledge);
  if (!byName) {
    byName = new Map();
    typeCache.set(doc.knowledge, byName);
  }
  if (!byName.has(name))
    byName.set(
      name,
      doc.knowledge.eventTypes.find((x) => x.type === name && x.verbs.length > 0),
    );
  return byName.get(name);
}

function formOf(verb: string): VerbForm {
  if (/ing$/i.test(verb)) return "ing";
  if (/(?:ed|held)$/i.test(verb)) return "past";
  return /s$/i.test(verb) ? "s" : "base";
}

/** Detention and release triggers for people held, or handed back, right beside the verb. */
export function heldCaptives(doc: Doc): Trigger[] {
  const found: Trigger[] = [];
  const plans: [RegExp, string, (text: string) => number][] = [
    [ACTIVE_HOLD, "arrest", () => 0],
    [PASSIVE_HOLD, "arrest", (text) => text.lastIndexOf("held")],
    [GIVE_BACK, "release", () => 0],
  ];
  for (const [re, name, verbAt] of plans) {
    const type = typeNamed(doc, name);
    if (!type) continue;
    for (const hit of findAll(re, doc.body)) {
      const sentence = doc.sentences[sentenceAt(doc.sentences, hit.start)];
      if (!sentence || hit.end > sentence.end || inQuote(doc, hit.start)) continue;
      const start = hit.start + verbAt(hit.text);
      const verb = /^\S+/u.exec(hit.text.slice(verbAt(hit.text)))?.[0] ?? hit.text;
      found.push({
        start,
        end: start + verb.length,
        type,
        text: verb,
        via: "verb",
        form: formOf(verb),
        sentence,
      });
    }
  }
  return found;
}
