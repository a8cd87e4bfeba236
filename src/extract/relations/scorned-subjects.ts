// Criticism told as a clause about another side, with no stance verb: the reported clause opens with
// that side as its subject and says it behaves badly in words of scorn ("said Lima was spreading
// lies", "said the militia had failed to rein in its gunmen", "said Quito must stop meddling"). The
// speaker (and the state it speaks for) criticises the subject: the state itself, a body outside any
// state, or a national body's state; never the speaker's own side. A clause saying the subject uses
// people as tools of pressure ("said La Paz held the crew as hostages") or lays the blame on it ("said
// Quito bore full responsibility", "was solely to blame") is an accusation, and so is holding another
// party responsible anywhere in a statement ("said Lima held the rebels fully responsible").
import { type EntityDoc, mentionAt } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import { sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

const W = WS;

/**
 * Words of scorn for another side's conduct: deceit ("smearing", "lies", "fabricated"), betrayal,
 * coercion ("as a weapon", "a bargaining chip", "blackmail", "bullying"), meddling and subversion
 * ("interfering", "destabilising", "sabotage"), aggression and provocation, lawlessness ("illegal",
 * "arbitrary", "politically motivated"), recklessness, servility ("servile", "a puppet"), theft and
 * failure of duty ("cannot or will not", "failed to control"), and an order to stop ("must stop …").
 */
/** Adjectives that condemn conduct. */
const EVALUATIONS =
  "illegal|unlawful|illegitimate|arbitrary|lawless|irresponsible|reckless|dangerous|arrogant|cynical|shameless|shameful|disgraceful|hypocritical|hostile|unreliable|untrustworthy|dishonest|deceitful|duplicitous|unfriendly|provocative|aggressive|unacceptable|irrational|outrageous|heavy-handed|unjustified|unwarranted|malicious|inflammatory|unprovoked|brazen|high-handed|belligerent";

const SCORN_FULL = new RegExp(
  [
    `\\b(?:smear(?:s|ed|ing)?|lies|lying|lied|liars?|fabricat\\p{L}*|disinformation|propaganda|hysteria|fearmongering|scaremongering)\\b`,
    `\\b(?:betray(?:s|ed|ing|al)?|stab(?:s|bed|bing)?${W}+(?:\\p{L}+${W}+)?in${W}+the${W}+back)\\b`,
    `\\b(?:weaponi[sz]\\p{L}*|blackmail\\p{L}*|bully\\p{L}*|bullied|intimidat\\p{L}*|coerc\\p{L}*|extort\\p{L}*)\\b`,
    `\\b(?:interfer\\p{L}*|meddl\\p{L}*|destabili[sz]\\p{L}*|subver\\p{L}*|sabotag\\p{L}*|undermin\\p{L}*|stir(?:s|red|ring)?${W}+up|stok(?:e|es|ed|ing)${W}+(?:tensions?|conflict|unrest))\\b`,
    `\\b(?:aggress\\p{L}*|provocat\\p{L}*|provok(?:es|ed|ing)|belligeren\\p{L}*|warmonger\\p{L}*|expansionis\\p{L}*|imperialis\\p{L}*|coloniali\\p{L}*|hegemon\\p{L}*)\\b`,
    // Evaluating adjectives only as what the subject is or how it acts ("was reckless", "acted illegally"),
    // never as a topic ("to discuss illegal fishing").
    `\\b(?:is|was|were|are|been|being|be|acting|acted|acts|behaving|behaved|behaves)${W}+(?:(?:\\p{L}+ly|so|very|utterly|completely|totally)${W}+)?(?:${EVALUATIONS})\\b`,
    `\\b(?:illegally|unlawfully|arbitrarily|irresponsibly|recklessly|dangerously|arrogantly|cynically|shamelessly|shamefully|disgracefully|hypocritically)\\b`,
    `\\bpolitically${W}+motivated\\b`,
    `\\b(?:servile|puppets?|lackeys?|vassals?|stooges?)\\b`,
    `\\b(?:theft|thie(?:f|ves)|steal(?:s|ing)?|stole|stolen|plunder\\p{L}*|loot\\p{L}*|pirac\\p{L}*|pirates?)\\b`,
    `\\b(?:cannot${W}+or${W}+will${W}+not|will${W}+not${W}+or${W}+cannot|(?:fails?|failed|failing)${W}+to${W}+(?:control|stop|prevent|protect|rein${W}+in|police|honou?r|respect|keep))\\b`,
    `\\b(?:must|should|has${W}+to|needs${W}+to)${W}+stop\\b|\\bstop${W}+(?:trying|pretending|lying|interfering|meddling)\\b`,
  ].join("|"),
  "iu",
);

/** Using people or things as tools of pressure is an accusation ("using migrants as a weapon"). */
const COERCION = new RegExp(
  `\\b(?:us(?:es|ed|ing)|exploit(?:s|ed|ing)?|hold(?:s|ing)?|held|turn(?:s|ed|ing)?)\\b[^.;]{0,60}?\\b(?:as|into)${W}+(?:an?${W}+)?(?:weapons?|pawns?|bargaining${W}+chips?|hostages?|human${W}+shields?|leverage|tools?${W}+of${W}+(?:pressure|blackmail))\\b`,
  "iu",
);

const DEGREE = `(?:(?:fully|solely|directly|entirely|ultimately|primarily|personally|partly)${W}+)?`;
/** Blame laid on the subject: "bears full responsibility for", "shares the blame", "was solely to blame". */
const BLAMED = new RegExp(
  `\\b(?:bears?|bore|borne|carr(?:y|ies|ied)|shares?|shared)${W}+(?:the${W}+)?` +
    `(?:(?:full|sole|primary|direct|ultimate|entire|main|whole|heavy|some)${W}+(?:and${W}+\\p{L}+${W}+)?)?[“"]?(?:responsibility|blame)\\b|` +
    `\\b(?:is|was|were|are|be|been)${W}+${DEGREE}(?:to${W}+blame|(?:fully|solely|directly|entirely|ultimately)${W}+(?:responsible|accountable))\\b`,
  "iu",
);
/** "held Kabul “fully responsible”": the party after the verb is blamed, whoever holds it so. */
const HELD = new RegExp(`\\b(?:holds?|held|holding)${W}+(?:the${W}+)?(?=\\p{Lu})`, "gu");
const HELD_TAIL = new RegExp(`^${W}+[“"]?${DEGREE}(?:responsible|accountable|liable)\\b`, "iu");

/** Stems every scorn word holds: a quick test that spares most statements the full pattern. */
const STEMS =
  /smear|li[ea]|provok|hostil|reliab|trust|honest|deceit|duplic|fabric|disinf|propag|hyster|monger|betray|stab|weapon|pawn|chip|hostage|shield|blackm|bull|intimid|coerc|extort|interf|meddl|destab|subver|sabot|undermin|stir|stok|aggress|provoc|belliger|expans|imperial|colonial|hegemon|legal|lawful|legitim|arbitrar|motivated|lawless|respons|reckless|danger|arrogan|cynic|shame|disgrace|hypocri|servile|puppet|lackey|vassal|stooge|theft|thie|steal|stole|plunder|loot|pira|cannot|fail|stop|friendly|accept|rational|outrag|handed|justif|warrant|malic|inflam|brazen/iu;

/** Whether the text scorns its subject's conduct. */
export const SCORN = { test: (text: string): boolean => STEMS.test(text) && SCORN_FULL.test(text) };

/** What may open the clause before its subject: a quote mark, "that", "the". */
const LEAD = /^[“"‘]?(?:that[\s\u00a0]+)?(?:the[\s\u00a0]+)?/iu;
/** The subject's verb must follow soon: "Oslo was", "the rebels “either cannot", "Minsk’s envoys had". */
const VERB_SOON =
  /^(?:[’']s[\s\u00a0]+\p{L}+[\s\u00a0]+)?[”"’]?[\s\u00a0,]*(?:[“"‘]?(?:\p{Ll}+[\s\u00a0]+)?(?:is|was|were|are|had|has|have|would|will|should|must|cannot|could|did|does|do|either|kept|keeps|continued|continues|wanted|wants|sought|seeks|tried|tries|used|uses|bears|bore|carries|carried|shares|shared)\b)/u;
/** Statements plain enough to carry unstated criticism: statements, warnings, demands. */
const PLAIN_CAMEO = new Set(["010", "012", "100"]);

/** Whom scorning a subject criticises: a state or a body of no state itself, a national body's state. */
function scorned(doc: EntityDoc, voiceOf: VoiceOf, id: string): string[] {
  const actor = doc.actors.get(id);
  if (!actor) return [];
  if (actor.kind === "Country" || (actor.kind === "Organization" && !actor.countryId)) return [id];
  const side = sideOf(doc, voiceOf, id);
  if (actor.kind === "Organization") return doc.actors.has(side) ? [side] : [];
  return doc.actors.has(side) && side !== id ? [id, side] : [id];
}

/** The other side a statement's clause opens with as its subject, and whom scorning it criticises. */
function subjectTargets(doc: EntityDoc, st: FoundStatement, voiceOf: VoiceOf): string[] {
  const start = startOf(doc, st);
  if (start === undefined) return [];
  const at = start + (LEAD.exec(st.text)?.[0].length ?? 0);
  const subject = mentionAt(doc, at);
  if (!subject || !VERB_SOON.test(doc.body.slice(subject.end, subject.end + 60))) return [];
  const own = sideOf(doc, voiceOf, st.speakerId);
  if (subject.actorId === st.speakerId || sideOf(doc, voiceOf, subject.actorId) === own) return [];
  return scorned(doc, voiceOf, subject.actorId).filter((t) => t !== own);
}

/** The parties a statement holds responsible ("said Lima held Quito fully responsible for …"). */
function heldResponsible(doc: EntityDoc, st: FoundStatement, voiceOf: VoiceOf): string[] {
  const start = startOf(doc, st);
  if (start === undefined || !/\bh(?:el|ol)d/iu.test(st.text)) return [];
  const own = sideOf(doc, voiceOf, st.speakerId);
  const held: string[] = [];
  for (const hit of st.text.matchAll(HELD)) {
    const party = mentionAt(doc, start + (hit.index ?? 0) + hit[0].length);
    if (!party || !HELD_TAIL.test(doc.body.slice(party.end, party.end + 40))) continue;
    if (sideOf(doc, voiceOf, party.actorId) === own) continue;
    held.push(...scorned(doc, voiceOf, party.actorId).filter((t) => t !== own));
  }
  return held;
}

function accuse(st: FoundStatement, voiceOf: VoiceOf, targets: readonly string[], out: RelationSet): void {
  for (const from of [st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])])
    for (const to of targets)
      if (from !== to) out.add("ACCUSES", from, to, { statementIds: [st.id], evidence: st.evidence });
}

/**
 * Gives plain statements that scorn another side named as their subject a criticism of it (mutates
 * statements), and adds the accusation of a subject said to use people as tools of pressure.
 */
export function scornedSubjects(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const st of statements) {
    accuse(st, voiceOf, heldResponsible(doc, st, voiceOf), out);
    const coercion = COERCION.test(st.text) || BLAMED.test(st.text);
    const plain = !st.stance && PLAIN_CAMEO.has(st.cameo);
    if (!coercion && !(plain && SCORN.test(st.text))) continue;
    const targets = subjectTargets(doc, st, voiceOf);
    if (targets.length === 0) continue;
    if (coercion) {
      accuse(st, voiceOf, targets, out);
      continue;
    }
    st.stance = "criticize";
    st.cameo = "111";
    st.targetIds = targets;
    st.aboutIds = [...new Set([...st.aboutIds, ...targets])];
  }
}
