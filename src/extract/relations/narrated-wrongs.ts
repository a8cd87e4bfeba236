// Accusations told as an account of what happened: an official side in a dispute that says the other
// side did wrong ("the trawlers were fishing without a licence", "Kyrgyz guards fired first", "the
// intrusion was traced to a group working for the GRU") accuses it, though no verb says "accuse"
// (test/corpus/README.md: a stance from the speaker and from the speaker's state). The decision rule
// of the stance family: an account of a wrongful act is an accusation, an evaluation of the other side
// is criticism (implicit-stances.ts), an announced reaction is a threat. Only speakers that act for a
// state (a country, a national body, an official) and only against the side they are at odds with:
// a plain fact ("the talks resumed", "trade fell") holds no wrongful act and stays a statement.
import { type ActorMention, type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { Event } from "../types.ts";
import { type Adversaries, adversaries, type Opposed, sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import { giveStance } from "./implicit-stances.ts";

const W = WS;
/**
 * Words that tell a wrongful act: acting without leave or unlawfully, force against people, crossing
 * into the speaker's land or sea, covert operations run by the other side, and abuse of people held.
 * The act is the other side's only when one of its state agents is named in the statement.
 */
const WRONG_ACT = new RegExp(
  [
    `\\bwithout${W}+(?:a${W}+|any${W}+|prior${W}+|valid${W}+)?(?:licen[cs]es?|permits?|permission|authori[sz]ation|notice|notifying|warning|consent|accreditation|provocation)\\b`,
    `\\b(?:illegally|unlawfully|illicitly)\\b`,
    `\\b(?:fired${W}+(?:first|indiscriminately)|opened${W}+fire|shot${W}+(?:dead|at)|bombed|shelled|abducted|kidnapped|tortured)\\b`,
    `\\b(?:crossed${W}+(?:into|over${W}+the${W}+border)|broke${W}+into|(?:intruded|strayed)${W}+into)\\b`,
    `\\b(?:spy${W}+on|spying|spied|espionage|recruited${W}+by|(?:working|acting)${W}+(?:for|on${W}+behalf${W}+of)|carried${W}+out${W}+by|(?:run|organi[sz]ed|directed|ordered)${W}+from|traced${W}+(?:[\\p{L}-]+${W}+){0,4}to|point(?:s|ed)?${W}+to|state${W}+operation|hack(?:ers?|ing|ed)|stole|stolen)\\b`,
    `\\b(?:harass(?:ed|ing|ment)|denied${W}+(?:access|a${W}+lawyer|consular)|turned${W}+away|driven${W}+(?:to|into)${W}+the)\\b`,
  ].join("|"),
  "iu",
);
/**
 * Words that call an act deliberate aggression ("not an accident", "a planned ambush", "who the
 * aggressor is", "started the shooting", "spying charges" that were "invented"): an account of the
 * dispute's act itself, so they accuse the adversary even when the statement names no one.
 */
const DELIBERATE = new RegExp(
  `\\b(?:not${W}+(?:an?${W}+)?(?:accident|coincidence|mistake|isolated${W}+(?:case|incident))|planned${W}+(?:ambush|attack|operation|provocation)|aggressor|started${W}+(?:this|it|the${W}+(?:shooting|fighting|clash))|invented|fabricated|spy${W}+on|spying)\\b`,
  "iu",
);
/** A demonym's noun that makes it a state agent ("Kyrgyz guards", "a Chadian army post"). */
const STATE_AGENT_NOUN = new RegExp(
  `^${W}+(?:(?:border|coast|naval|army|military|security|police|intelligence)${W}+)?(?:guards?|troops|soldiers|forces|army|navy|police|officers|agents|intelligence|military|gunboats|warships|jets|drones|authorities|officials|diplomats?)\\b`,
  "iu",
);
/** A statement that tells a summons or a protest: that act is its stance (criticism, stances.ts). */
const STANCE_ACT = /\b(?:summon\p{L}*|protest\p{L}*|called[\s\u00a0]+in)\b/iu;
/** Statements plain enough to carry an unstated accusation. */
const PLAIN_CAMEO = new Set(["010"]);

/** Whether the speaker acts for a state: a country, or someone or something that speaks for one. */
export function statesSide(doc: EntityDoc, voiceOf: VoiceOf, speakerId: string): boolean {
  const side = sideOf(doc, voiceOf, speakerId);
  const official = speakerId === side || voiceOf.has(speakerId);
  return official && doc.actors.get(side)?.kind === "Country";
}

/**
 * A mention that names a state agent: the state itself (not its demonym: "Gambian trawlers" are no
 * state's), one of its bodies or officials, or a demonym before a noun of state agents.
 */
function stateAgent(doc: EntityDoc, voiceOf: VoiceOf, m: ActorMention): boolean {
  const actor = doc.actors.get(m.actorId);
  if (actor?.kind === "Country")
    return m.kind !== "demonym" || STATE_AGENT_NOUN.test(doc.body.slice(m.end, m.end + 40));
  return actor?.kind === "Organization" ? actor.countryId !== undefined : voiceOf.has(m.actorId);
}

/** The accused of a wrongful act: a person named and their state; a national body stands for its state. */
function withState(doc: EntityDoc, voiceOf: VoiceOf, id: string): string[] {
  const side = sideOf(doc, voiceOf, id);
  return side === id || doc.actors.get(id)?.kind !== "Person" ? [side] : [id, side];
}

/**
 * Whom the account accuses: the adversaries' agents it names for a wrongful act; for deliberate
 * aggression told without naming anyone else, the adversary nearest to it.
 */
function accused(doc: EntityDoc, voiceOf: VoiceOf, foes: Adversaries, st: FoundStatement): string[] {
  const own = sideOf(doc, voiceOf, st.speakerId);
  const start = startOf(doc, st);
  const all = foes.all(st.speakerId);
  // A quotation over several sentences is not found in one: its words name no one we can see.
  const said = start === undefined ? [] : mentionsIn(doc, start, start + st.text.length);
  const others = said.filter((m) => m.kind !== "pronoun" && sideOf(doc, voiceOf, m.actorId) !== own);
  if (WRONG_ACT.test(st.text)) {
    const named = others.filter(
      (m) => all.has(sideOf(doc, voiceOf, m.actorId)) && stateAgent(doc, voiceOf, m),
    );
    if (named.length > 0) return [...new Set(named.flatMap((m) => withState(doc, voiceOf, m.actorId)))];
  }
  if (others.length > 0 || !DELIBERATE.test(st.text)) return [];
  const foe = foes.of(st.speakerId, st.at);
  return foe && foe !== own ? [foe] : [];
}

/** Gives plain statements of an official side that tell a wrongful act an accusation of its adversary. Mutates statements. */
export function narratedWrongs(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
  extra: readonly Opposed[] = [],
): void {
  const foes: Adversaries = adversaries(doc, statements, events, voiceOf, extra);
  for (const st of statements) {
    if (st.stance || !PLAIN_CAMEO.has(st.cameo) || STANCE_ACT.test(st.text)) continue;
    if (!statesSide(doc, voiceOf, st.speakerId)) continue;
    const targets = accused(doc, voiceOf, foes, st);
    if (targets.length === 0) continue;
    giveStance(st, "accuse", targets);
  }
}
