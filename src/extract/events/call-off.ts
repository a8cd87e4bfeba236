// A call-off told after the event's noun, in the passive: "The talks, which were due to begin on
// Monday, were postponed", "the summit has been cancelled", "a summit of Balkan leaders, which had
// been due in June, has been postponed" (a short "of …" phrase may come before the aside). The cue
// words and their CAMEO codes are the lexicon's negation cues; this only finds them on the other
// side of the noun.
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { squash } from "../text/text.ts";
import type { Trigger } from "./event-triggers.ts";

const PASSIVE_CALLED_OFF = new RegExp(
  `^(?:(?:${WS}+(?:of|for|on|in|between|under)${WS}[^,;.“”"]{1,60})?${WS}*,[^,;.“”"]{1,70},)?[^,;.“”"]{0,40}?\\b(?:was|were|has${WS}+been|have${WS}+been|had${WS}+been|will${WS}+be|would${WS}+be|is${WS}+being|are${WS}+being)${WS}+(?:\\p{Ll}+ly${WS}+)?(postponed|cancell?ed|called${WS}+off|suspended|scrapped|put${WS}+off|delayed|shelved)\\b`,
  "iu",
);

/** "the meeting, planned for May 3, is off", "the visit was “off for now”": the event is called off. */
const IS_OFF = new RegExp(
  `^(?:(?:${WS}+(?:of|for|on|in|between|with|under)${WS}[^,;.“”"]{1,60})?${WS}*,[^;.“”"]{1,70},)?[^,;.“”"]{0,40}?\\b(?:was|were|is|are|will${WS}+be|would${WS}+be)${WS}+[“"‘']?off\\b(?!${WS}+(?:the|a|an|its|their)\\b)`,
  "iu",
);

/** The cue of a passive call-off right after a noun trigger, with the CAMEO code of calling it off. */
export function passiveCallOff(doc: EntityDoc, t: Trigger): { cue: string; cameo: string } | undefined {
  if (t.via === "verb") return undefined;
  const after = doc.body.slice(t.end, t.sentence.end);
  const m = PASSIVE_CALLED_OFF.exec(after);
  const word = m ? squash(m[1] ?? "").toLowerCase() : IS_OFF.test(after) ? "called off" : "";
  if (!word) return undefined;
  const group = doc.knowledge.negation.cues.find((g) => g.phrases.some((p) => p.toLowerCase() === word));
  const cameo = group?.cameo[t.type.type] ?? group?.cameo["*"];
  return cameo ? { cue: word, cameo } : undefined;
}

/** "talks … broke down", "the negotiations collapsed", "talks on a settlement stalled": talks that ended unfinished. */
const BROKE_DOWN = new RegExp(
  `^(?:${WS}+(?:of|for|on|in|between|with|over|under)${WS}[^,;.“”"]{1,80}?)?(?:${WS}*,[^,;.“”"]{1,70},)?${WS}+(?:(?:have|has|had)${WS}+)?(?:\\p{Ll}+ly${WS}+)?(broke${WS}+down|broken${WS}+down|collapsed|stalled|foundered|faltered|ran${WS}+aground|reached${WS}+(?:a${WS}+)?(?:dead${WS}+end|deadlock|an${WS}+impasse))\\b`,
  "iu",
);

/** The cue of talks breaking down right after a meeting or summit noun (CAMEO 164, halt negotiations). */
export function talksBrokeDown(doc: EntityDoc, t: Trigger): { cue: string; cameo: string } | undefined {
  if (t.via !== "noun" || (t.type.type !== "meeting" && t.type.type !== "summit")) return undefined;
  const m = BROKE_DOWN.exec(doc.body.slice(t.end, t.sentence.end));
  return m?.[1] ? { cue: squash(m[1]).toLowerCase(), cameo: "164" } : undefined;
}
