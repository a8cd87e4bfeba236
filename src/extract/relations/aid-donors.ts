// Aid given is cooperation between the donor state and the state it helps (test/corpus/dev notes:
// "donor states cooperate with the recipient"): "India flew 40 tonnes of tents to Nepal", "Qatar
// pledged $20 million for the survivors", "Bhutan sent a medical team". The donor is the aid's
// source, else the state its sentence opens with; the recipient its target, else the other state its
// sentence names, else the one state the story's other aid goes to. Only aid the story is about: told
// in its opening sentences, or going where its relief goes.
import { type EntityDoc, evidence, mentionsIn } from "../doc.ts";
import type { Event } from "../types.ts";
import { stateOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** The opening sentences of a story, where its own news is told. */
const LEDE = 2;

/** Words that open another clause between the donor and a state named after it. */
const CLAUSE_BREAK = /\b(?:after|before|while|when|because|although|as|but|and[\s\u00a0]+(?:then|later))\b/iu;

/** Countries only: a donor or recipient is a state (its embassy, air force or minister stands for it). */
function stateIn(doc: EntityDoc, id: string): string | undefined {
  const state = stateOf(doc, id);
  return doc.actors.get(state)?.kind === "Country" ? state : undefined;
}

/** The donor and, if named, the recipient of one aid event. */
function parties(doc: EntityDoc, e: Event): { donor?: string; recipient?: string } {
  const role = (r: string) => e.participants.filter((p) => p.role === r).map((p) => stateIn(doc, p.actorId));
  const sentence = doc.sentences[e.evidence[0]?.sentence ?? -1];
  const named = sentence
    ? mentionsIn(doc, sentence.start, sentence.end)
        .filter((m) => m.kind !== "pronoun")
        .map((m) => ({ m, state: stateIn(doc, m.actorId) }))
        .filter((x): x is { m: (typeof x)["m"]; state: string } => x.state !== undefined)
    : [];
  const donor = role("source")[0] ?? named[0]?.state;
  const from = named.find((x) => x.state === donor)?.m;
  // The recipient is named in the aid's own clause, not in a clause of its own ("after an Australian
  // aircraft spotted it").
  const inClause = (x: { m: { start: number; end: number } }) =>
    !from || !CLAUSE_BREAK.test(doc.body.slice(Math.min(from.end, x.m.end), Math.max(from.start, x.m.start)));
  const recipient = role("target")[0] ?? named.find((x) => x.state !== donor && inClause(x))?.state;
  return { donor, recipient };
}

/** COOPERATES_WITH from each donor state to the state its aid goes to. */
export function aidDonors(doc: EntityDoc, events: readonly Event[], out: RelationSet): void {
  // Aid only one side claims was given ("accused … of sending it across") is no cooperation.
  const aid = events.filter((e) => e.type === "aid" && !e.negated && e.status !== "alleged");
  if (aid.length === 0) return;
  const found = aid.map((e) => ({ e, ...parties(doc, e) }));
  // Aid that names no recipient goes where the story's other aid goes: one state, named as the
  // recipient of at least two deliveries or pledges (a relief story, not aid told in passing).
  const recipients = found.map((f) => f.recipient).filter((r) => r !== undefined);
  const distinct = new Set(recipients);
  const [only] = distinct;
  const story = distinct.size === 1 && recipients.length >= 2 ? only : undefined;
  for (const { e, donor, recipient } of found) {
    const to = recipient ?? story;
    if (!donor || !to || donor === to) continue;
    // Aid the story is about (told in its opening, or to the state its relief goes to), not aid
    // mentioned as background ("Sweden supplied Montenegro with two aircraft in April").
    if ((e.evidence[0]?.sentence ?? Infinity) > LEDE && to !== story) continue;
    const ev = e.evidence[0];
    out.add("COOPERATES_WITH", donor, to, {
      eventIds: [e.id],
      evidence: ev ? [evidence(doc, ev.start, ev.end)] : [],
    });
  }
}
