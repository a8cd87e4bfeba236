// A party outside a joint act that condemns it criticises its parties, even when no statement carries
// the stance ("Turkmenistan criticised the deal, saying it had not been consulted" after "Kazakhstan
// and Uzbekistan signed a water-sharing agreement"). The act's parties come from joint-act-targets.ts.
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import type { Event } from "../types.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";
import { AGREEMENT_TYPES, EVENT_TYPES, jointActParties } from "./joint-act-targets.ts";
import type { RelationSet } from "./relation-set.ts";

const CONDEMNED_ACT = new RegExp(
  `${WS}+(?:(?:also|sharply|strongly|swiftly|quickly|publicly)${WS}+)?(?:condemned|critici[sz]ed|denounced|rejected)${WS}+the${WS}+` +
    `(?:(?:new|joint|defen[cs]e|security|military|naval|bilateral|trilateral|water-sharing|trade)${WS}+){0,2}(pact|agreement|deal|accord|treaty|drills|exercises?)\\b`,
  "giu",
);

const isParty = (doc: EntityDoc, id: string) => {
  const kind = doc.actors.get(id)?.kind;
  return kind === "Country" || kind === "Organization";
};

export function condemnedActs(
  doc: EntityDoc,
  events: readonly Event[],
  voiceOf: VoiceOf,
  out: RelationSet,
): void {
  for (const m of execAll(CONDEMNED_ACT, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const subject = doc.mentions.find((x) => x.end === at && isParty(doc, x.actorId));
    if (!subject) continue;
    const noun = (m[1] ?? "").toLowerCase();
    const sentence = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
    const all = jointActParties(doc, events, EVENT_TYPES[noun] ?? AGREEMENT_TYPES, sentence, voiceOf);
    const own = sideOf(doc, voiceOf, subject.actorId);
    if (all.length < 2 || all.includes(own)) continue;
    const ev = [evidence(doc, subject.start, at + m[0].length)];
    for (const from of new Set([subject.actorId, own]))
      for (const to of all)
        if (from !== to && doc.actors.has(to)) out.add("CRITICIZES", from, to, { evidence: ev });
  }
}
