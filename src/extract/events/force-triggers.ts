// Trigger corrections for acts of force and coercion that the plain lexicon misreads:
// - "detained a Russian trawler": detaining a vessel is a seizure, not an arrest;
// - "ordered the closure of three border crossings", "since the seizure of a trawler in 2019": an
//   act written as a noun with "of" and the thing acted on;
// - "sending troops and artillery": where one verb fits two types, the object named first decides;
// - "guard supply routes": a verb form right before a noun it modifies is no verb.
import type { Doc } from "../doc.ts";
import type { EventType } from "../knowledge/knowledge.ts";
import { MONTH_NAMES, WEEKDAY_NAMES, WS } from "../text/patterns.ts";
import { sentenceAt } from "../text/sentences.ts";
import { execAll, phrasesRegex } from "../text/text.ts";
import type { Trigger } from "./event-triggers.ts";
import { objectForms } from "./object-nouns.ts";

/** Nouns naming a vessel held by the authorities. */
const VESSELS = [
  "trawler",
  "vessel",
  "ship",
  "tanker",
  "boat",
  "fishing boat",
  "freighter",
  "cargo ship",
  "yacht",
];

/** Up to four modifiers, then a vessel noun: the direct object right after the verb. */
const VESSEL_OBJECT = new RegExp(
  `^${WS}+(?:(?:an?|the|two|three|four|five|six|several|\\d+)${WS}+)?(?:[\\p{L}\\d’'-]+${WS}+){0,3}?(${objectForms(VESSELS).all.join("|")})(?![\\p{L}])`,
  "iu",
);

const seizureCache = new WeakMap<object, EventType | undefined>();

/** The lexicon's seizure type that acts on vessels ("seized a tanker"). */
function seizureType(doc: Doc): EventType | undefined {
  if (seizureCache.has(doc.knowledge)) return seizureCache.get(doc.knowledge);
  const found = doc.knowledge.eventTypes.find((t) => t.type === "seizure" && t.objects.includes("vessel"));
  seizureCache.set(doc.knowledge, found);
  return found;
}

/** "detained two Vietnamese-flagged trawlers": an arrest verb whose direct object is a vessel is a seizure. */
export function vesselDetention(doc: Doc, t: Trigger): Trigger {
  if (t.type.type !== "arrest" || t.via !== "verb") return t;
  const m = VESSEL_OBJECT.exec(doc.body.slice(t.end, Math.min(t.sentence.end, t.end + 70)));
  const seizure = seizureType(doc);
  if (!m || !seizure) return t;
  const headEnd = t.end + m[0].length;
  const head = (m[1] ?? "").toLowerCase();
  return {
    ...t,
    type: seizure,
    object: { start: headEnd - head.length, end: headEnd, head, label: head },
  };
}

/** Act nouns and the verb whose type they take ("the closure of" acts like "close"). */
const NOMINALS: Record<string, string> = {
  closure: "close",
  closing: "close",
  sealing: "seal",
  seizure: "seize",
  impounding: "impound",
  interception: "intercept",
  confiscation: "confiscate",
  killing: "kill",
  killings: "kill",
  downing: "shoot down",
  capture: "capture",
  recapture: "recapture",
  // Round 7: the act nouns of the other verbs that need an object, so "the X of <object>" reads
  // like the verb whatever the family.
  annexation: "annex",
  occupation: "occupy",
  takeover: "take control of",
  summoning: "summon",
  recall: "recall",
  withdrawal: "withdraw",
  release: "release",
  freeing: "free",
  launch: "launch",
  launching: "launch",
  "test-firing": "test-fire",
  firing: "fire",
  suspension: "suspend",
  freezing: "freeze",
  signing: "sign",
  adoption: "adopt",
  approval: "approve",
  imposition: "impose",
  lifting: "lift",
  easing: "ease",
  violation: "violate",
  violations: "violate",
  militarisation: "militarise",
  militarization: "militarize",
  dispatch: "dispatch",
  sending: "send",
  shutting: "shut",
  // Round 8: the remaining verbs with an object, so each family reads its nominalisation too.
  expulsion: "expel",
  expulsions: "expel",
  deportation: "deport",
  deportations: "deport",
  storming: "storm",
  "shooting down": "shoot down",
  boarding: "board",
  blocking: "block",
  arming: "arm",
  severing: "sever",
  severance: "sever",
  downgrading: "downgrade",
  "breaking off": "break off",
  stationing: "station",
  redeployment: "redeploy",
  mobilisation: "mobilise",
  mobilization: "mobilize",
  massing: "mass",
  breach: "breach",
  breaches: "breach",
  reimposition: "impose",
  extension: "extend",
  declaration: "declare",
  // Round 9: the act nouns of the remaining object verbs (aid, seizure, capture, cyber, tests).
  delivery: "deliver",
  deliveries: "deliver",
  provision: "provide",
  donation: "donate",
  donations: "donate",
  handover: "hand over",
  "handing over": "hand over",
  transfer: "transfer",
  transfers: "transfer",
  seizures: "seize",
  confiscations: "confiscate",
  interceptions: "intercept",
  impoundment: "impound",
  banning: "ban",
  halting: "halt",
  liberation: "liberate",
  shutdown: "shut down",
  hacking: "hack",
  defacement: "deface",
  testing: "test",
  reinforcement: "reinforce",
  deployment: "deploy",
  deployments: "deploy",
};

const NOMINAL = new RegExp(`(?<![\\p{L}])(${Object.keys(NOMINALS).join("|")})${WS}+of(?![\\p{L}])`, "giu");

/**
 * "the closure of three border crossings": an act noun with "of" and, within a few words, an object of
 * a type the matching verb triggers. The trigger is a noun; its object is the thing acted on.
 */
export function nominalActs(doc: Doc): Trigger[] {
  const found: Trigger[] = [];
  for (const m of execAll(NOMINAL, doc.body)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const sentence = doc.sentences[sentenceAt(doc.sentences, start)];
    if (!sentence || end > sentence.end) continue;
    const lemma = NOMINALS[(m[1] ?? "").toLowerCase()];
    const after = doc.body.slice(end, Math.min(sentence.end, end + 45));
    for (const type of doc.knowledge.eventTypes) {
      if (type.objects.length === 0 || !type.verbs.some((v) => v.lemma === lemma)) continue;
      const object = nominalObject(type, after, end);
      if (!object) continue;
      found.push({ start, end, type, text: m[0], via: "noun", object, sentence });
      break;
    }
  }
  return found;
}

/** The object noun opening the "of" phrase: at most four words before it, no clause break. */
function nominalObject(type: EventType, after: string, offset: number): Trigger["object"] {
  const forms = objectForms(type.objects);
  const re = phrasesRegex(forms.all, "iu");
  const hit = re.exec(after);
  if (!hit || hit.index === undefined) return undefined;
  // "the delivery of 5,000 tonnes of wheat": a separator inside a number is no clause break.
  const lead = after.slice(0, hit.index).replace(/(\d)[,.](?=\d)/g, "$1");
  if (
    /[,;.“”"]/.test(lead) ||
    lead
      .trim()
      .split(/[\s\u00a0]+/)
      .filter(Boolean).length > 4
  )
    return undefined;
  const written = hit[0].toLowerCase().replace(/[\s\u00a0]+/g, " ");
  const start = offset + hit.index;
  return { start, end: start + hit[0].length, head: forms.listed.get(written) ?? written, label: written };
}

/** Nouns a bare verb form modifies ("supply routes", "supply lines"). */
const MODIFIED_NOUN = new RegExp(
  `^${WS}+(?:routes?|lines?|chains?|corridors?|depots?|convoys?)(?![\\p{L}])`,
  "u",
);

/** Is the bare verb form at `end` a modifier of the noun after it ("guard supply routes")? */
export function verbAsModifier(doc: Doc, end: number, form: string | undefined): boolean {
  return (form === undefined || form === "base") && MODIFIED_NOUN.test(doc.body.slice(end, end + 20));
}

/** Characters between a verb trigger and its object: the nearer object names what the verb acts on. */
export function objectDistance(t: Trigger): number {
  if (!t.object) return Number.POSITIVE_INFINITY;
  return t.object.start >= t.end ? t.object.start - t.end : t.start - t.object.end + 1000;
}

/**
 * "since the seizure of a Chilean trawler in 2018", "the attack on its embassy on Monday", "Tuesday's raid on the offices": an act noun
 * with its object (or target) and its own date is an act even when nobody is named as doing it.
 */
export function datedNominal(doc: Doc, t: Trigger, dated: boolean): boolean {
  if (!dated || t.via !== "noun") return false;
  // "condemned the attack on its embassy on Monday": the attack is told, its authors are not.
  if ((t.object !== undefined && NOMINAL_START.test(t.text)) || ATTACK_ON.test(t.text)) return true;
  // "A border post came under rocket fire on Monday": the place attacked is the subject, the attacker unsaid.
  if (CAME_UNDER.test(t.text)) return true;
  // "The shelling of Kherson on Saturday": an attack noun with what it hit.
  // "A mortar attack on a border post on Monday": an attack noun with "on" or "against" its target.
  const after = doc.body.slice(t.end, t.end + 30);
  return t.type.type === "military-attack" && (OF_TARGET.test(after) || ON_TARGET.test(after));
}

const ON_TARGET = new RegExp(
  `^${WS}+(?:on|against)${WS}+(?!(?:${WEEKDAY_NAMES.join("|")}|${MONTH_NAMES.join("|")})\\b)(?:an?|the|\\p{Lu})`,
  "u",
);

const OF_TARGET = new RegExp(`^${WS}+of${WS}+\\p{L}`, "u");

const CAME_UNDER = new RegExp(`^(?:came|come|comes|coming)${WS}+under${WS}`, "iu");

const ATTACK_ON = new RegExp(`^(?:attacks?|assault|ambush|raids?)${WS}+on$`, "iu");

const NOMINAL_START = new RegExp(`^(?:${Object.keys(NOMINALS).join("|")})${WS}`, "iu");

/** "fired a missile at a cargo ship", "launched drones against Kyiv", "fired shells into its territory": a weapon aimed at a target. */
const AIMED_AT = new RegExp(
  `^${WS}+(?:at|against|toward|towards|into)${WS}+(?!(?:the${WS}+)?(?:sea|ocean|waters|air|sky)\\b)`,
  "iu",
);

const attackCache = new WeakMap<object, EventType | undefined>();

/** A weapons "test" fired at a target is an attack ("The Houthis fired a missile at a cargo ship"). */
export function aimedLaunch(doc: Doc, t: Trigger): Trigger {
  if (t.type.type !== "weapons-test" || t.via !== "verb" || !t.object || t.object.start < t.end) return t;
  if (!AIMED_AT.test(doc.body.slice(t.object.end, Math.min(t.sentence.end, t.object.end + 40)))) return t;
  if (!attackCache.has(doc.knowledge))
    attackCache.set(
      doc.knowledge,
      doc.knowledge.eventTypes.find(
        (x) => x.type === "military-attack" && x.requiresAgent && x.nouns.length > 0,
      ),
    );
  const attack = attackCache.get(doc.knowledge);
  return attack ? { ...t, type: attack } : t;
}

/** "and detained its skipper", "and arrested their crews": the arrest of the stopped vessel's people. */
const DETAINS_ITS_PEOPLE = new RegExp(
  `^[^,;.“”"]{0,80}?\\band${WS}+(?:then${WS}+)?(?:detained|arrested|held)${WS}+(?:its|their|the)${WS}+(?:[\\p{L}-]+${WS}+)?(?:crews?|crew${WS}+members|skippers?|captains?|fishermen|sailors)\\b`,
  "iu",
);

/**
 * "police stopped a fishing boat and detained its skipper": a vessel stopped to detain its people is
 * the first step of that arrest, no seizure of its own ("stopped two boats and took their crews to
 * port" stays a seizure).
 */
export function stopBeforeDetention(doc: Doc, t: Trigger): boolean {
  if (t.type.type !== "seizure" || t.via !== "verb") return false;
  if (!/^stop/iu.test(doc.body.slice(t.start, t.end))) return false;
  return DETAINS_ITS_PEOPLE.test(doc.body.slice(t.end, t.sentence.end));
}
