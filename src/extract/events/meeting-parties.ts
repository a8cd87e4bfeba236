// Gatherings and trips: the parties of a gathering named after its venue ("talks in Belgrade between
// Serbian and Montenegrin ministers" — the plain "between" rule reaches only a few characters past
// the noun), and which "travel to X" phrases are visits.

import type { ActorMention, EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";
import { afterPreposition } from "./participants.ts";

const VENUE_THEN_PARTIES = new RegExp(
  `^${WS}+(?:in|at)${WS}+(?:the${WS}+)?\\p{Lu}[\\p{L}’'-]*(?:${WS}+\\p{Lu}[\\p{L}’'-]*){0,2}${WS}+(?:between|with)${WS}`,
  "u",
);

const GATHERINGS = new Set(["meeting", "summit"]);

/** The parties after "in <Place> between|with" right after a gathering noun. */
export function partiesAfterVenue(doc: EntityDoc, t: Trigger): ActorMention[] {
  if (t.via !== "noun" || !GATHERINGS.has(t.type.type)) return [];
  if (!VENUE_THEN_PARTIES.test(doc.body.slice(t.end, t.end + 60))) return [];
  return afterPreposition(doc, t, "between|with", 40);
}

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
export function idleTravel(doc: EntityDoc, t: Trigger): boolean {
  if (t.type.type !== "visit" || t.via !== "verb" || !TRAVEL.test(t.text)) return false;
  const lead = doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start);
  if (/\bnot\b/i.test(lead) || VISIT_NOUN_AFTER.test(doc.body.slice(t.end, t.sentence.end))) return true;
  return t.form !== "past" && !TRIP_LEAD.test(lead);
}
