// Lists of coordinated states or bodies ("A, B and C") before or after a position.
import { type ActorMention, type EntityDoc, inQuote } from "../doc.ts";

/** A possessive right before the next item ("Yemen’s Houthi movement", "Chile’s navy") modifies it. */
const ownerOf = (doc: EntityDoc, owner: ActorMention, owned: ActorMention): boolean =>
  owner.kind === "possessive" &&
  owned.kind !== "possessive" &&
  /^[\s\u00a0]+$/.test(doc.body.slice(owner.end, owned.start));

/** Country or organisation mentions in a list ("A, B and C") starting at `from`, outside quotations. */
export function listFrom(doc: EntityDoc, from: number, to: number): ActorMention[] {
  const items: ActorMention[] = [];
  let cursor = from;
  for (const m of doc.mentions) {
    if (m.start < cursor || m.start >= to || inQuote(doc, m.start)) continue;
    const gap = doc.body.slice(cursor, m.start);
    if (items.length > 0 ? !/^(?:,|[\s\u00a0]|and|the)*$/.test(gap) : !/^[\s\u00a0]*$/.test(gap)) break;
    if (doc.actors.get(m.actorId)?.kind === "Person") break;
    const last = items[items.length - 1];
    // "Yemen’s Houthi movement": the possessive owns the next item, it is no item of its own.
    if (last && ownerOf(doc, last, m)) items.pop();
    items.push(m);
    cursor = m.end;
  }
  return items;
}

/**
 * The list of actors ending right before `end` ("Both A and B are …"), in reading order; with
 * `articles`, a "the" may stand between items ("South Korea and the United States").
 */
export function listBefore(doc: EntityDoc, end: number, articles = false): ActorMention[] {
  const joiner = articles ? /^(?:,|[\s\u00a0]|and|the)*$/ : /^(?:,|[\s\u00a0]|and)*$/;
  const before = doc.mentions.filter((m) => m.end <= end && !inQuote(doc, m.start));
  const items: ActorMention[] = [];
  let cursor = end;
  for (const m of before.reverse()) {
    const gap = doc.body.slice(m.end, cursor);
    if (items.length > 0 ? !joiner.test(gap) : !/^[\s\u00a0]*$/.test(gap)) break;
    if (doc.actors.get(m.actorId)?.kind === "Person") break;
    cursor = m.start;
    if (items[0] && ownerOf(doc, m, items[0])) continue;
    items.unshift(m);
  }
  return items;
}
