// "A drone strike killed three soldiers on Tuesday", "Shelling on Monday wounded two civilians":
// an act noun opening the clause is the subject of a verb of its own type. The verb names no agent
// (its subject is the act itself), so its draft is dropped; its date and past tense belong to the
// act the noun names.
import type { DateMention } from "../text/dates.ts";
import type { EventParticipant, EventStatus } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface Mentioned {
  trigger: Trigger;
  dates: DateMention[];
  participants: EventParticipant[];
  status: EventStatus;
}

/** Between a subject noun and its verb: its target, place or time ("on a border post", "on Monday"), no clause break. */
const SUBJECT_GAP = /^[^,;:.“”"]{0,50}$/u;
const CLAUSE_WORD = /\b(?:that|which|who|and|but|or|said|says|after|before|when|while|as)\b/iu;
/^(?:[\s\u00a0]+(?:on|in|at|near|overnight|also|reportedly|early|late|last|this|\p{Lu}[\p{L}.-]*|\p{Ll}+day|\d[\d,]*))*[\s\u00a0]+$/u;

/** Lends an agentless verb's dates and past status to the act noun that is its subject. */
export function lendToSubjectNoun(drafts: readonly Mentioned[], body: string): void {
  const hasAgent = (d: Mentioned) => d.participants.some((p) => p.role === "source");
  for (const verb of drafts) {
    const t = verb.trigger;
    if (t.via !== "verb" || !t.type.requiresAgent || hasAgent(verb) || t.form !== "past") continue;
    const noun = drafts.find(
      (d) =>
        d.trigger.via === "noun" &&
        d.trigger.sentence === t.sentence &&
        d.trigger.type.type === t.type.type &&
        d.trigger.end <= t.start &&
        SUBJECT_GAP.test(body.slice(d.trigger.end, t.start)) &&
        !CLAUSE_WORD.test(body.slice(d.trigger.end, t.start)),
    );
    if (!noun) continue;
    for (const x of verb.dates) if (!noun.dates.some((y) => y.value === x.value)) noun.dates.push(x);
    if (noun.status === "reported" && verb.status === "occurred") noun.status = "occurred";
  }
}
