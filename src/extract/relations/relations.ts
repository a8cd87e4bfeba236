// Relations between actors, each backed by statements, events or the words that state it:
// CRITICIZES/ACCUSES/THREATENS from statements, COOPERATES_WITH from cooperative events,
// ALLIED_WITH from alliance phrases, MEMBER_OF from membership phrases, AFFILIATED_WITH/SPEAKS_FOR
// from people's role phrases, PART_OF from national bodies to their country.
import { type ActorMention, type EntityDoc, evidence, inQuote } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import type { EventExtraction } from "../events/events.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { Event, Evidence, Relation, RelationKind } from "../types.ts";
import { resolveRejections } from "./rejections.ts";

const SYMMETRIC = new Set<RelationKind>(["ALLIED_WITH", "COOPERATES_WITH"]);
const STANCE_RELATION: Record<string, RelationKind> = {
  criticize: "CRITICIZES",
  accuse: "ACCUSES",
  threaten: "THREATENS",
};
/** Event types whose participants work together (talks alone do not: adversaries hold talks too). */
const COOPERATIVE_TYPES = new Set(["cooperation", "military-exercise", "agreement"]);

type Draft = Omit<Relation, "id">;

/** What follows an "X-Y" pair to make it an alliance: an alliance, or a defence/security treaty or pact. */
const ALLIANCE_AFTER_PAIR = new RegExp(
  `^${WS}+(?:(?:mutual|military|security|defen[cs]e|strategic)${WS}+)*(?:alliance|(?:defen[cs]e|security)${WS}+(?:treaty|pact))\\b`,
  "i",
);

class RelationSet {
  readonly items: Draft[] = [];
  add(
    kind: RelationKind,
    sourceId: string,
    targetId: string,
    extra: Partial<Pick<Draft, "role" | "statementIds" | "eventIds" | "evidence">>,
  ): void {
    if (sourceId === targetId) return;
    const existing = this.items.find(
      (r) =>
        r.kind === kind &&
        ((r.sourceId === sourceId && r.targetId === targetId) ||
          (SYMMETRIC.has(kind) && r.sourceId === targetId && r.targetId === sourceId)),
    );
    const target = existing ?? { kind, sourceId, targetId, statementIds: [], eventIds: [], evidence: [] };
    if (!existing) this.items.push(target);
    if (extra.role && !target.role) target.role = extra.role;
    for (const id of extra.statementIds ?? [])
      if (!target.statementIds.includes(id)) target.statementIds.push(id);
    for (const id of extra.eventIds ?? []) if (!target.eventIds.includes(id)) target.eventIds.push(id);
    for (const e of extra.evidence ?? []) {
      if (!target.evidence.some((x) => x.start === e.start && x.end === e.end)) target.evidence.push(e);
    }
  }
}

/** "France-Germany alliance", "alliance between X and Y", "X’s alliance with Y". */
function alliances(doc: EntityDoc, out: RelationSet): void {
  const countries = doc.mentions.filter((m) => !inQuote(doc, m.start));
  countries.forEach((a, i) => {
    const next = countries[i + 1];
    const b = next && /^[-–][\s\u00a0]?$/.test(doc.body.slice(a.end, next.start)) ? next : undefined;
    // "Japan-U.S. alliance", "U.S.-Philippines Mutual Defense Treaty", "Franco-German security pact".
    const bond = b ? ALLIANCE_AFTER_PAIR.exec(doc.body.slice(b.end, b.end + 50)) : null;
    if (a && b && bond) {
      out.add("ALLIED_WITH", a.actorId, b.actorId, {
        evidence: [evidence(doc, a.start, b.end + bond[0].length)],
      });
    }
  });
  for (const m of doc.body.matchAll(new RegExp(`alliance${WS}+(?:between|with)${WS}+`, "gi"))) {
    const at = (m.index ?? 0) + m[0].length;
    const first = countries.find((x) => x.start >= at && x.start <= at + 4);
    if (!first) continue;
    const and = countries.find(
      (x) =>
        x.start > first.end &&
        /^[\s\u00a0]+and[\s\u00a0]+(?:the[\s\u00a0]+)?$/.test(doc.body.slice(first.end, x.start)),
    );
    const owner = countries.filter(
      (x) => x.end <= (m.index ?? 0) && (m.index ?? 0) - x.end <= 3 && x.kind === "possessive",
    )[0];
    // "alliance between X and Y" → X, Y; "X’s alliance with Y" → X, Y (in reading order).
    const [a, b] = /between/i.test(m[0]) ? [first, and] : [owner, first];
    if (a && b) {
      out.add("ALLIED_WITH", a.actorId, b.actorId, {
        evidence: [evidence(doc, Math.min(a.start, m.index ?? 0), Math.max(a.end, b.end))],
      });
    }
  }
}

const ALLY_PHRASE = new RegExp(
  `\\b(its|their)${WS}+(?:(?:closest|close|key|main|longtime|long-time|traditional|strategic|regional|western|major|staunch|chief|old|military|treaty|security|nato|top)${WS}+)*(ally|allies)\\b`,
  "giu",
);

/**
 * "its ally Japan", "their allies X and Y", "Y is its closest ally": the possessive pronoun's
 * antecedent is the nearest state or organisation before it (in its sentence, else the previous one),
 * "their" the nearest coordinated pair ("X and Y … their allies"). People never own allies here.
 */
function pronounAllies(doc: EntityDoc, out: RelationSet): void {
  const usable = doc.mentions.filter(
    (m) => !inQuote(doc, m.start) && doc.actors.get(m.actorId)?.kind !== "Person",
  );
  for (const m of doc.body.matchAll(ALLY_PHRASE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (inQuote(doc, start)) continue;
    const s = doc.sentences.find((x) => x.start <= start && start < x.end);
    if (!s) continue;
    // The allies: a list right after the phrase, or the subject of a copula right before it.
    const allies: typeof usable = [];
    let cursor = end;
    for (const x of usable.filter((x) => x.start >= end && x.start < s.end)) {
      const gap = doc.body.slice(cursor, x.start);
      const ok =
        allies.length === 0
          ? /^[\s\u00a0,]*(?:the[\s\u00a0]+)?$/.test(gap)
          : /^(?:,|[\s\u00a0]|and|the)*$/.test(gap);
      if (!ok) break;
      allies.push(x);
      cursor = x.end;
    }
    const copula = new RegExp(
      `${WS}+(?:is|was|are|were|remains|remained|has${WS}+been|had${WS}+been|as)${WS}+$`,
      "i",
    ).exec(doc.body.slice(Math.max(s.start, start - 30), start));
    if (allies.length === 0 && copula) {
      const subject = usable.filter((x) => x.end === start - copula[0].length).pop();
      if (subject) allies.push(subject);
    }
    // "Moscow, its closest ally, …": an appositive names the ally before the phrase.
    const comma = /,[\s\u00a0]*$/.exec(doc.body.slice(Math.max(s.start, start - 4), start));
    if (allies.length === 0 && comma) {
      const head = usable.filter((x) => x.end === start - comma[0].length).pop();
      if (head) allies.push(head);
    }
    if (allies.length === 0) continue;
    const allyIds = new Set(allies.map((x) => x.actorId));
    const prevStart = doc.sentences[s.index - 1]?.start ?? s.start;
    const before = usable.filter(
      (x) => x.end <= start && !allyIds.has(x.actorId) && x.start >= prevStart && x.kind !== "possessive",
    );
    const inSentence = before.filter((x) => x.start >= s.start);
    const pool = inSentence.length > 0 ? inSentence : before;
    const last = pool[pool.length - 1];
    if (!last) continue;
    const owners = [last];
    if ((m[1] ?? "").toLowerCase() === "their") {
      const prev = pool[pool.length - 2];
      if (
        !prev ||
        !/^[\s\u00a0]*(?:,|and)[\s\u00a0]*(?:the[\s\u00a0]+)?$/.test(doc.body.slice(prev.end, last.start))
      )
        continue;
      owners.unshift(prev);
    }
    for (const o of owners)
      for (const a of allies)
        out.add("ALLIED_WITH", o.actorId, a.actorId, {
          evidence: [evidence(doc, Math.min(o.start, a.start, start), Math.max(a.end, end))],
        });
  }
}

/** Country or organisation mentions in a list ("A, B and C") starting at `from`, outside quotations. */
function listFrom(doc: EntityDoc, from: number, to: number): ActorMention[] {
  const items: ActorMention[] = [];
  let cursor = from;
  for (const m of doc.mentions) {
    if (m.start < cursor || m.start >= to || inQuote(doc, m.start)) continue;
    const gap = doc.body.slice(cursor, m.start);
    if (items.length > 0 ? !/^(?:,|[\s\u00a0]|and|the)*$/.test(gap) : !/^[\s\u00a0]*$/.test(gap)) break;
    if (doc.actors.get(m.actorId)?.kind === "Person") break;
    items.push(m);
    cursor = m.end;
  }
  return items;
}

/** The list of actors ending right before `end` ("Both A and B are …"), in reading order. */
function listBefore(doc: EntityDoc, end: number): ActorMention[] {
  const before = doc.mentions.filter((m) => m.end <= end && !inQuote(doc, m.start));
  const items: ActorMention[] = [];
  let cursor = end;
  for (const m of before.reverse()) {
    const gap = doc.body.slice(m.end, cursor);
    if (items.length > 0 ? !/^(?:,|[\s\u00a0]|and)*$/.test(gap) : !/^[\s\u00a0]*$/.test(gap)) break;
    if (doc.actors.get(m.actorId)?.kind === "Person") break;
    items.unshift(m);
    cursor = m.start;
  }
  return items;
}

/** "agreed", "signed", "have agreed": a verb of agreeing whose coordinated subject are its parties. */
const AGREEING = /\b(?:have[\s\u00a0]+|had[\s\u00a0]+)?(?:agreed|signed)\b/giu;
/** Adverbials between a subject and its verb ("on Thursday evening", "also", "formally"). */
const SUBJECT_ADVERBIALS = new RegExp(
  `(?:${WS}+(?:on${WS}+\\p{Lu}\\p{L}+(?:${WS}+(?:morning|afternoon|evening|night))?|also|jointly|formally|finally|quickly|today|yesterday))*${WS}*$`,
  "u",
);

/**
 * "A, B and C agreed on Thursday to share …", "A and B signed a pact": two or more states or bodies
 * agreeing together cooperate, whether or not what they agreed on is a known event.
 */
function agreeingParties(doc: EntityDoc, out: RelationSet): void {
  for (const m of doc.body.matchAll(AGREEING)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const lead = SUBJECT_ADVERBIALS.exec(doc.body.slice(Math.max(0, at - 40), at));
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

/**
 * Plural memberships: "A and B are members of Z", "A is a member of the Z group alongside B and C",
 * "Z’s members, including A, B and C".
 */
function pluralMemberships(doc: EntityDoc, out: RelationSet): void {
  const add = (members: ActorMention[], org: ActorMention | undefined, start: number, end: number) => {
    if (!org?.actorId.startsWith("org:")) return;
    for (const m of members)
      if (!m.actorId.startsWith("person:") && m.actorId !== org.actorId)
        out.add("MEMBER_OF", m.actorId, org.actorId, { evidence: [evidence(doc, start, end)] });
  };
  const orgAt = (at: number) => doc.mentions.find((x) => x.start === at);
  for (const m of doc.body.matchAll(
    new RegExp(
      `${WS}+(?:are|were)${WS}+(?:both${WS}+|all${WS}+)?(?:founding${WS}+)?members${WS}+of${WS}+(?:the${WS}+)?`,
      "gi",
    ),
  )) {
    const at = (m.index ?? 0) + m[0].length;
    const members = listBefore(doc, m.index ?? 0);
    const org = orgAt(at);
    if (members.length >= 2 && org) add(members, org, members[0]?.start ?? at, org.end);
  }
  for (const m of doc.body.matchAll(new RegExp(`${WS}+alongside${WS}+`, "gi"))) {
    const at = (m.index ?? 0) + m[0].length;
    const org = doc.mentions.filter((x) => x.end <= (m.index ?? 0) && (m.index ?? 0) - x.end <= 12).pop();
    const head = /member(?: state)? of (?:the )?$/i;
    if (
      !org ||
      !head.test(doc.body.slice(Math.max(0, org.start - 30), org.start).replace(/[\s\u00a0]+/g, " "))
    )
      continue;
    add(listFrom(doc, at, at + 200), org, org.start, at);
  }
  for (const m of doc.body.matchAll(new RegExp(`[’']s${WS}+members,${WS}+including${WS}+`, "g"))) {
    const org = doc.mentions.find((x) => x.end === (m.index ?? 0) + 2 || x.end === (m.index ?? 0));
    const at = (m.index ?? 0) + m[0].length;
    add(listFrom(doc, at, at + 200), org, m.index ?? 0, at);
  }
}

/** "X, a member of Y", "X is a member of Y", "Y members X and Z". */
function memberships(doc: EntityDoc, out: RelationSet): void {
  pluralMemberships(doc, out);
  for (const m of doc.body.matchAll(
    new RegExp(
      `(?:,${WS}+(?:also${WS}+)?|${WS}+(?:is|are)${WS}+(?:also${WS}+)?)(?:a|an)${WS}+(?:founding${WS}+)?member(?:${WS}+(?:state|country))?${WS}+of${WS}+(?:the${WS}+)?`,
      "gi",
    ),
  )) {
    const at = (m.index ?? 0) + m[0].length;
    const org = doc.mentions.find((x) => x.start === at && x.actorId.startsWith("org:"));
    const member = doc.mentions.filter((x) => x.end === (m.index ?? 0))[0];
    if (org && member)
      out.add("MEMBER_OF", member.actorId, org.actorId, { evidence: [evidence(doc, member.start, org.end)] });
  }
}

/**
 * Events that are themselves a stance ("lodged a protest against X", "summoned X's envoy"): from
 * each source (else each non-target party) to each target, and from the source's state to the
 * target's state when either is a national body ("handed a note to the X embassy" targets X).
 */
function stanceEvents(
  doc: EntityDoc,
  events: readonly Event[],
  voiceOf: ReadonlyMap<string, string[]>,
  out: RelationSet,
): void {
  for (const e of events) {
    const kind = doc.knowledge.eventTypes.find((t) => t.type === e.type && t.cameo === e.cameo)?.relation;
    if (!kind) continue;
    const sources = e.participants.filter((p) => p.role === "source");
    const parties = sources.length > 0 ? sources : e.participants.filter((p) => p.role !== "target");
    for (const s of parties)
      for (const t of e.participants.filter((p) => p.role === "target")) {
        const targetState = doc.actors.get(t.actorId)?.countryId;
        const to = targetState && doc.actors.has(targetState) ? [t.actorId, targetState] : [t.actorId];
        for (const from of [s.actorId, ...(voiceOf.get(s.actorId) ?? [])])
          for (const target of to) out.add(kind, from, target, { eventIds: [e.id], evidence: e.evidence });
      }
  }
}

export function extractRelations(
  doc: EntityDoc,
  articleId: string,
  statements: readonly FoundStatement[],
  { events, cooperativeIds }: EventExtraction,
  affiliations: readonly Affiliation[],
): Relation[] {
  const out = new RelationSet();
  resolveRejections(doc, statements);
  for (const a of affiliations) {
    const ev: Evidence[] = [evidence(doc, a.span.start, a.span.end)];
    out.add("AFFILIATED_WITH", a.personId, a.targetId, { role: a.role, evidence: ev });
    if (a.speaksFor) out.add("SPEAKS_FOR", a.personId, a.targetId, { role: a.role, evidence: ev });
  }
  for (const actor of doc.actors.values()) {
    if (actor.kind === "Organization" && actor.countryId) {
      const first = actor.mentions[0];
      out.add("PART_OF", actor.id, actor.countryId, {
        evidence: first ? [evidence(doc, first.start, first.end)] : [],
      });
    }
  }
  // A spokesperson's criticism, accusation or threat is also the position of the state they speak
  // for: the relation is repeated from that state (the country itself, or the country of the body
  // they speak for), and so is a national body's. Other officials' words stay personal.
  const voiceOf = new Map<string, string[]>();
  for (const a of affiliations) {
    if (!a.speaksFor) continue;
    const target = doc.actors.get(a.targetId);
    const state = target?.kind === "Country" ? target.id : target?.countryId;
    if (state) voiceOf.set(a.personId, [...(voiceOf.get(a.personId) ?? []), state]);
  }
  // A national body (ministry, embassy, armed forces, state agency) speaks for its state.
  for (const actor of doc.actors.values())
    if (actor.kind === "Organization" && actor.countryId && !voiceOf.has(actor.id))
      voiceOf.set(actor.id, [actor.countryId]);
  for (const st of statements) {
    const kind = st.stance ? STANCE_RELATION[st.stance] : undefined;
    if (!kind) continue;
    for (const target of st.targetIds) {
      for (const source of [st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])])
        out.add(kind, source, target, { statementIds: [st.id], evidence: st.evidence });
    }
  }
  stanceEvents(doc, events, voiceOf, out);
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
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        out.add("COOPERATES_WITH", ids[i] ?? "", ids[j] ?? "", { eventIds: [e.id], evidence: e.evidence });
      }
    }
  }
  agreeingParties(doc, out);
  alliances(doc, out);
  pronounAllies(doc, out);
  memberships(doc, out);
  return out.items.map((r, n) => ({ ...r, id: `${articleId}/relation/${n + 1}` }));
}
