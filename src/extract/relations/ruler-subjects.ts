// Stances whose subject is a state's rulers named by a common noun: "The junta has also accused France
// of …", "The regime condemned Ghana’s decision …". No mention stands for the speaker, so no statement
// carries the stance; the relation goes from the state the article tied the noun to (regime-references.ts).
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { RelationKind } from "../types.ts";
import { listFrom } from "./actor-lists.ts";
import { tiedState } from "./regime-references.ts";
import type { RelationSet } from "./relation-set.ts";

/** "The junta (has) (also) accused ", at a sentence start or after a semicolon. */
const RULER_STANCE = new RegExp(
  `(?:^|[.;!?]${WS}+)[Tt]he${WS}+(junta|regime|military${WS}+government|military${WS}+rulers|generals)` +
    `${WS}+(?:(?:has|have|had)${WS}+)?(?:(?:also|again|repeatedly|previously|openly)${WS}+)?` +
    `(accused|critici[sz]ed|condemned|denounced|threatened)${WS}+`,
  "gmu",
);

const KIND: Record<string, RelationKind> = { accused: "ACCUSES", threatened: "THREATENS" };

export function rulerSubjects(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(RULER_STANCE, doc.body)) {
    const end = (m.index ?? 0) + m[0].length;
    if (inQuote(doc, end)) continue;
    const state = tiedState(doc, m[1] ?? "", m.index ?? 0);
    if (!state || !doc.actors.has(state)) continue;
    const targets = listFrom(doc, end, end + 120).filter((t) => doc.actors.get(t.actorId)?.kind !== "Person");
    const kind = KIND[(m[2] ?? "").toLowerCase()] ?? "CRITICIZES";
    const ev = [evidence(doc, end - m[0].trimStart().length, targets[targets.length - 1]?.end ?? end)];
    for (const t of targets)
      if (t.actorId !== state && doc.actors.get(t.actorId)?.countryId !== state)
        out.add(kind, state, t.actorId, { evidence: ev });
  }
}
