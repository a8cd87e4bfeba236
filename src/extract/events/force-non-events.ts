// Force-and-coercion trigger matches that are no act of their own:
// - "killed five people in an overnight raid", "killed a commander in an air strike": the attack noun
//   after a killing verb is where the killing happened, the same act;
// - "where the borders of Niger, Mali and Burkina Faso meet": borders meeting is geography, no meeting;
// - a habit ("run a joint patrol each summer") and a hazard's toll ("63 people had been killed" after floods).
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

const KILLING_THEN_IN = new RegExp(
  `\\b(?:kill(?:s|ed|ing)?|died|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|shot${WS}+dead|gunned${WS}+down)\\b[^.;:“”"]{0,120}?\\b(?:in|during)${WS}+(?:an?|the|their|its|his|her|this)(?:${WS}+[\\p{L}-]+)?${WS}+$`,
  "iu",
);

/** Is an attack or raid noun the setting of a killing told just before it ("killed … in an air strike")? */
export function settingOfKilling(doc: EntityDoc, t: Trigger): boolean {
  // A verb form there is the noun too ("in a bombing raid").
  if (t.type.type !== "military-attack" && t.type.type !== "raid") return false;
  return KILLING_THEN_IN.test(doc.body.slice(Math.max(t.sentence.start, t.start - 160), t.start));
}

const LINES_SUBJECT =
  /\b(?:borders?|frontiers?|rivers?|roads?|highways?|railways?|lines?)\b[^;:.“”"]{0,60}$/iu;

/** "where the borders … meet", "the point at which the rivers meet": lines meeting, no meeting of people. */
export function linesMeet(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || t.type.type !== "meeting" || !/^meet/i.test(t.text)) return false;
  if (!/^[\s\u00a0]*(?:[.,;:]|$)/.test(doc.body.slice(t.end, t.end + 3))) return false;
  return LINES_SUBJECT.test(doc.body.slice(Math.max(t.sentence.start, t.start - 70), t.start));
}

const HYPOTHETICAL_BEFORE = new RegExp(
  `\\b(?:tolerate|prevent|deter|stop|condemn(?:s|ed)?|against|any|future|possible|further|new|more|risk${WS}+of|threat${WS}+of|fear${WS}+of|fears${WS}+of)${WS}+$`,
  "iu",
);

/** "would not tolerate attacks on its infrastructure", "to deter any attack on": an attack only feared. */
export function hypotheticalAttack(doc: EntityDoc, t: Trigger): boolean {
  if (
    t.via !== "noun" ||
    t.type.type !== "military-attack" ||
    !/^(?:attacks?|assault|ambush)\b/i.test(t.text)
  )
    return false;
  return HYPOTHETICAL_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start));
}

const HABITUAL_BEFORE = new RegExp(
  `\\b(?:regularly|routinely|often|frequently|usually|typically|habitually)(?:${WS}+[\\p{L}-]+){0,3}?${WS}+$`,
  "iu",
);

const HABITUAL_AFTER = new RegExp(
  `^[^,;.“”"]{0,50}?\\b(?:every|each)${WS}+(?:day|week|month|year|night|summer|winter|spring|autumn|season)\\b`,
  "iu",
);

/** "run a joint", "hold their annual": a simple present verb holding the act noun (a perfect "has made" tells a record). */
const PRESENT_HOLDING = new RegExp(
  `\\b(?:run|runs|hold|holds|conduct|conducts|stage|stages|carry${WS}+out|carries${WS}+out|organi[sz]es?|hosts?|makes?|pays?)(?:${WS}+(?:a|an|the|their|its|joint|regular|\\p{Ll}+-\\p{Ll}+))*${WS}+$`,
  "iu",
);

/**
 * "boats … are regularly chased away or detained", "migrants detained every week", "the navies run
 * a joint patrol each summer": a habit, not one act.
 */
export function habitualAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.via === "noun")
    return (
      PRESENT_HOLDING.test(doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start)) &&
      HABITUAL_AFTER.test(doc.body.slice(t.end, t.sentence.end))
    );
  if (t.via !== "verb") return false;
  return (
    HABITUAL_BEFORE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 50), t.start)) ||
    HABITUAL_AFTER.test(doc.body.slice(t.end, t.sentence.end))
  );
}

/** Natural hazards that kill without a doer. */
const HAZARD =
  /\b(?:floods?|flash[\s\u00a0]+floods?|flooding|earthquakes?|quakes?|tremors?|landslides?|mudslides?|cyclones?|typhoons?|hurricanes?|storms?|avalanches?|tsunamis?|eruptions?|heatwaves?|wildfires?)\b/iu;

/** "had been killed", "were killed or injured": a killing told with no doer. */
const AGENTLESS_KILLED = new RegExp(`\\b(?:was|were|been)${WS}+(?:\\p{Ll}+ly${WS}+)?$`, "u");

/**
 * "at least 63 people had been killed and 2,400 homes destroyed", told of a flood or an earthquake
 * named in the sentence, the two before it or the lead: the toll of a hazard, no use of force.
 */
export function hazardToll(doc: EntityDoc, t: Trigger): boolean {
  if (t.type.type !== "military-attack" || t.via !== "verb" || !/^kill/i.test(t.text)) return false;
  if (!AGENTLESS_KILLED.test(doc.body.slice(Math.max(t.sentence.start, t.start - 30), t.start))) return false;
  if (/^[^,;.]{0,40}\bby\b/u.test(doc.body.slice(t.end, t.sentence.end))) return false;
  const i = t.sentence.index;
  const near = doc.sentences.filter((s) => s.index === 0 || (s.index >= i - 2 && s.index <= i));
  return near.some((s) => HAZARD.test(s.text));
}

// "called the law an attack on press freedom": a label put on something, no use of force.
const LABEL_FRAME = new RegExp(
  `\\b(?:call(?:s|ed)?|describ(?:e|es|ed)|brand(?:s|ed)?|term(?:s|ed)|label(?:s|led|ed)?|is|was|were|are|be|amount(?:s|ed)?${WS}+to|constitut(?:e|es|ed)|as)${WS}+(?:[^,;.“”"]{0,60}?${WS})?an?${WS}+(?:[\\p{Ll}-]+${WS}+)?$`,
  "iu",
);
const ABSTRACT_TARGET = new RegExp(
  `^${WS}+(?:the${WS}+|our${WS}+|its${WS}+|their${WS}+)?(?:[\\p{Ll}-]+${WS}+)?(?:freedoms?|democracy|sovereignty|rights|constitution|independence|values|rule${WS}+of${WS}+law|dignity|press|media|journalism|multilateralism|principles|identity|order)\\b`,
  "iu",
);

/** "an attack on press freedom", "described the decision as an attack on sovereignty": words, not force. */
export function figurativeAttack(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "noun" || t.type.type !== "military-attack" || !/^(?:attacks?|assault)\b/i.test(t.text))
    return false;
  return (
    LABEL_FRAME.test(doc.body.slice(Math.max(t.sentence.start, t.start - 100), t.start)) ||
    ABSTRACT_TARGET.test(doc.body.slice(t.end, t.end + 40))
  );
}

/** Measures and natural forces that "hit" or "strike" things without any use of force. */
const MEASURE_SUBJECT = new RegExp(
  `\\b(?:sanctions|tariffs?|duties|levies|bans?|embargo(?:es)?|restrictions|curbs|measures|penalties|storms?|cyclones?|typhoons?|hurricanes?|floods?|earthquakes?|quakes?|tremors?|droughts?|shortages?|crisis|inflation|strikes${WS}+by${WS}+workers)(?:${WS}*,[^,;.“”"]{1,50},)?(?:${WS}+(?:also|have|has|had|will|would|could|may|might|directly|mainly))*${WS}+$`,
  "iu",
);

/** "new sanctions hit Russian energy facilities", "the cyclone struck the port": no act of force. */
export function measureStrike(doc: EntityDoc, t: Trigger): boolean {
  if (
    t.via !== "verb" ||
    t.type.type !== "military-attack" ||
    !/^(?:hit|struck|strikes?|striking)$/i.test(t.text)
  )
    return false;
  return MEASURE_SUBJECT.test(doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start));
}
