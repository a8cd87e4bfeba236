// Diplomacy triggers that are no event of their own: a trip told by its visit noun or under a
// negation ("advised not to travel to"); "sanctions" as the object of lifting or easing them (that
// act is the lexicon's sanctions-eased, 085); "a decade of talks" (a process, not one meeting); and
// a habitual present "ships/supplies" (trade, not a delivery of aid).

import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

const TRAVEL = /^(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying)\b/iu;
/** A trip is a visit when planned by a modal or told in the past, never under "not" ("advised not to travel to"). */
const TRIP_LEAD = new RegExp(
  `\\b(?:will|would|shall|to|due${WS}+to|set${WS}+to|expected${WS}+to|plans${WS}+to)${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "iu",
);
const VISIT_NOUN_AFTER = /^[^.;“”"]{0,60}?\b(?:visit|visits|trip|tour)\b/iu;

/**
 * "will travel to X next month on a state visit" is told by its visit noun; "travel to X" alone is
 * a visit when it is planned or past, and not under a negation.
 */
function idleTravel(doc: EntityDoc, t: Trigger): boolean {
  if (t.type.type !== "visit" || t.via !== "verb" || !TRAVEL.test(t.text)) return false;
  const lead = doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start);
  if (/\bnot\b/i.test(lead) || VISIT_NOUN_AFTER.test(doc.body.slice(t.end, t.sentence.end))) return true;
  return t.form !== "past" && !TRIP_LEAD.test(lead);
}

const EASED_BEFORE = new RegExp(
  `\\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|end|ends|ended|ending|relax|relaxes|relaxed|relaxing|scrap|scraps|scrapped|scrapping)${WS}+(?:(?:the|all|some|most|its|their|remaining|[\\p{Ll}-]+)${WS}+){0,3}$`,
  "iu",
);

/** "lifted sanctions on X": the noun is the object of the easing act, not a new sanction. */
function easedSanctions(doc: EntityDoc, t: Trigger): boolean {
  // "sanctions" after a determiner is also read as the verb "sanction": check the word, not the reading.
  if (t.type.type !== "sanctions" || !/^(?:sanctions|embargo|arms embargo|travel bans?)$/i.test(t.text))
    return false;
  return EASED_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start));
}

const SPAN_OF = new RegExp(`\\b(?:decades?|years|months)${WS}+of${WS}+(?:[\\p{Ll}-]+${WS}+)?$`, "iu");

/** "ending more than a decade of talks": talks spread over years are a process, not one meeting. */
function talksOverYears(doc: EntityDoc, t: Trigger): boolean {
  if (t.type.type !== "meeting" || t.via !== "noun") return false;
  return SPAN_OF.test(doc.body.slice(Math.max(t.sentence.start, t.start - 40), t.start));
}

/** "Uzbekistan, which ships cotton and fertiliser through Torkham": a habit of trade, not aid given. */
function habitualSupply(t: Trigger): boolean {
  return t.type.type === "aid" && t.via === "verb" && t.form === "s" && !t.intent;
}

/** Is this diplomacy trigger no event of its own? */
export function diplomacyNonEvent(doc: EntityDoc, t: Trigger): boolean {
  return idleTravel(doc, t) || easedSanctions(doc, t) || talksOverYears(doc, t) || habitualSupply(t);
}
