// Accusations made by reporting a hostile act of the other side: "said Tajik troops had opened fire
// on a Kyrgyz post", "reported that Polish forces had fired “chemical agents”", "Minsk was “using
// people as a weapon”", "air strikes that it said killed four civilians", "the vessel had “illegally
// intruded”", "had “deliberately endangered the lives” of the crew", "had sent back 11,000 migrants",
// "had deported 40 fishermen". A state's speaker who says
// another side's forces did such a thing accuses that side (CAMEO 112).
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";
import { spiedFor, spiedForCapital } from "./spied-for.ts";

/** Hostile acts in the past or progressive, as the verb of a reported clause. */
const HOSTILE_ACT =
  '(?:opened[\\s\\u00a0]+fire|intruded|encroached|endangered|infiltrated|(?:deliberately|illegally|repeatedly|unlawfully)[\\s\\u00a0]+\\p{L}+ed|sent[\\s\\u00a0]+back|deported|expelled|carried[\\s\\u00a0]+out[\\s\\u00a0]+(?:intelligence|espionage|spying)|fired|shelled|attacked|bombed|bombarded|rammed|harassed|violated|invaded|hacked|abducted|kidnapped|spied|(?:was|were|is|are|had[\\s\\u00a0]+been)[\\s\\u00a0]+(?:(?:solely|directly|fully)[\\s\\u00a0]+)?(?:responsible|to[\\s\\u00a0]+blame)[\\s\\u00a0]+for|(?:was|were|is|are)[\\s\\u00a0]+behind|(?:was|were|is|are|had[\\s\\u00a0]+been)[\\s\\u00a0]+(?:“|")?using[^.;,]{1,30}?[\\s\\u00a0]as[\\s\\u00a0]+(?:a[\\s\\u00a0]+)?(?:weapons?|human[\\s\\u00a0]+shields?))';
/** The subject's last words before the act: at most three lower-case words, then "had"/"has"/"have". */
const SUBJECT_THEN_ACT = new RegExp(
  `^(?:’s|'s)?(?:[\\s\\u00a0]+[\\p{Ll}-]+){0,3}?(?:[\\s\\u00a0]+(?:had|has|have))?[\\s\\u00a0]+(?:“|")?${HOSTILE_ACT}\\b`,
  "u",
);
/** A reported clause that opens with the act: its subject is the noun phrase it is attached to ("strikes that it said killed …"). */
const OPENS_WITH_ACT = new RegExp(
  `^(?:killed|${HOSTILE_ACT}|rammed[\\s\\u00a0]+and[\\s\\u00a0]+sank)\\b`,
  "u",
);

/** "an attack organised by X", "servers operated on behalf of X": X is behind the act. */
const AGENT_BEHIND =
  /\b(?:organi[sz]ed|orchestrated|staged|directed|operated|ordered|carried[\s\u00a0]+out)[\s\u00a0]+(?:on[\s\u00a0]+behalf[\s\u00a0]+of|by)[\s\u00a0]+$/iu;
/**
 * "had been run by X", "is organised from X", "belonged to X": X runs what the statement reports (a
 * state, or a group by name), told as a passive of direction or of ownership.
 */
const RUN_BY =
  /\b(?:(?:run|organi[sz]ed|directed|controlled|masterminded|coordinated|orchestrated)[\s\u00a0]+(?:from|by)|belong(?:s|ed)?[\s\u00a0]+to)[\s\u00a0]+$/iu;
/** What an agent can be behind: a hostile act named in the statement before it. */
const HOSTILE_NOUN =
  /\b(?:attacks?|plots?|provocations?|intrusions?|hacks?|sabotage|spying|espionage|cyberattacks?|incursions?|campaign[\s\u00a0]+of)\b/iu;
/** "Russian espionage", "Chinese interference": a hostile activity named after its actor. */
const ACTIVITY_AFTER =
  /^[\s\u00a0]+(?:espionage|spying|interference|aggression|disinformation|hacking|cyberattacks?)\b/iu;
/**
 * A hostile agent said to come from, or be trained or launched in, another state's territory: "the
 * attackers had crossed from Rwanda", "a drone “coming from Jordanian territory”", "the bomber had
 * been trained in Afghanistan’s Kunar province". The state named right after accuses nothing by
 * itself being named; its place as the agent's origin does.
 */
const AGENT_FROM = new RegExp(
  "\\b(?:attackers|gunmen|militants|fighters|rebels|insurgents|bombers?|suicide[\\s\\u00a0]+bombers?|raiders|infiltrators|saboteurs|assailants|drones?|rockets?|missiles?)" +
    '(?:[\\s\\u00a0]+(?:had|have|has|were|was))?(?:[\\s\\u00a0]+been)?[\\s\\u00a0]+[“"]?' +
    "(?:crossed|come|came|coming|infiltrated|sent|trained|launched|fired|flown|flew|based|operating|armed)[\\s\\u00a0]+" +
    "(?:(?:over|into|across)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?\\p{L}+[\\s\\u00a0]+)?(?:from|in|out[\\s\\u00a0]+of|by)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?$",
  "iu",
);

/** A clause whose subject is a pronoun: it stands for the nearest foreign actor before it. */
const PRONOUN_SUBJECT = /^(?:they|he|she)\b/iu;

/** Where a statement's words start in the body, and its sentence. */
function placeOf(doc: EntityDoc, st: FoundStatement) {
  const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
  const at = sentence ? sentence.text.indexOf(st.text) : -1;
  return sentence && at >= 0 ? { sentence, start: sentence.start + at } : undefined;
}

/** The actor whose act the statement reports, if it is hostile and not the speaker side's own. */
function allegedActor(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement): string | undefined {
  const place = placeOf(doc, st);
  if (!place) return undefined;
  const { sentence, start } = place;
  const end = start + st.text.length;
  const own = sideOf(doc, voiceOf, st.speakerId);
  const foreign = (id: string) => sideOf(doc, voiceOf, id) !== own;
  const pronoun = PRONOUN_SUBJECT.exec(st.text);
  if (OPENS_WITH_ACT.test(st.text) || (pronoun && SUBJECT_THEN_ACT.test(st.text.slice(pronoun[0].length)))) {
    const before = mentionsIn(doc, sentence.start, start).filter((m) => foreign(m.actorId));
    return before[before.length - 1]?.actorId;
  }
  // A quotation's words are read with the quotation mark that closes them.
  const to = Math.min(sentence.end, end + 2);
  for (const m of mentionsIn(doc, start, to)) {
    if (!foreign(m.actorId)) continue;
    const after = doc.body.slice(m.end, to);
    if (SUBJECT_THEN_ACT.test(after) || ACTIVITY_AFTER.test(after)) return m.actorId;
    // "the attackers had crossed from Rwanda": the state the agent came from (never a mere group).
    const origin = doc.actors.get(sideOf(doc, voiceOf, m.actorId))?.kind === "Country";
    if (origin && AGENT_FROM.test(doc.body.slice(Math.max(start, m.start - 90), m.start))) return m.actorId;
    // "charged six people with spying for Ruritania", "passed plans to an officer of Ruritania’s …".
    if (origin && spiedFor(doc.body.slice(start, m.start))) return m.actorId;
    const behind = doc.body.slice(start, m.start).replace(/(?:the|a|an)[\s\u00a0]+$/iu, "");
    const state = doc.actors.get(sideOf(doc, voiceOf, m.actorId))?.kind === "Country";
    // The act may be named before a quoted phrase ("traced the intrusions to servers “operated by …”").
    const act = HOSTILE_NOUN.test(doc.body.slice(sentence.start, m.start));
    if (state && act && AGENT_BEHIND.test(behind)) return m.actorId;
    // "the operation was run from Belgrade", "the camps had been run by the Red Hand gang".
    if (RUN_BY.test(behind) && (state || doc.actors.get(m.actorId)?.kind === "Organization"))
      return m.actorId;
  }
  return undefined;
}

/** Statements reporting another side's hostile act accuse that side. Mutates statements. */
export function allegedActs(doc: EntityDoc, statements: readonly FoundStatement[], voiceOf: VoiceOf): void {
  for (const st of statements) {
    if (st.stance || (st.cameo !== "010" && st.cameo !== "100")) continue;
    // Only a state's voice accuses (a fisherman's account of a ramming is testimony).
    if (doc.actors.get(sideOf(doc, voiceOf, st.speakerId))?.kind !== "Country") continue;
    const own = sideOf(doc, voiceOf, st.speakerId);
    const actor = allegedActor(doc, voiceOf, st) ?? spiedForCapital(doc, st.text, (id) => id !== own);
    if (!actor) continue;
    const target = doc.actors.get(actor)?.countryId ?? actor;
    st.stance = "accuse";
    if (st.cameo === "010") st.cameo = "112";
    st.targetIds = [target];
    if (!st.aboutIds.includes(target)) st.aboutIds = [...st.aboutIds, target];
  }
}
