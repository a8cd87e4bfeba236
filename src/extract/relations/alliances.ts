// ALLIED_WITH from alliance phrases: "X-Y alliance", "alliance between X and Y", "its ally X".
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { listFrom } from "./actor-lists.ts";
import type { RelationSet } from "./relation-set.ts";

/** What follows an "X-Y" pair to make it an alliance: an alliance, or a defence/security treaty or pact. */
const ALLIANCE_AFTER_PAIR = new RegExp(
  `^${WS}+(?:(?:mutual|military|security|defen[cs]e|strategic)${WS}+)*(?:alliance|(?:defen[cs]e|security)${WS}+(?:treaty|pact))\\b`,
  "i",
);

const ALLIANCE_BETWEEN = new RegExp(`alliance${WS}+(?:between|with)${WS}+`, "gi");
const COPULA_END = new RegExp(
  `${WS}+(?:is|was|are|were|remains|remained|has${WS}+been|had${WS}+been|as)${WS}+$`,
  "i",
);

/** "France-Germany alliance", "alliance between X and Y", "X’s alliance with Y". */
export function alliances(doc: EntityDoc, out: RelationSet): void {
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
  for (const m of execAll(ALLIANCE_BETWEEN, doc.body)) {
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
export function pronounAllies(doc: EntityDoc, out: RelationSet): void {
  const usable = doc.mentions.filter(
    (m) => !inQuote(doc, m.start) && doc.actors.get(m.actorId)?.kind !== "Person",
  );
  for (const m of execAll(ALLY_PHRASE, doc.body)) {
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
    const copula = COPULA_END.exec(doc.body.slice(Math.max(s.start, start - 30), start));
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

/** The two latest distinct countries before `at`, looking back at most six sentences ("both countries"). */
function twoCountriesBefore(doc: EntityDoc, at: number, skip: ReadonlySet<string> = new Set()): string[] {
  const s = doc.sentences.find((x) => x.start <= at && at < x.end);
  const from = doc.sentences[Math.max(0, (s?.index ?? 0) - 6)]?.start ?? 0;
  const ids: string[] = [];
  for (const m of doc.mentions.filter((x) => x.start >= from && x.end <= at).reverse()) {
    if (inQuote(doc, m.start) || skip.has(m.actorId) || doc.actors.get(m.actorId)?.kind !== "Country")
      continue;
    if (!ids.includes(m.actorId)) ids.push(m.actorId);
    if (ids.length === 2) return ids.reverse();
  }
  return [];
}

/** "both countries" said of a third party: the two countries the article mentions most (first mention breaks ties). */
function mainPair(doc: EntityDoc, except: string): string[] {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (m.actorId !== except && !inQuote(doc, m.start) && doc.actors.get(m.actorId)?.kind === "Country")
      counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length >= 2 ? ranked.slice(0, 2).map(([id]) => id) : [];
}

const ALLY_MODIFIERS = `(?:(?:treaty|close|closest|key|longtime|long-time|traditional|formal|military|nato)${WS}+)*`;
/** "X, a treaty ally of both countries", "X is an ally of Y and Z". */
const ALLY_OF = new RegExp(
  `(,${WS}+|${WS}+(?:is|was|remains)${WS}+)an?${WS}+${ALLY_MODIFIERS}ally${WS}+of${WS}+(both(?:${WS}+countries)?|the${WS}+two${WS}+countries|(?:the${WS}+)?)`,
  "giu",
);

/** "The United States, a treaty ally of both countries, …": the head is allied with each. */
export function allyOfPhrases(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(ALLY_OF, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at)) continue;
    const head = doc.mentions.filter((x) => x.end === at && !inQuote(doc, x.start)).pop();
    if (!head || doc.actors.get(head.actorId)?.kind === "Person") continue;
    const end = at + m[0].length;
    const allies = /\S/.test(m[2] ?? "")
      ? mainPair(doc, head.actorId)
      : listFrom(doc, end, end + 80).map((x) => x.actorId);
    for (const id of allies)
      if (id !== head.actorId)
        out.add("ALLIED_WITH", head.actorId, id, { evidence: [evidence(doc, head.start, end)] });
  }
}

/** "the two countries’ mutual defense treaty", "the two nations’ alliance". */
const TWO_COUNTRIES_BOND = new RegExp(
  `\\bthe${WS}+two${WS}+(?:countries|nations)[’']${WS}+(?:(?:mutual|military|security|defen[cs]e)${WS}+)*(?:alliance|treaty|pact)\\b`,
  "giu",
);

export function twoCountriesBonds(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(TWO_COUNTRIES_BOND, doc.body)) {
    const at = m.index ?? 0;
    if (inQuote(doc, at) || !/mutual|defen[cs]e|alliance|security|military/i.test(m[0])) continue;
    const [a, b] = twoCountriesBefore(doc, at);
    if (a && b) out.add("ALLIED_WITH", a, b, { evidence: [evidence(doc, at, at + m[0].length)] });
  }
}

/** "X signed a defence agreement with Y that includes a pledge of mutual assistance". */
const MUTUAL_PACT = new RegExp(
  `\\bsigned${WS}+an?${WS}+(?:[\\p{L}-]+${WS}+){0,2}(?:agreement|pact|treaty|accord)${WS}+with${WS}+`,
  "giu",
);
const MUTUAL_DEFENCE = /\bmutual[\s\u00a0]+(?:assistance|defen[cs]e|aid)\b/iu;

export function mutualDefencePacts(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(MUTUAL_PACT, doc.body)) {
    const at = m.index ?? 0;
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!s || inQuote(doc, at) || !MUTUAL_DEFENCE.test(doc.body.slice(at, s.end))) continue;
    const end = at + m[0].length;
    const partner = doc.mentions.find((x) => x.start === end || x.start === end + 4);
    const signer = doc.mentions
      .filter((x) => x.end <= at && x.start >= s.start && /^[\s\u00a0]+$/.test(doc.body.slice(x.end, at)))
      .pop();
    const kind = (id: string) => doc.actors.get(id)?.kind;
    if (!partner || !signer || kind(partner.actorId) !== "Country" || kind(signer.actorId) !== "Country")
      continue;
    out.add("ALLIED_WITH", signer.actorId, partner.actorId, {
      evidence: [evidence(doc, signer.start, s.end)],
    });
  }
}
