// ALLIED_WITH from alliance phrases: "X-Y alliance", "alliance between X and Y", "its ally X".
import { type EntityDoc, evidence, inQuote } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { RelationSet } from "./relation-set.ts";

/** What follows an "X-Y" pair to make it an alliance: an alliance, or a defence/security treaty or pact. */
const ALLIANCE_AFTER_PAIR = new RegExp(
  `^${WS}+(?:(?:mutual|military|security|defen[cs]e|strategic)${WS}+)*(?:alliance|(?:defen[cs]e|security)${WS}+(?:treaty|pact))\\b`,
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
export function pronounAllies(doc: EntityDoc, out: RelationSet): void {
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
