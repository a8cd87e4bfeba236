// Stances told as nouns: "Beijing’s condemnation of Tokyo’s decision", "Moscow’s renewed accusations
// against Kyiv", "Seoul’s protest to Tokyo", "the Kremlin’s threats against Vilnius", and the same
// nouns with their author after "by"/"from": "criticism of Hanoi by Beijing", "an accusation by Lima
// against La Paz", "condemnation from Brussels of Minsk". The author takes the stance against the
// party named after the preposition (and, like any stance, the state it speaks for).
import {
  type ActorMention,
  type EntityDoc,
  evidence,
  inQuote,
  mentionAt,
  mentionsIn,
  sentenceOf,
} from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";
import { alternation, STANCE_NOUNS, type StanceKind } from "./stance-verbs.ts";

const NOUN = `(${alternation(STANCE_NOUNS.keys())})`;
/** Up to two modifiers that are no preposition ("sharply worded", "repeated"). */
const MODIFIERS = `(?:(?!(?:of|on|in|to|at|by|for|from|with|against|over|about|and)\\b)\\p{Ll}[\\p{Ll}-]*${WS}+){0,2}`;
/** What may stand between a preposition and the party: "the", "the recent", "the two". */
const LEAD = `(?:the${WS}+)?${MODIFIERS}`;
const AGAINST = `(?:of|against|to|at|toward|towards)`;

/** "’s (modifiers) accusation that (the) " – the party opening the clause is the one accused. */
const ACCUSED_THAT = new RegExp(
  `^[’']s${WS}+${MODIFIERS}(accusations?|allegations?|charges?)${WS}+that${WS}+(?:the${WS}+)?(?=\\p{Lu})`,
  "u",
);
/** "’s (modifiers) NOUN PREP (the) " – after a possessive. */
const POSSESSED = new RegExp(`^[’']s${WS}+${MODIFIERS}${NOUN}${WS}+(${AGAINST})${WS}+${LEAD}`, "u");
/** "NOUN of|against (the) TARGET by|from AUTHOR" and "NOUN by|from AUTHOR against|of TARGET". */
const AUTHORED = new RegExp(
  `\\b${NOUN}${WS}+(?:(of|against)${WS}+${LEAD}(?=\\p{Lu})|(by|from)${WS}+(?:the${WS}+)?(?=\\p{Lu}))`,
  "gu",
);

/** "to" only names the target of a protest, a threat or an ultimatum ("a complaint to the WTO" does not). */
const TO_NOUNS = /^(?:protests?|threats?|ultimatums?)$/iu;

const isParty = (doc: EntityDoc, id: string) => doc.actors.has(id);

function add(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  out: RelationSet,
  kind: StanceKind,
  author: ActorMention,
  target: ActorMention,
): void {
  if (target.actorId === author.actorId) return;
  const ev = [evidence(doc, Math.min(author.start, target.start), Math.max(author.end, target.end))];
  const own = [author.actorId, ...(voiceOf.get(author.actorId) ?? [])];
  if (own.includes(target.actorId)) return;
  for (const from of own) out.add(kind, from, target.actorId, { evidence: ev });
}

const kindOf = (noun: string): StanceKind => STANCE_NOUNS.get(noun.toLowerCase()) ?? "CRITICIZES";

/** "X’s NOUN of Y": the possessor against the party after the preposition. */
function possessedNouns(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const m of doc.mentions) {
    if (m.kind !== "possessive" || !isParty(doc, m.actorId) || inQuote(doc, m.start)) continue;
    // A possessive mention may end before or after its "’s".
    const raw = doc.body.slice(m.end, m.end + 100);
    const owned = /^[’']s/u.test(raw);
    const hit = POSSESSED.exec(owned ? raw : `’s${raw}`);
    const that = ACCUSED_THAT.exec(owned ? raw : `’s${raw}`);
    if (that) {
      const accused = mentionAt(doc, m.end + that[0].length - (owned ? 0 : 2));
      if (accused && isParty(doc, accused.actorId)) add(doc, voiceOf, out, "ACCUSES", m, accused);
      continue;
    }
    if (!hit || (hit[2]?.toLowerCase() === "to" && !TO_NOUNS.test(hit[1] ?? ""))) continue;
    const target = mentionAt(doc, m.end + hit[0].length - (owned ? 0 : 2));
    if (target && isParty(doc, target.actorId)) add(doc, voiceOf, out, kindOf(hit[1] ?? ""), m, target);
  }
}

/** The party at `at`, or after "Y by X"/"by X against Y" the party after the second preposition. */
function partyAfter(doc: EntityDoc, at: number, prep: RegExp): ActorMention | undefined {
  const first = mentionAt(doc, at);
  if (!first || !isParty(doc, first.actorId)) return undefined;
  const next = new RegExp(`^${WS}+${prep.source}${WS}+${LEAD}(?=\\p{Lu})`, "u").exec(
    doc.body.slice(first.end, first.end + 60),
  );
  if (!next) return undefined;
  const second = mentionAt(doc, first.end + next[0].length);
  return second && isParty(doc, second.actorId) ? second : undefined;
}

/** "criticism of Y by X", "an accusation by X against Y". */
function authoredNouns(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const hit of execAll(AUTHORED, doc.body)) {
    const at = (hit.index ?? 0) + hit[0].length;
    if (inQuote(doc, at)) continue;
    const kind = kindOf(hit[1] ?? "");
    const first = mentionAt(doc, at);
    if (!first) continue;
    if (hit[2]) {
      const author = partyAfter(doc, at, /(?:by|from)(?:\s+the)?/);
      if (author) add(doc, voiceOf, out, kind, author, first);
    } else {
      const target = partyAfter(doc, at, /(?:against|of)/);
      if (target) add(doc, voiceOf, out, kind, first, target);
    }
  }
}

/** Reactions a party's act draws that are criticism only after "from" ("drew outrage from X"). */
const REACTION_NOUNS = "objections?|outrage|anger|backlash|fury|ire|opprobrium";
/**
 * "Y drew sharp criticism from X", "Y faced accusations from X", "Y came under fire from X", and a
 * reaction an act provokes: "Y’s plan prompted a protest from X", "…, triggering condemnation from X".
 */
const RECEIVED = new RegExp(
  `\\b(?:(?:drew|draws|drawn|drawing|faced|faces|facing|received|receives|attracted|attracts|attracting|met${WS}+with|` +
    `prompted|prompts|prompting|triggered|triggers|triggering|sparked|sparks|sparking|provoked|provokes|provoking|` +
    `earned|earns|earning|invited|invites|inviting|elicited|elicits|eliciting|brought|bringing)${WS}+` +
    `${MODIFIERS}(?:${NOUN}|(${REACTION_NOUNS}))|(?:came|comes|come)${WS}+under${WS}+${MODIFIERS}(fire|attack|criticism|pressure))` +
    `${WS}+from${WS}+(?:the${WS}+)?(?=\\p{Lu})`,
  "gu",
);
/** Between the receiving party and the verb: " has", " had". */
const RECEIVED_LEAD = new RegExp(`${WS}+(?:(?:has|have|had)${WS}+)?$`, "u");
/** A sentence (after any dateline) opening with the owner of an act: "Peru’s plan …", "The Peruvian decision …". */
const OWNER_LEAD = /^(?:[^—]{0,80}—[\s\u00a0]*)?(?:(?:the|a|an)[\s\u00a0]+)?/iu;
const OBJECT_OF = /\b(?:to|of|for|with|from|in|on|at|by|against|into|near)[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu;
/** At most this many words between the owner of the act and the verb it is the subject of. */
const MAX_SUBJECT_WORDS = 14;

/**
 * The party that receives a reaction: right before the verb ("Bolivia drew …"), else the owner of the
 * act the sentence opens with ("Bolivia’s plan to dam the river drew …", "The Bolivian ban sparked …",
 * "Bolivia built the dam, prompting …"), when no other clause stands between.
 */
function receiver(doc: EntityDoc, verbAt: number): ActorMention | undefined {
  const lead = RECEIVED_LEAD.exec(doc.body.slice(Math.max(0, verbAt - 12), verbAt));
  const before = lead && doc.mentions.find((m) => m.end === verbAt - lead[0].length);
  // A party after a preposition is no subject ("a plan to sell power to Chile drew …").
  if (before && !OBJECT_OF.test(doc.body.slice(Math.max(0, before.start - 16), before.start))) return before;
  const sentence = sentenceOf(doc, verbAt);
  const opening = doc.body.slice(sentence.start, verbAt);
  const at = sentence.start + (OWNER_LEAD.exec(opening)?.[0].length ?? 0);
  const owner = mentionAt(doc, at);
  if (!owner || doc.body.slice(at, verbAt).split(/[\s\u00a0]+/u).length > MAX_SUBJECT_WORDS) return undefined;
  // Another clause or party in between ("Peru, which Bolivia …", "after Chile …") hides the subject.
  const between = doc.body.slice(owner.end, verbAt);
  if (/[;:“”"]|\b(?:which|who|after|when|while|because|as)\b/u.test(between)) return undefined;
  if (mentionsIn(doc, owner.end, verbAt).some((m) => m.actorId !== owner.actorId)) return undefined;
  const ing = /ing$/u.test(doc.body.slice(verbAt, verbAt + 12).split(/[\s\u00a0]/u)[0] ?? "");
  // An "-ing" reaction follows the main clause after a comma; a finite one has the act as subject.
  return ing === /,[\s\u00a0]*$/u.test(between) ? owner : undefined;
}

/** The receiving party and the author after "from". */
function receivedNouns(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const hit of execAll(RECEIVED, doc.body)) {
    const verbAt = hit.index ?? 0;
    if (inQuote(doc, verbAt)) continue;
    const target = receiver(doc, verbAt);
    const author = mentionAt(doc, verbAt + hit[0].length);
    // "came under pressure from" is no criticism; "came under fire/attack/criticism" is.
    if (
      hit[3] === "pressure" ||
      !target ||
      !author ||
      !isParty(doc, target.actorId) ||
      !isParty(doc, author.actorId)
    )
      continue;
    add(doc, voiceOf, out, hit[1] ? kindOf(hit[1]) : "CRITICIZES", author, target);
  }
}

export function relationNouns(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  possessedNouns(doc, voiceOf, out);
  authoredNouns(doc, voiceOf, out);
  receivedNouns(doc, voiceOf, out);
}
