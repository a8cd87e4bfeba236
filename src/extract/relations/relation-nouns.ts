// Stances told as nouns: "Beijing’s condemnation of Tokyo’s decision", "Moscow’s accusations against
// Kyiv", "Seoul’s protest to Tokyo", "the Kremlin’s threats against Vilnius". The possessor takes the
// stance against the party named right after the preposition (and its own state, when a national body).
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { RelationKind } from "../types.ts";
import type { VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

/** "’s condemnation of (the) ", "’s accusations against ", "’s protest to ". */
const STANCE_NOUN = new RegExp(
  `^[’']s${WS}+(?:(?:repeated|latest|sharp|strong|fresh|formal)${WS}+)?` +
    `(condemnation|criticism|denunciation|rebuke|protests?|accusations?|allegations?|threats?|ultimatum)` +
    `${WS}+(?:of|against|to|at|toward|towards)${WS}+(?:the${WS}+)?`,
  "iu",
);

function kindOf(noun: string): RelationKind {
  if (/^(?:accusations?|allegations?)$/iu.test(noun)) return "ACCUSES";
  if (/^(?:threats?|ultimatum)$/iu.test(noun)) return "THREATENS";
  return "CRITICIZES";
}

const isParty = (doc: EntityDoc, id: string) => {
  const kind = doc.actors.get(id)?.kind;
  return kind === "Country" || kind === "Organization";
};

export function relationNouns(doc: EntityDoc, voiceOf: VoiceOf, out: RelationSet): void {
  for (const m of doc.mentions) {
    if (m.kind !== "possessive" || !isParty(doc, m.actorId) || inQuote(doc, m.start)) continue;
    // A possessive mention may end before or after its "’s".
    const tail = doc.body.slice(m.end, m.end + 80);
    const hit = STANCE_NOUN.exec(/^[’']s/u.test(tail) ? tail : `’s${tail}`);
    if (!hit) continue;
    const at = m.end + hit[0].length - (/^[’']s/u.test(tail) ? 0 : 2);
    const target = doc.mentions.find((x) => x.start === at && isParty(doc, x.actorId));
    if (!target || target.actorId === m.actorId) continue;
    const kind = kindOf(hit[1] ?? "");
    const ev = [evidence(doc, m.start, target.end)];
    for (const from of [m.actorId, ...(voiceOf.get(m.actorId) ?? [])])
      if (from !== target.actorId) out.add(kind, from, target.actorId, { evidence: ev });
  }
}
