// COOPERATES_WITH told as a party working with another outside any joint event ("would work closely
// with Accra", "manages the stocks jointly with Oslo", "acted in coordination with Quito", "joined forces
// with Lima"). The subject is the last party before the phrase in its sentence (a person's state), never
// one inside an appositive ("Norway, a NATO member, …"); the partner the party after it. Nothing is read
// in a sentence with a demand, a refusal or a condition ("urged Peru to work with …", "would not
// cooperate with …", "unless it works with …"). Solidarity alone ("said it stood with Vilnius") is no
// cooperation (test/corpus/README.md lists agreements, joint drills and joint operations).
import { type ActorMention, type EntityDoc, evidence, inQuote, mentionsIn, sentenceOf } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { listFrom } from "./actor-lists.ts";
import { stateOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

const WORKING = [
  ...["work", "works", "worked", "working"].flatMap((v) => [
    `${v} closely with`,
    `${v} together with`,
    `${v} hand in hand with`,
  ]),
  ...["cooperate", "cooperates", "cooperated", "cooperating", "co-operate", "co-operates", "co-operated"].map(
    (v) => `${v} with`,
  ),
  ...["coordinate", "coordinates", "coordinated", "coordinating"].map((v) => `${v} closely with`),
  "jointly with",
  "in coordination with",
  "in cooperation with",
  "joined forces with",
  "join forces with",
  "joins forces with",
  "teamed up with",
  "team up with",
  "partnered with",
  // "the list was drawn up together with Riga and Tallinn", "would leave the bloc together with Mali".
  "together with",
  ...[
    "a joint operation",
    "joint operations",
    "a joint patrol",
    "joint patrols",
    "a joint investigation",
  ].map((v) => `in ${v} with`),
];
/** Phrases of one joint act: the partners named together act together too ("with Riga and Tallinn"). */
const JOINT_ACT = /^(?:together|in[\s\u00a0])/iu;
const PHRASES = WORKING;
/** Words that may stand between "with" and the partner: "the authorities of (neighbouring) …". */
const PARTNER_LEAD = new RegExp(
  `^${WS}+(?:(?:the|its|their|government|governments|people|peoples|authorities|and|of|friendly|brotherly|fraternal|neighbouring|neighboring|allies|ally)${WS}+){0,8}`,
  "iu",
);
/** A demand, refusal, condition or question between subject and phrase: no cooperation stated. */
const NOT_STATED =
  /\b(?:urg\p{L}*|call\p{L}*[\s\u00a0]+on|ask\p{L}*|press\p{L}*|push\p{L}*|encourag\p{L}*|demand\p{L}*|want\p{L}*|should|must|not|never|no[\s\u00a0]+longer|refus\p{L}*|declin\p{L}*|unless|if|whether|accus\p{L}*|den(?:y|ied|ies)|reject\p{L}*)\b|n[’']t\b/iu;

/** A condition after the partner: "… only if the tolls go", "… unless", "provided that". */
const CONDITION = /\b(?:if|unless|provided|providing|on[\s\u00a0]+condition)\b/iu;

const isParty = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention =>
  m !== undefined && doc.actors.has(m.actorId);

/** A person stands for their state; a body or state for itself. */
function partyId(doc: EntityDoc, m: ActorMention): string | undefined {
  const actor = doc.actors.get(m.actorId);
  if (actor?.kind !== "Person") return m.actorId;
  const state = stateOf(doc, m.actorId);
  return state !== m.actorId && doc.actors.has(state) ? state : undefined;
}

/**
 * The last party before `at` in its sentence that is no object of a preposition, nor, for a bare
 * "together with", the verb's object right before it ("would
 * leave the bloc together with Mali": the leaver is the subject).
 */
function subjectBefore(doc: EntityDoc, start: number, at: number, bare: boolean): ActorMention | undefined {
  const before = mentionsIn(doc, start, at).filter((m) => isParty(doc, m));
  for (const m of before.reverse()) {
    if (bare && /^[\s\u00a0]*$/u.test(doc.body.slice(m.end, at))) continue;
    const lead = doc.body.slice(Math.max(start, m.start - 14), m.start);
    if (
      !/(?:\b(?:with|to|from|by|against|of|for|in|on|at|into|near)|,[\s\u00a0]*(?:a|an))[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu.test(
        lead,
      )
    )
      return m;
  }
  return undefined;
}

export function workingWith(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(PHRASES, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const s = sentenceOf(doc, hit.start);
    const joint = JOINT_ACT.test(hit.text);
    const subject = subjectBefore(doc, s.start, hit.start, /^together/iu.test(hit.text));
    if (!subject || NOT_STATED.test(doc.body.slice(s.start, hit.start))) continue;
    const lead = PARTNER_LEAD.exec(doc.body.slice(hit.end, hit.end + 120))?.[0].length ?? 0;
    const first = doc.mentions.find((m) => m.start === hit.end + lead);
    if (!isParty(doc, first) || CONDITION.test(doc.body.slice(first.end, s.end))) continue;
    const partners = listFrom(doc, first.start, s.end).filter((m) => isParty(doc, m));
    addPairs(doc, out, joint ? [subject, ...partners] : [subject], partners);
  }
}

/** Every party in `from` cooperates with every later party in `to` of another state. */
function addPairs(doc: EntityDoc, out: RelationSet, from: ActorMention[], to: ActorMention[]): void {
  for (const a of from) {
    for (const b of to) {
      if (b.start <= a.start) continue;
      const x = partyId(doc, a);
      const y = partyId(doc, b);
      if (!x || !y || stateOf(doc, x) === stateOf(doc, y)) continue;
      out.add("COOPERATES_WITH", x, y, { evidence: [evidence(doc, a.start, b.end)] });
    }
  }
}
