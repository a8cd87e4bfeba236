// CRITICIZES / ACCUSES / THREATENS from statements with a stance and from events that are a stance
// (protests lodged, envoys summoned), repeated from the state a spokesperson or national body speaks for.
import type { EntityDoc } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { phraseSource } from "../text/text.ts";
import type { Event, RelationKind } from "../types.ts";
import { complainedAgainst } from "./forum-complaints.ts";
import type { RelationSet } from "./relation-set.ts";

const STANCE_RELATION: Record<string, RelationKind> = {
  criticize: "CRITICIZES",
  accuse: "ACCUSES",
  threaten: "THREATENS",
};
/**
 * Whom a stance event is against: its targets, else (when it has a source) the other parties ("lodged
 * a protest with Tokyo"). A national body stands for its state ("handed a note to the X embassy"
 * criticises X, test/corpus/README.md); a person targeted is criticised and so is their state.
 */
function stanceTargets(doc: EntityDoc, e: Event, hasSource: boolean): string[] {
  const targets = e.participants.filter((p) => p.role === "target");
  const against =
    targets.length > 0 || !hasSource ? targets : e.participants.filter((p) => p.role !== "source");
  const forum = complainedAgainst(
    doc,
    e,
    against.map((t) => t.actorId),
  );
  if (forum) return forum;
  return against.flatMap((t) => {
    const actor = doc.actors.get(t.actorId);
    const state = actor?.countryId && doc.actors.has(actor.countryId) ? actor.countryId : undefined;
    if (!state) return [t.actorId];
    return actor?.kind === "Organization" ? [state] : [t.actorId, state];
  });
}

/**
 * Events that are themselves a stance ("lodged a protest against X", "summoned X's envoy"): from
 * each source (else each non-target party) and the state it speaks for to each target.
 */
export function stanceEvents(
  doc: EntityDoc,
  events: readonly Event[],
  voiceOf: ReadonlyMap<string, string[]>,
  out: RelationSet,
): void {
  for (const e of events) {
    const kind = doc.knowledge.eventTypes.find((t) => t.type === e.type && t.cameo === e.cameo)?.relation;
    if (!kind) continue;
    const sources = e.participants.filter((p) => p.role === "source");
    const parties = sources.length > 0 ? sources : e.participants.filter((p) => p.role !== "target");
    const to = stanceTargets(doc, e, sources.length > 0);
    // Never against the party's own state (a protest between two bodies of one state).
    for (const s of parties)
      for (const from of [s.actorId, ...(voiceOf.get(s.actorId) ?? [])])
        for (const target of to)
          if (from !== target && doc.actors.get(s.actorId)?.countryId !== target)
            out.add(kind, from, target, { eventIds: [e.id], evidence: e.evidence });
  }
}

/** Role words of people who do not act for a government, even when tied to a state ("a law professor"). */
const NOT_OFFICIAL =
  /\b(?:professor|analyst|researcher|expert|scholar|academic|opposition|captain|businessman|businesswoman|activist)\b/i;

/** An official: a role whose longest known title is a government one ("Foreign Minister", "Ambassador"). */
function isOfficial(doc: EntityDoc, role: string): boolean {
  if (NOT_OFFICIAL.test(role)) return false;
  const lower = role.toLowerCase();
  const title = doc.knowledge.roles.find((r) => wordTitle(r).test(lower));
  return title?.government === true;
}

const wordTitles = new WeakMap<object, RegExp>();

/** A role's lower-case title between word boundaries; compiled once per role. */
function wordTitle(r: { title: string }): RegExp {
  let re = wordTitles.get(r);
  if (!re) {
    re = new RegExp(`\\b${phraseSource(r.title.toLowerCase())}\\b`);
    wordTitles.set(r, re);
  }
  return re;
}

/**
 * Who else a speaker's stance stands for (test/corpus/README.md: "also from the speaker's state when
 * the speaker is an official, ministry, agency or embassy"). A spokesperson's or an official's
 * criticism, accusation or threat is also the position of their state (the country itself, or the
 * country of the body they serve), and so is a national body's (ministry, embassy, armed forces,
 * state agency). People tied to a state without a government role (a law professor) stay personal.
 */
export function voices(doc: EntityDoc, affiliations: readonly Affiliation[]): Map<string, string[]> {
  const voiceOf = new Map<string, string[]>();
  for (const a of affiliations) {
    if (!a.speaksFor && !isOfficial(doc, a.role)) continue;
    const target = doc.actors.get(a.targetId);
    // A spokesperson of a body of no state (the EU, ECOWAS) speaks for that body.
    const body = a.speaksFor && target?.kind === "Organization" && !target.countryId ? target.id : undefined;
    const state = target?.kind === "Country" ? target.id : (target?.countryId ?? body);
    if (state && !(voiceOf.get(a.personId) ?? []).includes(state))
      voiceOf.set(a.personId, [...(voiceOf.get(a.personId) ?? []), state]);
  }
  for (const actor of doc.actors.values())
    if (actor.kind === "Organization" && actor.countryId && !voiceOf.has(actor.id))
      voiceOf.set(actor.id, [actor.countryId]);
  return voiceOf;
}

/** From each stance statement's speaker (and whom they speak for) to each of its targets. */
export function statementStances(
  statements: readonly FoundStatement[],
  voiceOf: ReadonlyMap<string, string[]>,
  out: RelationSet,
): void {
  for (const st of statements) {
    const kind = st.stance ? STANCE_RELATION[st.stance] : undefined;
    if (!kind) continue;
    // A stance is never against the speaker's own side ("warned that Moscow would …" read as a threat to Russia).
    const own = new Set([st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])]);
    for (const target of st.targetIds.filter((t) => !own.has(t))) {
      // A state never takes a stance against itself (a speaker tied to the wrong state).
      for (const source of [st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])])
        if (source !== target)
          out.add(kind, source, target, { statementIds: [st.id], evidence: st.evidence });
    }
  }
}
