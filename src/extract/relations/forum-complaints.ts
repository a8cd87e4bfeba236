// A complaint is lodged at a forum against someone: "filed a complaint at the WTO against Mexico’s
// tariffs", "took Chile to the ICJ over …". The forum (a court or an international body) is where the
// stance is voiced, not whom it is against; the one named after "against" is.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { Event } from "../types.ts";

/** A body with no state of its own: an international organisation or court. */
function isForum(doc: EntityDoc, id: string): boolean {
  const actor = doc.actors.get(id);
  return actor?.kind === "Organization" && !actor.countryId;
}

/** The state behind an actor: a country itself, or the country a national body belongs to. */
function stateOf(doc: EntityDoc, id: string): string | undefined {
  const actor = doc.actors.get(id);
  return actor?.kind === "Country" ? id : actor?.countryId;
}

/**
 * When every target of a stance event is a forum, the states named right after "against" in the
 * event's sentence ("against Mexico’s new tariffs"); else undefined (keep the targets).
 */
export function complainedAgainst(
  doc: EntityDoc,
  e: Event,
  targets: readonly string[],
): string[] | undefined {
  if (targets.length === 0 || !targets.every((t) => isForum(doc, t))) return undefined;
  const sentence = doc.sentences[e.evidence[0]?.sentence ?? -1];
  if (!sentence) return undefined;
  // "against Mexico’s tariffs"; "over Chilean incursions" only with a state right after "over".
  const against = /\b(?:against|over)[\s\u00a0]+(?:the[\s\u00a0]+)?/iu.exec(sentence.text);
  const at = against ? sentence.start + against.index + against[0].length : -1;
  const first = against ? mentionsIn(doc, at, at + 2)[0] : undefined;
  const state = first ? stateOf(doc, first.actorId) : undefined;
  if (state) return [state];
  // "sent a letter of protest to the U.N. Secretary-General": the forum is addressed, not opposed.
  return addressed(doc, sentence.start, sentence.end, targets) ? [] : undefined;
}

/**
 * Every forum target is named right after "to" in the sentence (a letter sent to it); a complaint filed
 * "with" or "at" a forum that names no state keeps the forum, as before.
 */
function addressed(doc: EntityDoc, start: number, end: number, targets: readonly string[]): boolean {
  const mentions = mentionsIn(doc, start, end).filter((m) => targets.includes(m.actorId));
  return (
    mentions.length > 0 &&
    mentions.every((m) =>
      /\bto[\s\u00a0]+(?:the[\s\u00a0]+)?$/iu.test(doc.body.slice(Math.max(start, m.start - 12), m.start)),
    )
  );
}

/** A stance event against `state` (or one of its bodies) from another state: its doers' states. */
export function eventAccusers(
  doc: EntityDoc,
  events: readonly Event[],
  state: string,
): { from: string; at: number }[] {
  const found: { from: string; at: number }[] = [];
  for (const e of events) {
    const kind = doc.knowledge.eventTypes.find((t) => t.type === e.type && t.cameo === e.cameo)?.relation;
    // A protest only planned ("would summon the ambassador") has accused nobody yet.
    if ((kind !== "CRITICIZES" && kind !== "ACCUSES") || e.status === "planned") continue;
    const named = e.participants.filter((p) => p.role === "target").map((p) => p.actorId);
    const targets =
      named.length > 0 ? named : e.participants.filter((p) => p.role === "participant").map((p) => p.actorId);
    const against = complainedAgainst(doc, e, targets) ?? targets.map((t) => stateOf(doc, t) ?? t);
    if (!against.includes(state)) continue;
    // Its sources; else, when it names its targets, the other parties ("Azerbaijan summoned Iran’s envoy").
    const sources = e.participants.filter((p) => p.role === "source");
    const doers =
      sources.length > 0 || named.length === 0 ? sources : e.participants.filter((p) => p.role !== "target");
    for (const s of doers) {
      const from = stateOf(doc, s.actorId);
      if (from && from !== state) found.push({ from, at: e.evidence[0]?.start ?? 0 });
    }
  }
  return found;
}
