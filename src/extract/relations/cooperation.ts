// COOPERATES_WITH from cooperative events (agreements, joint drills, cooperation) and from states
// or bodies that agree or sign together.
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import type { EventExtraction } from "../events/events.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { listBefore, listFrom } from "./actor-lists.ts";
import type { RelationSet } from "./relation-set.ts";

/** Event types whose participants work together (talks alone do not: adversaries hold talks too). */
const COOPERATIVE_TYPES = new Set(["cooperation", "military-exercise", "agreement"]);

/** "agreed", "signed", "have agreed": a verb of agreeing whose coordinated subject are its parties. */
const AGREEING = /\b(?:have[\s\u00a0]+|had[\s\u00a0]+)?(?:agreed|signed)\b/giu;
/**
 * Adverbials between a subject and its verb ("on Thursday evening", "also", "formally"), maybe after an
 * appositive set off by commas ("Chile and Peru, long-standing allies, agreed").
 */
const SUBJECT_ADVERBIALS = new RegExp(
  `(?:,${WS}+[^,;.“”"]{2,60},)?(?:${WS}+(?:on${WS}+\\p{Lu}\\p{L}+(?:${WS}+(?:morning|afternoon|evening|night))?|also|jointly|formally|finally|quickly|today|yesterday))*${WS}*$`,
  "u",
);

/**
 * "A, B and C agreed on Thursday to share …", "A and B signed a pact": two or more states or bodies
 * agreeing together cooperate, whether or not what they agreed on is a known event.
 */
export function agreeingParties(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(AGREEING, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const lead = SUBJECT_ADVERBIALS.exec(doc.body.slice(Math.max(0, at - 100), at));
    const parties = listBefore(doc, at - (lead?.[0].length ?? 0)).filter(
      (x, i, all) => all.findIndex((y) => y.actorId === x.actorId) === i,
    );
    if (parties.length < 2) continue;
    const ev = [evidence(doc, parties[0]?.start ?? at, at + m[0].length)];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++)
        out.add("COOPERATES_WITH", parties[i]?.actorId ?? "", parties[j]?.actorId ?? "", { evidence: ev });
  }
}

/** Every pair of parties to a cooperative event cooperates. */
export function cooperativeEvents(
  doc: EntityDoc,
  { events, cooperativeIds }: EventExtraction,
  out: RelationSet,
): void {
  for (const e of events) {
    if (!e.type || (!COOPERATIVE_TYPES.has(e.type) && !cooperativeIds.has(e.id))) continue;
    const parties = e.participants.filter((p) => p.role !== "target").map((p) => p.actorId);
    // A person taking part alongside their own state acts for it: the state is the party.
    const ids = [
      ...new Set(
        parties.map((id) => {
          const state = doc.actors.get(id)?.countryId;
          return doc.actors.get(id)?.kind === "Person" && state && parties.includes(state) ? state : id;
        }),
      ),
    ];
    // A national body and its own state ("Japan" and "the Japan Self-Defense Forces") are one party.
    const ownBody = (a: string, b: string) =>
      doc.actors.get(a)?.countryId === b || doc.actors.get(b)?.countryId === a;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (ownBody(ids[i] ?? "", ids[j] ?? "")) continue;
        out.add("COOPERATES_WITH", ids[i] ?? "", ids[j] ?? "", { eventIds: [e.id], evidence: e.evidence });
      }
    }
  }
}

/**
 * "Algeria, which backs the Polisario Front", "Brazil and Uruguay backed Argentina’s claim", "Chile
 * sided with Peru", "Chile endorsed Peru’s bid", "threw its weight behind Peru".
 */
const BACKING =
  /\b(?:backs|backed|backing|supports|supported|endorses|endorsed|endorsing|(?:sided|sides|siding)[\s\u00a0]+with|(?:threw|throws|throwing)[\s\u00a0]+(?:its|their)[\s\u00a0]+weight[\s\u00a0]+behind)[\s\u00a0]+(?:the[\s\u00a0]+)?/giu;
/**
 * Between a backer and its verb: nothing, an auxiliary ("have backed"), an appositive ("Mali and
 * Niger, also ruled by soldiers, have backed"), or the opening of a relative clause (group 1).
 */
const ADVERB = "(?:(?:also|openly|firmly|publicly|strongly)[\\s\\u00a0]+)?";
const BACKER_GAP = new RegExp(
  `^(?:(,[\\s\\u00a0]+(?:which|who)[\\s\\u00a0]+)${ADVERB}(?:(?:has|have|had)[\\s\\u00a0]+)?|` +
    `(?:,[\\s\\u00a0]+[^,;.“”"]{1,60},)?[\\s\\u00a0]+${ADVERB}(?:(?:has|have|had)[\\s\\u00a0]+)?${ADVERB})$`,
  "u",
);

/**
 * A state or body backing another (or its claim) cooperates with it. Backing a resolution, a
 * plan or a person names no second party and adds nothing.
 */
export function backingParties(doc: EntityDoc, out: RelationSet): void {
  const isParty = (id: string) => doc.actors.get(id)?.kind !== "Person";
  for (const m of execAll(BACKING, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const end = at + m[0].length;
    const backed = doc.mentions.find((x) => x.start === end && isParty(x.actorId));
    const last = doc.mentions.filter((x) => x.end <= at).pop();
    const gap = last ? BACKER_GAP.exec(doc.body.slice(last.end, at)) : null;
    if (!backed || !last || !gap) continue;
    const backers = gap[1] ? [last] : listBefore(doc, last.end);
    const ev = [evidence(doc, backers[0]?.start ?? at, backed.end)];
    for (const b of backers)
      if (isParty(b.actorId) && b.actorId !== backed.actorId)
        out.add("COOPERATES_WITH", b.actorId, backed.actorId, { evidence: ev });
  }
}

/** "ceasefires brokered by Saudi Arabia and the United States": co-mediators work together. */
const BROKERED_BY =
  /\b(?:brokered|mediated|co-sponsored|sponsored|jointly[\s\u00a0]+\p{Ll}+ed)[\s\u00a0]+by[\s\u00a0]+/giu;

export function jointBrokers(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(BROKERED_BY, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const from = at + m[0].length;
    const parties = listFrom(doc, from, from + 120).filter(
      (x) => doc.actors.get(x.actorId)?.kind !== "Person",
    );
    const ev = [evidence(doc, at, parties[parties.length - 1]?.end ?? from)];
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++)
        out.add("COOPERATES_WITH", parties[i]?.actorId ?? "", parties[j]?.actorId ?? "", { evidence: ev });
  }
}

/** "Greece helped the United States confiscate …", "X helped Y to …": helper and helped work together. */
const HELPED = /\b(?:helped|helps|assisted)[\s\u00a0]+(?:the[\s\u00a0]+)?/giu;

export function helpingParties(doc: EntityDoc, out: RelationSet): void {
  const isParty = (id: string) => doc.actors.get(id)?.kind !== "Person";
  for (const m of execAll(HELPED, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const end = at + m[0].length;
    const helped = doc.mentions.find((x) => x.start === end && isParty(x.actorId) && x.kind !== "demonym");
    const helper = doc.mentions.filter((x) => x.end <= at).pop();
    if (
      !helped ||
      !helper ||
      !isParty(helper.actorId) ||
      !/^[\s\u00a0]+$/.test(doc.body.slice(helper.end, at))
    )
      continue;
    if (helper.actorId === helped.actorId) continue;
    out.add("COOPERATES_WITH", helper.actorId, helped.actorId, {
      evidence: [evidence(doc, helper.start, helped.end)],
    });
  }
}
