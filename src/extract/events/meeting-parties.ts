// Parties of gatherings and visits: those named after a venue ("talks in Belgrade between Serbian
// and Montenegrin ministers" — the plain "between" rule reaches only a few characters past the
// noun) and officials written with their country's possessive ("Fiji’s prime minister met his
// Tongan counterpart").

import { type ActorMention, type EntityDoc, mentionsIn } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { Trigger } from "./event-triggers.ts";
import { afterPreposition } from "./participants.ts";

const VENUE_THEN_PARTIES = new RegExp(
  `^${WS}+(?:in|at)${WS}+(?:the${WS}+)?\\p{Lu}[\\p{L}’'-]*(?:${WS}+\\p{Lu}[\\p{L}’'-]*){0,2}${WS}+(?:between|with)${WS}`,
  "u",
);

const GATHERINGS = new Set(["meeting", "summit"]);
const ENCOUNTERS = new Set(["meeting", "summit", "visit"]);

/** The parties after "in <Place> between|with" right after a gathering noun. */
export function partiesAfterVenue(doc: EntityDoc, t: Trigger): ActorMention[] {
  if (t.via !== "noun" || !GATHERINGS.has(t.type.type)) return [];
  if (!VENUE_THEN_PARTIES.test(doc.body.slice(t.end, t.end + 60))) return [];
  return afterPreposition(doc, t, "between|with", 40, false, true);
}

/** Office words after a country's possessive ("Fiji’s prime minister", "Kenya’s new foreign minister"). */
const OFFICE_AFTER = new RegExp(
  `^${WS}+(?:[\\p{Ll}-]+${WS}+){0,2}(?:prime${WS}+minister|minister|president|premier|chancellor|leader|king|queen|emir|sultan|envoy|ambassador|secretary|delegation|officials|head${WS}+of${WS}+state|head${WS}+of${WS}+government)s?\\b`,
  "u",
);
const COUNTERPART_BEFORE = new RegExp(`\\b(?:his|her|their|its)${WS}+$`, "iu");
const COUNTERPART_AFTER = new RegExp(`^${WS}+counterparts?\\b`, "u");

/** "the Tongan prime minister", "Fijian Foreign Minister X": a demonym naming an official's state. */
const DEMONYM_OFFICE = new RegExp(OFFICE_AFTER.source, "iu");

function demonymOfficial(doc: EntityDoc, m: ActorMention): boolean {
  return m.kind === "demonym" && DEMONYM_OFFICE.test(doc.body.slice(m.end, m.end + 40));
}

/** "Presidents X of Fiji and Y of Tonga": a named person "of" a country stands for it. */
function personOf(doc: EntityDoc, m: ActorMention): boolean {
  if (m.kind !== "name") return false;
  const before = mentionsIn(doc, Math.max(0, m.start - 60), m.start).pop();
  return (
    before !== undefined &&
    doc.actors.get(before.actorId)?.kind === "Person" &&
    /^[\s\u00a0]+of[\s\u00a0]+$/u.test(doc.body.slice(before.end, m.start))
  );
}

/**
 * "Fiji’s prime minister met his Tongan counterpart", "Kenya’s president arrived … for a state
 * visit": a country's official, written with a possessive, takes part for the country, and so does
 * the country of "his Tongan counterpart". Wide, so do "the Tongan prime minister" and "X of Tonga".
 */
export function officialParties(doc: EntityDoc, t: Trigger, wide = false): string[] {
  if (!ENCOUNTERS.has(t.type.type)) return [];
  const isCountry = (m: ActorMention) => doc.actors.get(m.actorId)?.kind === "Country";
  const ids: string[] = [];
  const s = t.sentence;
  for (const m of mentionsIn(doc, s.start, s.end)) {
    if (
      !isCountry(m) ||
      !/^[^;“”"]*$/.test(doc.body.slice(Math.min(m.end, t.start), Math.max(m.start, t.end)))
    )
      continue;
    const official =
      (m.kind === "possessive" && m.end <= t.start && OFFICE_AFTER.test(doc.body.slice(m.end, m.end + 40))) ||
      (wide && (demonymOfficial(doc, m) || personOf(doc, m)));
    const counterpart =
      m.kind === "demonym" &&
      COUNTERPART_BEFORE.test(doc.body.slice(Math.max(s.start, m.start - 8), m.start)) &&
      COUNTERPART_AFTER.test(doc.body.slice(m.end, m.end + 14));
    if ((official || counterpart) && !ids.includes(m.actorId)) ids.push(m.actorId);
  }
  return ids;
}
