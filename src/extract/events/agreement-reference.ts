// "X and Y agreed on Friday to …. The accord was signed in Z by their ministers": a signing that
// refers back to an agreement by a definite noun is the agreeing of the lead, so it takes that
// clause's date and its coordinated subject as parties when it has none of its own.

import { type EntityDoc, inQuote } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { EventParticipant } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";
import { subjectBefore } from "./participants.ts";

/** The part of an event draft this rule reads and fills. */
export interface SigningDraft {
  type: string;
  trigger: Trigger;
  participants: EventParticipant[];
  dates: DateMention[];
}

const AGREED = /\b(?:agreed|signed)\b/giu;
/** "The accord was signed", "Under the deal, signed": a definite noun naming the agreement. */
const DEFINITE = new RegExp(`\\b(?:the|this)${WS}+(?:[\\p{Ll}-]+${WS}+)?$`, "iu");

/** The latest "agreed on <date>" in the two sentences before `index`: its date and its subject. */
function agreeingBefore(
  doc: EntityDoc,
  index: number,
  t: Trigger,
): { date: DateMention; subjects: string[] } | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const s = doc.sentences[i];
    if (!s) continue;
    const dates = findDates(s.text, doc.publishedAt, s.start);
    for (const m of [...execAll(AGREED, s.text)].reverse()) {
      const at = s.start + (m.index ?? 0);
      if (inQuote(doc, at)) continue;
      const end = at + m[0].length;
      // The date right after the verb ("agreed on Friday", "signed Tuesday").
      const date = dates.find(
        (d) => d.start >= end && new RegExp(`^${WS}+$`, "u").test(doc.body.slice(end, d.start)),
      );
      if (!date) continue;
      const verb = { ...t, start: at, end, sentence: s, via: "verb" as const };
      return { date, subjects: subjectBefore(doc, verb).map((x) => x.actorId) };
    }
  }
  return undefined;
}

/** Fills undated signings of a definite agreement from the agreeing they refer back to. Mutates drafts. */
export function inheritAgreeing(doc: EntityDoc, drafts: readonly SigningDraft[]): void {
  for (const d of drafts) {
    const object = d.trigger.object;
    if (d.type !== "agreement" || d.dates.length > 0 || !object) continue;
    const before = doc.body.slice(Math.max(d.trigger.sentence.start, object.start - 30), object.start);
    if (!DEFINITE.test(before)) continue;
    const found = agreeingBefore(doc, d.trigger.sentence.index, d.trigger);
    if (!found) continue;
    d.dates.push(found.date);
    if (d.participants.length > 0) continue;
    for (const id of found.subjects) d.participants.push({ actorId: id, role: "participant" });
  }
}
