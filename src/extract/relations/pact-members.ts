// Alliances and memberships stated by who made them: "A, B and C signed a mutual defence pact,
// pledging to come to each other’s aid" (the signers are allied with each other), and "the
// confederation that A formed with B and C" (each founder is a member of the body).
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { listBefore, listFrom } from "./actor-lists.ts";
import type { RelationSet } from "./relation-set.ts";

/** "signed a mutual defence pact" with no partner after it ("… with Y" is alliances.ts's). */
const SIGNED_PACT = new RegExp(
  `\\bsigned${WS}+an?${WS}+(?:[\\p{L}-]+${WS}+){0,3}(?:pact|treaty|agreement|accord)(?!${WS}+with)(?![\\p{L}])`,
  "giu",
);
/** What makes a pact one of defence: mutual aid, or coming to each other's aid. */
const MUTUAL =
  /\bmutual[\s\u00a0]+(?:assistance|defen[cs]e|aid)\b|\beach[\s\u00a0]+other[’']s[\s\u00a0]+(?:aid|defen[cs]e)\b/iu;

const isCountry = (doc: EntityDoc, id: string) => doc.actors.get(id)?.kind === "Country";

export function jointDefencePacts(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(SIGNED_PACT, doc.body)) {
    const at = m.index ?? 0;
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s || inQuote(doc, at) || !MUTUAL.test(doc.body.slice(s.start, s.end))) continue;
    const signers = [...new Set(listBefore(doc, at).map((x) => x.actorId))];
    if (signers.length < 2 || !signers.every((id) => isCountry(doc, id))) continue;
    const ev = { evidence: [evidence(doc, s.start, s.end)] };
    for (const [i, a] of signers.entries())
      for (const b of signers.slice(i + 1)) out.add("ALLIED_WITH", a, b, ev);
  }
}

/** "<Body> (ABC), the confederation that A formed with B and C". */
const FORMED_WITH = new RegExp(
  `,${WS}+the${WS}+(?:[\\p{Ll}-]+${WS}+)?(?:confederation|alliance|bloc|union|grouping|federation|pact)${WS}+(?:that|which)${WS}+`,
  "giu",
);
const FORMED = new RegExp(`^${WS}+(?:formed|founded|created|set${WS}+up|launched)${WS}+with${WS}+`, "iu");

export function foundingMembers(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(FORMED_WITH, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    // The body: the organisation mention ending at the comma (or its acronym in brackets).
    const body = doc.mentions
      .filter((x) => x.end <= at && /^(?:[\s\u00a0]*\([^)]*\))?$/.test(doc.body.slice(x.end, at)))
      .pop();
    if (!body || doc.actors.get(body.actorId)?.kind !== "Organization") continue;
    const end = at + m[0].length;
    const first = listFrom(doc, end, end + 40)[0];
    const formed = first && FORMED.exec(doc.body.slice(first.end, first.end + 40));
    if (!first || !formed || !isCountry(doc, first.actorId)) continue;
    const rest = listFrom(doc, first.end + formed[0].length, first.end + formed[0].length + 80);
    const founders = [first, ...rest].filter((x) => isCountry(doc, x.actorId));
    const ev = { evidence: [evidence(doc, body.start, founders.at(-1)?.end ?? end)] };
    for (const f of founders) out.add("MEMBER_OF", f.actorId, body.actorId, ev);
  }
}
