// "Peru blamed China for a cyberattack on its ministries", "accused Chile of a drone attack on
// its post": the actor accused of an act named by a noun is its agent, as it is for a gerund
// ("accused Chile of shelling"). Only acts that need an agent are read this way: a ceasefire or a
// meeting someone is accused of breaking or skipping is not done by the accused. The same holds
// for the actor an act is blamed on after the noun ("a cyberattack it blamed on X").
import { type ActorMention, type EntityDoc, lastMentionBefore } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";
import { afterPreposition, agentNounGap } from "./participants.ts";

/** "accused X last year of …", "blamed X on Thursday for …": a time between the accused and "of" or "for". */
export const ACCUSED_WHEN = `(?:${WS}+(?:on${WS}+\\p{Lu}\\p{Ll}+|(?:last|this|earlier${WS}+this)${WS}+\\p{Ll}+|in${WS}+\\p{Lu}\\p{Ll}+(?:${WS}+\\d{4})?|in${WS}+\\d{4}))?`;

/** "X of a", "X for the latest", "X for a series of": the accusation's preposition and the noun's lead. */
const ACCUSED_OF_NOUN = new RegExp(
  `(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|hold(?:s|ing)?|held)${WS}+([^,;.“”"]{1,60}?)(?:${WS}+responsible)?${ACCUSED_WHEN}${WS}+(?:of|for)${WS}+(?:(?:a|an|the|its|their|last${WS}+\\p{L}+[’']s|recent|latest|new|series${WS}+of|wave${WS}+of|string${WS}+of|spate${WS}+of)${WS}+){0,3}(?:[\\p{Ll}-]+${WS}+){0,2}$`,
  "du",
);

/** The accused actor of a noun trigger, when the noun is what it is accused of. */
export function accusedOfNoun(doc: EntityDoc, t: Trigger): ActorMention | undefined {
  if (t.via !== "noun" || !t.type.requiresAgent) return undefined;
  const before = doc.body.slice(t.sentence.start, t.start);
  const m = ACCUSED_OF_NOUN.exec(before);
  if (!m) return undefined;
  // The accused ends where its phrase ends: "blamed China" or "blamed Chinese hackers".
  const [groupStart = 0, groupEnd = 0] = m.indices?.[1] ?? [];
  const accusedEnd = t.sentence.start + groupEnd;
  const actor = lastMentionBefore(doc, accusedEnd);
  if (!actor || actor.start < t.sentence.start + groupStart) return undefined;
  return actor.end === accusedEnd || agentNounGap(doc, actor.end, accusedEnd) ? actor : undefined;
}

/** "a cyberattack it blamed on Chinese hackers", "attacks attributed to X": the blamed actor after the noun. */
const BLAMED_ON = `(?:blam(?:e|es|ed|ing)${WS}+on|attribut(?:e|es|ed|ing)${WS}+to|pinn?(?:ed|s|ing)?${WS}+on)`;

export function blamedAfter(doc: EntityDoc, t: Trigger): ActorMention[] {
  if (t.via !== "noun" || !t.type.requiresAgent) return [];
  return afterPreposition(doc, t, BLAMED_ON, 30);
}
