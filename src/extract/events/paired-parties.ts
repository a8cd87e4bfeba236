// Parties written as a hyphenated pair before an act's noun: "Greek-Turkish exploratory talks",
// "the India–China border talks", "US-North Korea working-level negotiations", "a Peru/Chile summit".
// Each side of the pair takes part; without this a two-party meeting written this way names no party.
import { type ActorMention, type EntityDoc, mentionsIn } from "../doc.ts";
import type { Trigger } from "./event-triggers.ts";

/** Lower-case modifiers between the pair and the noun ("exploratory", "corps commander-level", "free trade"). */
const MODIFIERS =
  /^(?:[\s\u00a0]+(?!(?:at|a|an|the|in|on|of|for|with|to|and|or|by|from|after|before|during|said|says|through|via|into|over|under|about|against|across|within|without|among|between|than|as|is|are|was|were|will|would|has|have|had|be|been|its|their)\b)(?!\p{Ll}+ing\b)\p{Ll}[\p{Ll}-]*){0,3}[\s\u00a0]+$/u;

/** What may join the two sides: a hyphen, an en or em dash, or a slash, with no space. */
const JOIN = /^[-\u2010\u2011\u2013\u2014/]$/u;

/** The actors of a hyphenated pair right before a noun trigger, or none. */
export function pairedParties(doc: EntityDoc, t: Trigger): ActorMention[] {
  if (t.via !== "noun") return [];
  const from = Math.max(t.sentence.start, t.start - 80);
  const near = mentionsIn(doc, from, t.start).filter((m) => m.end <= t.start);
  const last = near[near.length - 1];
  if (!last || !MODIFIERS.test(doc.body.slice(last.end, t.start))) return [];
  const pair = [last];
  for (let i = near.length - 2; i >= 0; i--) {
    const m = near[i];
    const head = pair[0];
    if (!m || !head || !JOIN.test(doc.body.slice(m.end, head.start))) break;
    pair.unshift(m);
  }
  // A single actor is a modifier read elsewhere; the same actor twice is no pair.
  return pair.length >= 2 && new Set(pair.map((m) => m.actorId)).size === pair.length ? pair : [];
}
