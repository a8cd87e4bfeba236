// Who a side of a dispute is against. A state's adversary is the state its own speakers have already
// criticised, accused or threatened, the state that took such a stance against it, or the other side
// of a stance event (a summons, a protest) or of a hostile act (an expulsion, an attack) — for an act
// told without its target ("suspended imports of pork from X"), the one other state named in the
// clause that tells it. Statements that carry a stance without naming whom it is for ("warned Moscow
// would respond “in due course”") are directed at the adversary nearest to them in the article.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS_RUN } from "../text/patterns.ts";
import type { Event } from "../types.ts";
import { complainedAgainst } from "./forum-complaints.ts";

/** PLOVER categories of hostile acts: the act's target side is its source side's adversary. */
const HOSTILE_PLOVER = new Set(["COERCE", "ASSAULT", "REDUCE", "SANCTION", "PROTEST", "ACCUSE", "THREATEN"]);

/** The state behind an actor: a country itself, or the country a national body or person belongs to. */
export function stateOf(doc: EntityDoc, id: string): string {
  const actor = doc.actors.get(id);
  return actor?.kind === "Country" ? id : (actor?.countryId ?? id);
}

/** One side facing another at a place in the body. */
interface Opposition {
  side: string;
  other: string;
  at: number;
  /** The side took the stance or acted itself (not only the target of the other side's). */
  own: boolean;
}

export interface Adversaries {
  /**
   * The state `speakerId`'s side faces nearest before `at` (else the first after), if any; with
   * `own`, only a state the side itself took a stance or acted against.
   */
  of(speakerId: string, at: number, own?: boolean): string | undefined;
  /** Every state `speakerId`'s side faces anywhere in the article. */
  all(speakerId: string): Set<string>;
}

/** Whom a speaker speaks for (relations/stances.ts `voices`): people's states. */
export type VoiceOf = ReadonlyMap<string, readonly string[]>;

/** Where a statement's words start in the body, if found in its sentence. */
export function startOf(doc: EntityDoc, st: FoundStatement): number | undefined {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  const at = sentence ? sentence.text.indexOf(st.text) : -1;
  return sentence && at >= 0 ? sentence.start + at : undefined;
}

/** The side an actor is on: the state it speaks for, or the state behind it. */
export function sideOf(doc: EntityDoc, voiceOf: VoiceOf, id: string): string {
  return voiceOf.get(id)?.[0] ?? stateOf(doc, id);
}

/** A stance stated outside statements and events ("despite objections from X"). */
export interface Opposed {
  from: string;
  to: string;
  at: number;
}

function oppositions(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
  extra: readonly Opposed[],
): Opposition[] {
  const out: Opposition[] = [];
  const pair = (a: string, b: string, at: number) => {
    const [side, other] = [sideOf(doc, voiceOf, a), sideOf(doc, voiceOf, b)];
    if (side === other || !doc.actors.has(side) || !doc.actors.has(other)) return;
    out.push({ side, other, at, own: true }, { side: other, other: side, at, own: false });
  };
  for (const st of statements) if (st.stance) for (const t of st.targetIds) pair(st.speakerId, t, st.at);
  for (const o of extra) pair(o.from, o.to, o.at);
  for (const e of events) {
    const stance = doc.knowledge.eventTypes.some(
      (t) => t.type === e.type && t.cameo === e.cameo && t.relation,
    );
    const hostile = HOSTILE_PLOVER.has(e.plover) || stance;
    if (!hostile || e.status === "planned") continue;
    const at = e.evidence[0]?.start ?? 0;
    const sources = e.participants.filter((p) => p.role === "source");
    // Without a source, the parties named where the act is told (not those attached from later sentences).
    const told = e.evidence[0]?.sentence;
    const namedThere = (id: string) => doc.actors.get(id)?.mentions.some((m) => m.sentence === told) === true;
    const from =
      sources.length > 0
        ? sources
        : e.participants.filter((p) => p.role !== "target" && namedThere(p.actorId));
    const targets = e.participants.filter((p) => p.role === "target").map((p) => p.actorId);
    // "a complaint at the WTO against Mexico": the side complained against, not the forum.
    const others = e.participants.filter((p) => p.role === "participant").map((p) => p.actorId);
    // A stance event with a source and no target is against its other parties ("lodged a protest
    // with Tonga"), as in stances.ts.
    const against =
      complainedAgainst(doc, e, targets.length > 0 ? targets : others) ??
      (targets.length === 0 && stance && sources.length > 0 ? others : targets);
    // An act told with no side it is against: the one other state named in its clause.
    const actors = new Set(from.map((p) => p.actorId));
    const sides = new Set(from.map((p) => sideOf(doc, voiceOf, p.actorId)));
    const foes = against.length > 0 ? against : statesTold(doc, e, actors, sides);
    for (const s of actors) for (const t of foes) pair(s, t, at);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Where one clause of a sentence ends and the next begins: a semicolon or colon, or a comma that opens another clause. */
const CLAUSE_BREAK = new RegExp(
  `[;:]|,${WS_RUN}(?:and|but|which|who|while|whereas|its|the|a|an|he|she|it|they)\\b`,
  "giu",
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where an act's trigger (a verb form or noun of its type) first stands in its sentence, if found. */
function triggerIn(doc: EntityDoc, e: Event, text: string): { start: number; end: number } | undefined {
  const type = doc.knowledge.eventTypes.find((t) => t.type === e.type);
  const words = [
    ...(type?.verbs.flatMap((v) => v.forms.map((f) => f.text)) ?? []),
    ...(type?.nouns ?? []),
  ].map((w) => w.toLowerCase());
  const lower = text.toLowerCase();
  let best: { start: number; end: number } | undefined;
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0 && (!best || at < best.start); at = lower.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (WORD_CHAR.test(lower[at - 1] ?? " ") || WORD_CHAR.test(lower[end] ?? " ")) continue;
      best = { start: at, end };
      break;
    }
  }
  return best;
}

/**
 * A hostile act told with no side it is against ("suspended imports of potatoes from Ruritania",
 * "froze trusts tied to Osterlich businessmen"): the one other state named in the clause that tells
 * it — not one named in another clause of its sentence ("X, which recalled its envoy, and accused Y").
 */
function statesTold(doc: EntityDoc, e: Event, actors: Set<string>, own: Set<string>): string[] {
  const told = e.evidence[0]?.sentence ?? -1;
  const sentence = doc.sentences[told];
  if (!sentence) return [];
  // The act's trigger, else (a trigger found outside the lexicon) the first mention of its actor.
  const actor = mentionsIn(doc, sentence.start, sentence.end).find((m) => actors.has(m.actorId));
  const trigger =
    triggerIn(doc, e, sentence.text) ??
    (actor && { start: actor.start - sentence.start, end: actor.end - sentence.start });
  if (!trigger) return [];
  let [from, to] = [0, sentence.text.length];
  for (const m of sentence.text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= trigger.start) from = m.index + m[0].length;
    else if (m.index >= trigger.end) {
      to = m.index;
      break;
    }
  }
  const [start, end] = [sentence.start + from, sentence.start + to];
  const states = new Set(
    mentionsIn(doc, start, end)
      .filter((m) => m.end <= end && doc.actors.get(m.actorId)?.kind === "Country")
      .map((m) => m.actorId)
      .filter((id) => !own.has(id)),
  );
  return states.size === 1 ? [...states] : [];
}

export function adversaries(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
  extra: readonly Opposed[] = [],
): Adversaries {
  const all = oppositions(doc, statements, events, voiceOf, extra);
  return {
    of(speakerId, at, own = false) {
      const side = sideOf(doc, voiceOf, speakerId);
      const mine = all.filter((o) => o.side === side && (o.own || !own));
      return (mine.filter((o) => o.at <= at).pop() ?? mine[0])?.other;
    },
    all(speakerId) {
      const side = sideOf(doc, voiceOf, speakerId);
      return new Set(all.filter((o) => o.side === side).map((o) => o.other));
    },
  };
}
