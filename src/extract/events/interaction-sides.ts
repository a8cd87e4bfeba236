// The sides of an interaction (talks, a meeting, a call) that its clause gives without naming both
// states as actors: a pair written by number ("talks between the two countries’ ministers", "both
// sides agreed", "a bilateral meeting") stands for the story's main pair, and the state whose capital
// or territory hosts the meeting is a side when a visitor of another state is named ("the Czech
// prime minister will meet in Vienna"). A meeting still needs two distinct sides to be kept; these
// are read only when the trigger's own phrases name fewer than two.

import { type EntityDoc, inQuote, mainPair } from "../doc.ts";
import { placeCountry } from "../entities/gazetteer.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";
import { officialParties } from "./meeting-parties.ts";
import { placeOf } from "./participants.ts";

/** "both sides", "the two countries’", "the two neighbours", "the two foreign ministers": a counted pair. */
const COUNTED_PAIR = new RegExp(
  `\\b(?:both|the${WS}+two)${WS}+(?:[\\p{Ll}-]+${WS}+){0,2}?(?:countries|nations|governments|states|sides|neighbou?rs|capitals|leaders|presidents|premiers|ministers|delegations|foreign${WS}+ministers|prime${WS}+ministers)\\b`,
  "giu",
);

/** "bilateral talks", "a binational cabinet meeting", "talks between the neighbours": a pair by kind. */
const PAIR_BEFORE = new RegExp(`\\b(?:bilateral|binational)${WS}+(?:[\\p{Ll}-]+${WS}+){0,2}$`, "iu");
const PAIR_AFTER = new RegExp(`^${WS}+between${WS}+the${WS}+neighbou?rs\\b`, "iu");

/** How far from the trigger a counted pair may stand (characters). */
const NEAR = 80;

/** Does the trigger's sentence (outside quotes) speak of a pair of states or of their officials? */
function namesPair(doc: EntityDoc, t: Trigger): boolean {
  const s = t.sentence;
  if (PAIR_BEFORE.test(doc.body.slice(Math.max(s.start, t.start - 40), t.start))) return true;
  if (PAIR_AFTER.test(doc.body.slice(t.end, Math.min(s.end, t.end + 30)))) return true;
  // Near the trigger: a pair told a clause or two away speaks of another act.
  const from = Math.max(s.start, t.start - NEAR);
  for (const m of doc.body.slice(from, Math.min(s.end, t.end + NEAR)).matchAll(COUNTED_PAIR))
    if (!inQuote(doc, from + (m.index ?? 0))) return true;
  return false;
}

/** The state hosting the trigger's venue ("meet in Vienna", "talks in Oman"), when one is named. */
function venueHost(doc: EntityDoc, t: Trigger): string | undefined {
  const place = placeOf(doc, t);
  if (place.placeId) return place.placeId;
  const iso = place.placeName ? placeCountry(doc.knowledge, place.placeName) : undefined;
  const id = iso ? `country:${iso.toLowerCase()}` : undefined;
  return id && doc.actors.has(id) ? id : undefined;
}

/** The state an actor stands for: itself, or its country. */
function sideOf(doc: EntityDoc, id: string): string {
  const actor = doc.actors.get(id);
  return actor?.kind !== "Country" && actor?.countryId ? actor.countryId : id;
}

/**
 * The sides to add to an interaction whose phrases name `have`: the main pair when the sentence
 * counts a pair, else the venue's host when it differs from the one side named. Empty when the
 * text supports no second side.
 */
export function interactionSides(doc: EntityDoc, t: Trigger, have: readonly string[]): string[] {
  if (t.type.type !== "meeting" || inQuote(doc, t.start)) return [];
  const sides = new Set(have.map((id) => sideOf(doc, id)));
  if (sides.size >= 2) return [];
  const officials = officialParties(doc, t, true).filter((id) => !sides.has(id));
  for (const id of officials) sides.add(id);
  if (sides.size >= 2) return officials;
  if (namesPair(doc, t)) {
    const pair = mainPair(doc);
    // A pair that leaves out the side already named is another pair.
    if (pair.length === 2 && (sides.size === 0 || pair.some((id) => sides.has(id)))) return pair;
  }
  if (sides.size !== 1) return [];
  const host = venueHost(doc, t);
  return host && !sides.has(host) ? [...officials, host] : [];
}
