// "Gunmen killed five people", "the rebels seized two towns": wire copy often leaves the attackers
// unnamed. An act that needs an agent still happened when its subject is such an armed-group noun,
// written right before the verb; the event then has no source actor.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";

const ARMED_NOUNS = [
  "gunmen",
  "gunman",
  "rebels",
  "militants",
  "insurgents",
  "jihadists",
  "attackers",
  "suicide bomber",
  "suicide bombers",
  "armed men",
  "fighters",
  "bandits",
  // Unnamed state forces act like unnamed armed groups ("Soldiers retook the town").
  "government forces",
  "security forces",
  "government troops",
  "troops",
  "soldiers",
  "gendarmes",
  "commandos",
  "police",
  "gangs",
  "gang members",
  "armed groups",
  "assailants",
  "kidnappers",
  "pirates",
  // Unnamed intruders of networks act like unnamed armed groups ("Hackers broke into the servers").
  "hackers",
  "intruders",
  "hacking group",
  "customs officers",
  "customs officials",
  "border guards",
  "marines",
  // Unnamed officers of the law and the sea act for their state ("Officers seized two rifles",
  // "investigators searched his flat"), and unnamed raiders for themselves.
  "officers",
  "police officers",
  "investigators",
  "agents",
  "sailors",
  "guards",
  "coast guards",
  "smugglers",
  "raiders",
  "militiamen",
  "paramilitaries",
  // A weapon named as the subject carries the act ("A roadside bomb killed three police officers").
  "bomb",
  "roadside bomb",
  "car bomb",
  "landmine",
  "blast",
  "explosion",
  "bombing",
  "suicide bombing",
  "ambush",
];

// A short phrase describing the noun ("gunmen on motorbikes", "men in military uniform",
// "smugglers armed with machetes").
const DESCRIBED = `(?:${WS}+(?:on|in|riding|wearing|with|armed${WS}+with|from)(?:${WS}+[\\p{L}-]+){1,3}?)?`;

const AGENT = `(?:${ARMED_NOUNS.join("|")})${DESCRIBED}`;

// Between a subject and its verb: auxiliaries, one adverb, a day ("on Aug. 24", "late on Monday"),
// "overnight", each with an optional comma.
const BRIDGE = `(?:,?${WS}+(?:have|has|had|also|then|later|reportedly|allegedly|overnight|\\p{Ll}+ly|(?:(?:late|early)${WS}+)?on${WS}+\\p{Lu}[\\p{L}.]*(?:${WS}+\\d{1,2})?))*,?${WS}+`;

// The noun right before the verb (with an optional relative pronoun): "gunmen who had stormed",
// "Police in Harare on Aug. 24 raided", "investigators have searched".
const SUBJECT_END = new RegExp(`(?:^|[\\s\\u00a0(“"])${AGENT}(?:${WS}+(?:who|that))?${BRIDGE}$`, "iu");

// A clause opened by the noun (and up to two modifiers: "suspected jihadist fighters", "South
// African officers"), then either a relative clause ("Officers who searched the house found …") or
// its first verb and a coordination ("Gendarmes arrested 11 suspects … and seized rifles",
// "The soldiers landed …, killed three people and …").
const CLAUSE_SUBJECT = new RegExp(
  `^${WS}*(?:the${WS}+)?(?:[\\p{L}-]+${WS}+){0,2}?${AGENT}(?:,?${WS}+(?:who|that)(?<relative>${WS}+[^,;:“”"]{1,60}?)|${WS}+(?<coordinated>\\p{Ll}+[^;:“”"]*?(?:${WS}and|,)))${BRIDGE}$`,
  "iu",
);

const OPENERS = "that|after|when|while|because|since|before|until|where|whereas";

/** The last subordinator or break of a sentence's text: the verb's clause opens after it. */
const CLAUSE_OPENER = new RegExp(
  `(?:[;:“"]|\\b(?:${OPENERS})\\b)(?![^;:“"]*\\b(?:${OPENERS})\\b)[^;:“"]*$`,
  "iu",
);

/** Reporting and relative words: a stretch holding one is another clause, not the noun's own. */
const FOREIGN_CLAUSE = /\b(?:said|says|say|told|which|who)\b/iu;

/** Is the noun opening the verb's clause an unnamed armed group or force that does the act? */
function openingSubject(sentence: string, gerund: boolean): boolean {
  const opener = CLAUSE_OPENER.exec(sentence);
  const clause = opener
    ? sentence.slice((opener.index ?? 0) + (/^\p{L}+/u.exec(opener[0])?.[0].length ?? 1))
    : sentence;
  const m = CLAUSE_SUBJECT.exec(clause);
  const between = m?.groups?.relative ?? m?.groups?.coordinated;
  // "A car bomb exploded …, killing five": after a bare comma a gerund adds the toll, no second verb.
  if (gerund && m?.groups?.coordinated?.endsWith(",")) return false;
  return between !== undefined && !FOREIGN_CLAUSE.test(between);
}

// "the vessel had entered the zone", "two bombers flew into": an unnamed craft intrudes all the same.
const CRAFT_END = new RegExp(
  `\\b(?:vessels?|ships?|warships?|gunboats?|boats?|cutters?|frigates?|corvettes?|destroyers?|aircraft|drones?|jets?|bombers?|warplanes?|submarines?|helicopters?|balloons?)(?:${WS}+(?:have|has|had|also|then|reportedly|allegedly))*${WS}+$`,
  "iu",
);

/** Acts a craft may do for an unnamed state: "a patrol boat intercepted the longliner", "two gunboats blocked …". */
const CRAFT_ACTS = new Set(["intrusion", "seizure", "coercion", "show-of-force"]);

/** Is the verb trigger's subject an unnamed armed group or force ("gunmen", "the rebels", "troops")? */
export function armedGroupSubject(doc: EntityDoc, t: Trigger): boolean {
  // "Five soldiers died": the subject of dying is its victim.
  if (t.via !== "verb" || /^died$/i.test(t.text)) return false;
  const before = doc.body.slice(Math.max(t.sentence.start, t.start - 80), t.start);
  if (SUBJECT_END.test(before)) return true;
  if (CRAFT_ACTS.has(t.type.type) && CRAFT_END.test(before)) return true;
  const sentence = doc.body.slice(t.sentence.start, t.start);
  return SAID_THEY.test(sentence) || openingSubject(sentence, /ing$/iu.test(t.text));
}

// "Police said they had dismantled a ring and seized 40 rifles": the force reporting its own act.
const SAID_THEY = new RegExp(
  `^(?:the${WS}+)?(?:\\p{Ll}[\\p{Ll}-]*${WS}+)?(?:${ARMED_NOUNS.join("|")})${WS}+(?:said|say|says)${WS}+(?:that${WS}+)?they${WS}+(?:(?:had|have)${WS}+)?(?:[^;:“”"]*?${WS}and${WS}+(?:(?:had|have|also|then|later)${WS}+)*)?$`,
  "iu",
);

// "Seventeen villagers were killed on Monday", "a convoy of its peacekeepers … had been ambushed": the victims before a
// simple past passive. "have been killed since 2019" is a running toll, no single act.
// A short phrase ("of its peacekeepers in Mali") or a relative clause (", which was carrying aid,") may follow the victims.
const VICTIM_PASSIVE = new RegExp(
  `^(?:${WS}+(?:in|of|from|near|at)${WS}+[^,;.“”"]{1,30}?|,${WS}+(?:which|who)${WS}[^,;.“”"]{1,60},)?${WS}+(?:were|was|had${WS}+been)${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "u",
);

/** Is an attack verb a passive with its victims as subject and no agent named (an act all the same)? */
export function victimPassive(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || t.type.type !== "military-attack" || !t.object || t.object.end > t.start)
    return false;
  const died = /^died$/i.test(t.text);
  const gap = doc.body.slice(t.object.end, t.start);
  if (!(died ? /^[\s\u00a0]+$/.test(gap) : VICTIM_PASSIVE.test(gap))) return false;
  const rest =
    doc.body.slice(t.end, t.sentence.end).split(/[;:]|,[\s\u00a0]+(?:the|a|an)[\s\u00a0]/)[0] ?? "";
  if (/\bsince\b/i.test(rest)) return false;
  // "nine civilians died in an ambush", "… died when a drone struck": only a violent cause makes dying an attack.
  return !died || VIOLENT_CAUSE.test(rest);
}

const VIOLENT_CAUSE = new RegExp(
  `^[^.;]{0,40}?\\b(?:(?:in|during)${WS}+(?:an?|the)${WS}+(?:[\\p{L}-]+${WS}+)?(?:ambush|attack|raid|strike|airstrike|bombing|blast|explosion|clashes|fighting|shelling|shootout|assault|offensive)|when${WS}+[^.;]{0,40}?\\b(?:struck|attacked|opened${WS}+fire|exploded|stormed|detonated|fired|shelled|bombed))`,
  "iu",
);

const CLAIMED_BY = new RegExp(`^[^;:“”"]{0,40}?\\bclaimed${WS}+by${WS}+(?:the${WS}+)?$`, "u");

/** "killed in an ambush claimed by X": the actor claiming the act is its source. */
export function claimedBy(doc: EntityDoc, t: Trigger): string[] {
  if (t.type.type !== "military-attack") return [];
  const ids: string[] = [];
  for (const m of mentionsIn(doc, t.end, Math.min(t.sentence.end, t.end + 80)))
    if (CLAIMED_BY.test(doc.body.slice(t.end, m.start))) ids.push(m.actorId);
  return ids;
}

// "denied that its troops had fired on anyone": a denial reports no act of its own; the
// accusation it answers, if any, carries the event.
// "rejected reports that its guards had arrested …", "dismissed claims that": a denial of what others said.
const DENIAL = new RegExp(
  `\\b(?:denied|denies|deny|denying|(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing)${WS}+(?:the${WS}+|as${WS}+false${WS}+)?(?:reports?|claims?|allegations?|accusations?|suggestions?))${WS}+(?:that${WS}+)?[^,;.]{0,50}$`,
  "u",
);

/** Is the verb trigger inside a denial ("X denied that its forces had attacked …")? */
export function deniedAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb") return false;
  return DENIAL.test(doc.body.slice(Math.max(t.sentence.start, t.start - 70), t.start));
}

// "Border clashes killed three soldiers", "the blast killed eleven": the killing is the toll of an
// act already named as its subject, not a second act.
// Only nouns that are event triggers themselves: "a blast killed" keeps the killing as the act.
const ACT_SUBJECT =
  /\b(?:clashes|fighting|attacks|strikes|airstrikes?|air[\s\u00a0]+strikes?|raids|shelling|offensive)\b[^,;.]{0,40}$/iu;

/** Is a killing verb the toll of an attack noun written as its subject? */
export function tollOfNamedAct(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || !/^kill/i.test(t.text)) return false;
  return ACT_SUBJECT.test(doc.body.slice(Math.max(t.sentence.start, t.start - 60), t.start));
}

// "a Chinese coast guard ship that it said rammed …": the head of a "that" clause, an actor with an
// agent noun, is the act's agent even with a reporting aside inside the clause.
const THAT_CLAUSE = new RegExp(
  `^(?:(?:${WS}+\\p{Ll}[\\p{Ll}-]*){0,2}${WS}+(?:ship|ships|vessel|vessels|boat|boats|aircraft|jets?|drones?|troops|forces|soldiers|fighters|warships?|patrol))?,?${WS}+(?:that|which|who)(?:${WS}+(?:it|they|he|she|officials)${WS}+(?:said|says|alleged|claimed))?(?:${WS}+(?:had|has|have|allegedly|reportedly))*${WS}+$`,
  "u",
);

/** The actor heading a relative clause whose verb is the trigger ("X ships that it said rammed"). */
export function relativeClauseAgent(doc: EntityDoc, t: Trigger): string[] {
  if (t.via !== "verb" || !t.type.requiresAgent) return [];
  const before = mentionsIn(doc, Math.max(t.sentence.start, t.start - 80), t.start).pop();
  if (!before || !THAT_CLAUSE.test(doc.body.slice(before.end, t.start))) return [];
  return [before.actorId];
}

// "The four crew members, three Colombians and an Ecuadorian, were detained": a counted group in
// the passive names who the act was done to, which is enough to tell one act.
const COUNTED_PASSIVE = new RegExp(
  `(?:^|[\\s\\u00a0(])(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens${WS}+of|several)${WS}+(?:[\\p{L}-]+${WS}+){0,2}?[\\p{L}-]+(?:,[^,;.“”"]{1,60},)?${WS}+(?:were|had${WS}+been)${WS}+(?:\\p{Ll}+ly${WS}+)?$`,
  "iu",
);

/** Is a people-taking act told in the passive of a counted group ("two suspects had been detained")? */
export function countedPassive(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || !["arrest", "abduction", "release", "expulsion"].includes(t.type.type))
    return false;
  return COUNTED_PASSIVE.test(doc.body.slice(Math.max(t.sentence.start, t.start - 110), t.start));
}
