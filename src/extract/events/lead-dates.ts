// "Brunei and Malaysia agreed on Friday to resume joint patrols … / The foreign ministers of the two
// countries signed a memorandum of understanding in the capital after three hours of talks": the
// sentence after a dated lead tells the lead's act in detail, so an undated act told there in the
// simple past, by the lead's own parties (or none named), happened on the lead's day. Acts of force
// and taking are left to the incident steps.
import { type EntityDoc, inQuote } from "../doc.ts";
import { type DateMention, findDates } from "../text/dates.ts";
import { WS } from "../text/patterns.ts";
import type { DatingDraft } from "./dating.ts";
import { INCIDENTS, toldApart } from "./incident-dates.ts";
import { datedApart } from "./relative-dates.ts";
import { datelineLength } from "./report-dateline.ts";

/** "had signed", "has held", "were to sign": no simple past of the lead's time. */
const NOT_SIMPLE = new RegExp(`\\b(?:had|has|have|would|will|to|be|been)${WS}+(?:\\p{Ll}+ly${WS}+)?$`, "iu");

/** The lead's day: the first past day written in the first sentence holding an act, after the dateline. */
function leadDay(
  doc: EntityDoc,
  drafts: readonly DatingDraft[],
): { day: DateMention; lead: DatingDraft[] } | undefined {
  const first = drafts[0]?.trigger.sentence;
  if (!first) return undefined;
  const lead = drafts.filter((d) => d.trigger.sentence === first && !d.negation);
  const from = Math.max(first.start, datelineLength(doc.body));
  // "agreed on Wednesday to run patrols from next month": the agreeing's day, whichever act holds it.
  const day = findDates(doc.body.slice(from, first.end), doc.publishedAt, from).find(
    (x) => x.precision === "day" && x.value <= doc.publishedAt && !inQuote(doc, x.start),
  );
  return day && lead.length > 0 ? { day, lead } : undefined;
}

/** The states and bodies of the lead's acts (a body or an official stands for its state too). */
function leadParties(doc: EntityDoc, lead: readonly DatingDraft[]): Set<string> {
  const ids = new Set<string>();
  for (const p of lead.flatMap((d) => d.participants)) {
    ids.add(p.actorId);
    const state = doc.actors.get(p.actorId)?.countryId;
    if (state) ids.add(state);
  }
  return ids;
}

/** Undated past acts of the sentence after a dated lead, done by the lead's parties, take the lead's day. */
export function lendLeadDay(doc: EntityDoc, drafts: readonly DatingDraft[]): void {
  const found = leadDay(doc, drafts);
  if (!found) return;
  const first = found.lead[0]?.trigger.sentence;
  const next = first && doc.sentences[first.index + 1];
  if (!next || next.paragraph > first.paragraph + 1) return;
  if (findDates(next.text, doc.publishedAt, next.start).length > 0) return;
  const parties = leadParties(doc, found.lead);
  for (const d of drafts) {
    const t = d.trigger;
    if (t.sentence !== next || d.dates.length > 0 || d.negation || d.status !== "occurred") continue;
    // Force and takings are left to the incident steps, which tell the backstory apart.
    if (INCIDENTS.has(d.type)) continue;
    if (t.via !== "verb" || t.form !== "past" || inQuote(doc, t.start) || toldApart(doc, t)) continue;
    // "Eight of the men were later released": a relative time of its own sets it apart from the lead.
    if (datedApart(doc, t)) continue;
    if (NOT_SIMPLE.test(doc.body.slice(Math.max(next.start, t.start - 20), t.start))) continue;
    const own = (id: string) => parties.has(id) || parties.has(doc.actors.get(id)?.countryId ?? "");
    if (d.participants.every((p) => own(p.actorId))) d.dates.push(found.day);
  }
}
