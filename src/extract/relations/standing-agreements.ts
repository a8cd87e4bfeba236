// COOPERATES_WITH from an agreement a state is said to hold with another, outside any signing event:
// "Sweden, which has its own cable-protection arrangement with Finland", "Chile has a free trade
// agreement with Peru". "has no agreement with" is not one.
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { RelationSet } from "./relation-set.ts";

const HOLDS = new RegExp(
  `(?:,${WS}+(?:which|that)${WS}+|${WS}+(?:already${WS}+|also${WS}+)?)(?:has|have|had)${WS}+(?:long${WS}+had${WS}+)?(?:its|their|a|an)${WS}+(?:own${WS}+)?(?:[\\p{L}-]+${WS}+){0,3}(?:agreement|arrangement|accord|pact|treaty|deal|partnership)${WS}+with${WS}+(?:the${WS}+)?`,
  "giu",
);

const isState = (doc: EntityDoc, id: string) => doc.actors.get(id)?.kind === "Country";

export function standingAgreements(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(HOLDS, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const holder = doc.mentions.find((x) => x.end === at && isState(doc, x.actorId));
    const end = at + m[0].length;
    const partner = doc.mentions.find((x) => x.start === end && isState(doc, x.actorId));
    if (holder && partner && holder.actorId !== partner.actorId)
      out.add("COOPERATES_WITH", holder.actorId, partner.actorId, {
        evidence: [evidence(doc, holder.start, partner.end)],
      });
  }
}
