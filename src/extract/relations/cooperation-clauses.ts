// COOPERATES_WITH told in clauses the event stage does not read as a joint act: a transfer agreed
// with a party as object ("agreed to sell Kyrgyzstan 300 megawatts"), an act done "under a bilateral
// agreement with Kinshasa", an agreement signed in a relative clause ("the Commission, which signed a
// partnership with Tunisia in 2023, …") and coordinated operations of listed states ("Police in
// Colombia and Ecuador raided … in coordinated operations").
import {
  type ActorMention,
  type EntityDoc,
  evidence,
  inQuote,
  lastMentionBefore,
  sentenceOf,
} from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { findPhrases, phraseMatcher } from "../text/word-index.ts";
import { listFrom } from "./actor-lists.ts";
import { stateOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

const isParty = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention =>
  m !== undefined &&
  m.kind !== "pronoun" &&
  doc.actors.get(m.actorId)?.kind !== "Person" &&
  doc.actors.has(m.actorId);

function cooperate(doc: EntityDoc, out: RelationSet, a: string, b: string, start: number, end: number): void {
  if (stateOf(doc, a) === stateOf(doc, b)) return;
  out.add("COOPERATES_WITH", a, b, { evidence: [evidence(doc, start, end)] });
}

const AGREED = ["agreed to", "agrees to", "agree to"];
/** Transfers one party agrees to make to another. */
const TRANSFER = new RegExp(
  `^${WS}+(?:sell|supply|provide|deliver|export|lend|loan|give|send|grant|train|help|assist|back)${WS}+(?:the${WS}+)?`,
  "iu",
);

/** "Tajikistan said it had agreed to sell Kyrgyzstan …": the subject (or the state "it" stands for) and the object. */
function agreedTransfers(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(AGREED, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const verb = TRANSFER.exec(doc.body.slice(hit.end, hit.end + 30));
    if (!verb) continue;
    const objectAt = hit.end + verb[0].length;
    const object = doc.mentions.find((m) => m.start === objectAt);
    const s = sentenceOf(doc, hit.start);
    const subject = lastMentionBefore(doc, hit.start);
    if (!isParty(doc, object) || !isParty(doc, subject) || subject.start < s.start) continue;
    // A list before the verb is the subject itself; a party inside a clause ("talks with Peru") is not.
    if (
      /\b(?:with|to|from|by|against|of|for)[\s\u00a0]+(?:the[\s\u00a0]+)?$/u.test(
        doc.body.slice(s.start, subject.start),
      )
    )
      continue;
    cooperate(doc, out, subject.actorId, object.actorId, subject.start, object.end);
  }
}

const AGREEMENT_WITH = [
  "agreement with",
  "deal with",
  "accord with",
  "pact with",
  "treaty with",
  "arrangement with",
];
const UNDER = new RegExp(`\\bunder${WS}+(?:a|an|the|its|their)${WS}+(?:[\\p{L}-]+${WS}+){0,3}$`, "u");

/** "… deployed in South Kivu under a bilateral agreement with Kinshasa": the sentence's first party's state. */
function underAgreements(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(AGREEMENT_WITH, "giu"))) {
    if (inQuote(doc, hit.start)) continue;
    const gap = /^[\s\u00a0]+(?:the[\s\u00a0]+)?/u.exec(doc.body.slice(hit.end))?.[0].length ?? 0;
    const partner = doc.mentions.find((m) => m.start === hit.end + gap);
    const s = sentenceOf(doc, hit.start);
    if (!isParty(doc, partner) || !UNDER.test(doc.body.slice(s.start, hit.start))) continue;
    const first = doc.mentions.find((m) => m.start >= s.start && m.end <= hit.start && isParty(doc, m));
    if (first)
      cooperate(
        doc,
        out,
        stateOf(doc, first.actorId),
        stateOf(doc, partner.actorId),
        first.start,
        partner.end,
      );
  }
}

const WHICH_SIGNED = [
  "which signed",
  "which has signed",
  "which had signed",
  "which concluded",
  "which struck",
  "which inked",
];
/** The agreement and its partner after "which signed": "a partnership on migration and energy with Tunisia". */
const SIGNED_WITH = new RegExp(
  `^${WS}+(?:a|an|the)${WS}+(?:[\\p{L}-]+${WS}+){0,4}?(?:agreement|deal|accord|pact|partnership|treaty|memorandum)` +
    `(?:${WS}+on${WS}+[\\p{L}-]+(?:${WS}+and${WS}+[\\p{L}-]+)?)?${WS}+with${WS}+(?:the${WS}+)?`,
  "u",
);

/** "The Commission, which signed a partnership on migration with Tunisia in 2023, …": antecedent and partner. */
function signedInRelatives(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(WHICH_SIGNED, "giu"))) {
    if (inQuote(doc, hit.start) || !/,[\s\u00a0]*$/u.test(doc.body.slice(hit.start - 3, hit.start))) continue;
    const tail = SIGNED_WITH.exec(doc.body.slice(hit.end, hit.end + 120));
    const partner = tail ? doc.mentions.find((m) => m.start === hit.end + tail[0].length) : undefined;
    const antecedent = lastMentionBefore(doc, hit.start);
    if (!isParty(doc, partner) || !isParty(doc, antecedent)) continue;
    if (antecedent.start < sentenceOf(doc, hit.start).start) continue;
    cooperate(doc, out, antecedent.actorId, partner.actorId, antecedent.start, partner.end);
  }
}

const COORDINATED = [
  "coordinated operation",
  "coordinated operations",
  "coordinated raids",
  "joint operation",
  "joint operations",
  "joint raids",
  "joint patrols",
  "joint patrol",
];

/** "Police in Colombia and Ecuador raided … in coordinated operations": the listed states together. */
function coordinatedOperations(doc: EntityDoc, out: RelationSet): void {
  for (const hit of findPhrases(doc, phraseMatcher(COORDINATED, "giu"))) {
    const s = sentenceOf(doc, hit.start);
    const lists = doc.mentions
      .filter((m) => m.start >= s.start && m.end <= hit.start && isParty(doc, m))
      .map((m) => listFrom(doc, m.start, hit.start).filter((x) => isParty(doc, x)));
    const pair = lists.find((l) => new Set(l.map((x) => stateOf(doc, x.actorId))).size >= 2);
    if (!pair) continue;
    for (const [i, a] of pair.entries())
      for (const b of pair.slice(i + 1)) cooperate(doc, out, a.actorId, b.actorId, a.start, hit.end);
  }
}

export function cooperationClauses(doc: EntityDoc, out: RelationSet): void {
  agreedTransfers(doc, out);
  underAgreements(doc, out);
  signedInRelatives(doc, out);
  coordinatedOperations(doc, out);
}
