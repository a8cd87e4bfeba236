// A meeting held by several delegates is a meeting of several parties even when no state is named in
// its clause: "a meeting of defence ministers in Riyadh", "an emergency meeting of the region's
// energy ministers", "the leaders would now meet in January", "the two delegations will meet again".
// The parties are whoever the article is about; the event stands on its setting (place or date).
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

/** People who meet for their states or bodies, in the plural. */
const DELEGATES = `(?:ministers|leaders|heads${WS}+of${WS}+(?:state|government)|presidents|premiers|delegations|delegates|negotiators|envoys|commanders|commissioners|chiefs|officials|representatives|counterparts|foreign${WS}+secretaries)`;

/** Who owns the delegates: "the", "their", "the bloc’s", "the region’s", "the two", "member states’". */
const OWNER = `(?:(?:the|their|its|both|all)${WS}+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|member|neighbouring|neighboring|regional|\\p{L}+[’']s)${WS}+)?`;

/** Lower-case modifiers of the delegates ("defence", "energy", "foreign", "senior military"), not a cabinet. */
const MODIFIERS = `(?:(?!cabinet\\b|party\\b|opposition\\b)[\\p{L}-]+${WS}+){0,3}?`;

/** "meeting of defence ministers", "talks between their foreign ministers", "summit of the bloc’s leaders". */
const AFTER_NOUN = new RegExp(`^${WS}+(?:of|between|among)${WS}+${OWNER}${MODIFIERS}${DELEGATES}\\b`, "iu");

/** "the ministers’ meeting", "a leaders’ summit": a plural possessive right before the noun. */
const BEFORE_NOUN = new RegExp(`\\b${DELEGATES}[’']${WS}+(?:\\p{Ll}[\\p{Ll}-]*${WS}+){0,2}$`, "iu");

/** "the leaders would now meet", "the two delegations are due to meet again": a plural delegate subject. */
const SUBJECT = new RegExp(
  `\\b${OWNER}${MODIFIERS}${DELEGATES}(?:${WS}+(?:will|would|are|were|have|had|now|again|also|then|later|last|first|finally|to|due|set|expected|agreed|plan|planned|scheduled|due${WS}+to|set${WS}+to|expected${WS}+to|agreed${WS}+to))*${WS}+$`,
  "iu",
);

/** "the energy ministers will hold an emergency meeting": plural delegates holding the noun's meeting. */
const HOLDING = new RegExp(
  `\\b${OWNER}${MODIFIERS}${DELEGATES}(?:${WS}+(?:will|would|are|were|to|also|again|due|set|expected|agreed|plan))*${WS}+(?:hold|holds|held|holding|convene|convened|convening)${WS}+(?:(?:a|an|the|their|its)${WS}+)?(?:\\p{Ll}[\\p{Ll}-]*${WS}+){0,2}$`,
  "iu",
);

/** "met reporters", "meet with journalists": an audience, not a party. */
const AUDIENCE = new RegExp(
  `^${WS}+(?:with${WS}+)?(?:the${WS}+)?(?:reporters|journalists|press|media|students|supporters|residents|families|relatives|protesters)\\b`,
  "iu",
);

/** "at a meeting of …", "at the leaders’ summit": the noun sets another act of its clause. */
const SETTING_BEFORE = new RegExp(
  `\\bat${WS}+(?:a|an|the|their|its)${WS}+(?:\\p{Ll}[\\p{Ll}-]*${WS}+)?$`,
  "iu",
);

/** Is the meeting trigger held by several delegates ("a meeting of energy ministers", "the leaders will meet")? */
export function pluralDelegates(doc: EntityDoc, t: Trigger): boolean {
  if (!t.type.minParticipants || t.intent) return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start);
  const after = doc.body.slice(t.end, Math.min(t.sentence.end, t.end + 80));
  if (t.via === "verb") return (SUBJECT.test(before) || HOLDING.test(before)) && !AUDIENCE.test(after);
  // "raise the incident at a meeting of foreign ministers": the meeting is the setting of another act.
  if (t.via !== "noun" || SETTING_BEFORE.test(before)) return false;
  return AFTER_NOUN.test(after) || BEFORE_NOUN.test(before) || HOLDING.test(before);
}
