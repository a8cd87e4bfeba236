// Dates an event takes from the gathering it is set at: "would raise the incident at a meeting of
// foreign ministers next month" (the meeting, no event of its own, lends its date) and "would raise
// the matter at the Human Rights Council. The council’s next session opens on June 16."

import type { EntityDoc } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import type { EventParticipant, EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface SetDraft {
  trigger: Trigger;
  dates: DateMention[];
  participants: EventParticipant[];
  status: EventStatus;
}

const AT_GATHERING = new RegExp(
  `\\b(?:at|during)${WS}+(?:an?|the|its|their)${WS}+(?:[\\p{L}-]+${WS}+){0,2}$`,
  "iu",
);

/** An undated kept act takes the date of a dropped gathering it is held at, later in its sentence. */
export function lendSettingDates(
  doc: EntityDoc,
  drafts: readonly SetDraft[],
  kept: readonly SetDraft[],
): void {
  for (const g of drafts) {
    if (kept.includes(g) || g.dates.length === 0 || g.trigger.via !== "noun") continue;
    const lead = doc.body.slice(Math.max(g.trigger.sentence.start, g.trigger.start - 40), g.trigger.start);
    if (!AT_GATHERING.test(lead)) continue;
    const act = kept
      .filter((d) => d.trigger.sentence === g.trigger.sentence && d.trigger.end <= g.trigger.start)
      .pop();
    if (act && act.dates.length === 0) act.dates.push(...g.dates);
  }
}

const SESSION = new RegExp(
  `^(?:[’']s?)?${WS}+(?:next|upcoming|annual|coming)${WS}+(?:session|meeting|summit|assembly|plenary)${WS}+(?:opens|begins|starts|is${WS}+due${WS}+to${WS}+(?:open|begin|start)|will${WS}+(?:open|begin|start))${WS}+([^,;.“”"]{1,40})`,
  "u",
);

/**
 * A planned act at a body ("will raise the matter at the Human Rights Council") is dated by any later
 * sentence giving that body's next session ("The council’s next session opens in Geneva on June 16").
 */
export function attachSessionDates(doc: EntityDoc, drafts: readonly SetDraft[]): void {
  for (const d of drafts) {
    if (d.dates.length > 0 || d.status !== "planned" || !d.trigger.type.venue) continue;
    const bodies = new Set(d.participants.map((p) => p.actorId));
    for (const m of doc.mentions) {
      if (m.start < d.trigger.sentence.end || !bodies.has(m.actorId)) continue;
      if (doc.actors.get(m.actorId)?.kind !== "Organization") continue;
      const s = SESSION.exec(doc.body.slice(m.end, m.end + 120));
      if (!s?.[1]) continue;
      const at = m.end + s[0].length - s[1].length;
      const date = findDates(s[1], doc.publishedAt, at, true)[0];
      if (date) {
        d.dates.push(date);
        break;
      }
    }
  }
}

/** "reached at talks in X", "signed after three hours of talks", "agreed during a meeting": the gathering of an act. */
const SETTING_OF_ACT = new RegExp(
  `\\b(?:at|after|during|following)${WS}+(?:an?|the|their|two|three|four|five|several|hours|days|a${WS}+day|(?:\\p{Ll}+${WS}+)?(?:hours|days)${WS}+of)?(?:${WS}+[\\p{L}-]+){0,3}?${WS}*$`,
  "iu",
);

interface ActDraft extends SetDraft {
  type: string;
}

/**
 * An undated gathering in the clause of a dated act is held when the act is done: "The deal was
 * reached at a meeting between X and Y" (the deal's date, through its earlier dated mention),
 * "signed a memorandum on Friday after three hours of talks".
 */
export function lendActDatesToSettings(
  doc: EntityDoc,
  kept: readonly ActDraft[],
  /** Every mention read, kept or not: "The pact was signed at …" names no party of its own. */
  drafts: readonly ActDraft[],
): void {
  for (const g of kept) {
    if (g.dates.length > 0 || g.trigger.via !== "noun" || g.type !== "meeting" || g.status === "planned")
      continue;
    const lead = doc.body.slice(Math.max(g.trigger.sentence.start, g.trigger.start - 50), g.trigger.start);
    if (!SETTING_OF_ACT.test(lead)) continue;
    const act = drafts
      .filter((d) => d !== g && d.trigger.sentence === g.trigger.sentence && d.trigger.end <= g.trigger.start)
      .pop();
    if (!act || act.status === "planned") continue;
    // "The deal was reached at …": a re-mention dates through the latest dated mention of its type.
    const dated =
      act.dates.length > 0
        ? act
        : drafts
            .filter((d) => d.type === act.type && d.trigger.start < act.trigger.start && d.dates.length > 0)
            .pop();
    if (dated) g.dates.push(...dated.dates.filter((x) => x.precision === "day"));
  }
}
