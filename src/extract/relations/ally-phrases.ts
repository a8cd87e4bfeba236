// ALLIED_WITH from two more ways wire copy states an alliance: an appositive over a coordinated pair
// ("Chile and Peru, long-standing allies, …", "A and B, allies under a 1953 treaty, …") and a possessive ("the United States is the
// Philippines’ only treaty ally").
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { listBefore } from "./actor-lists.ts";
import type { RelationSet } from "./relation-set.ts";

const MODIFIERS = `(?:(?:treaty|close|closest|key|longtime|long-time|long-standing|longstanding|traditional|formal|military|security|only|main|oldest|staunch)${WS}+)*`;
/** ", (both) long-standing allies," after a pair; or allies bound by something ("allies under a treaty"). */
const PAIR_ALLIES = new RegExp(
  `,${WS}+(?:both${WS}+)?${MODIFIERS}allies(?:${WS}*[,;.]|${WS}+(?:under|since|through|bound${WS}+by)${WS})`,
  "giu",
);
/** "X is/was/remains (the) Y’s (only treaty) ally". */
const OWNED_ALLY = new RegExp(
  `${WS}+(?:is|was|remains)${WS}+(?:the${WS}+)?(\\S[^,;.]{0,40}?)[’']s?${WS}+${MODIFIERS}ally\\b`,
  "gu",
);

const isState = (doc: EntityDoc, id: string) => doc.actors.get(id)?.kind === "Country";

export function allyPhrases(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(PAIR_ALLIES, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const pair = listBefore(doc, at).filter((x) => isState(doc, x.actorId));
    const [a, b] = pair;
    if (pair.length !== 2 || !a || !b || a.actorId === b.actorId) continue;
    out.add("ALLIED_WITH", a.actorId, b.actorId, { evidence: [evidence(doc, a.start, at + m[0].length)] });
  }
  for (const m of execAll(OWNED_ALLY, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const head = doc.mentions.find((x) => x.end === at && isState(doc, x.actorId));
    const ownerAt = at + m[0].indexOf(m[1] ?? "\u0000");
    const owner = doc.mentions.find((x) => x.start === ownerAt && isState(doc, x.actorId));
    if (head && owner && head.actorId !== owner.actorId)
      out.add("ALLIED_WITH", head.actorId, owner.actorId, {
        evidence: [evidence(doc, head.start, at + m[0].length)],
      });
  }
}
