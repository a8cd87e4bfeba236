// A stance event reported by a voice of the acting side: "A protest note was handed to Qatar’s chargé
// d’affaires on Sunday, Bahrain’s foreign ministry said" (told without its doer) or "Denmark summoned
// Russia’s ambassador on Thursday, the foreign ministry said" (its doer the reporter's own state). The
// reporting body made the protest it reports, so it (and the state it speaks for) criticises the
// target, as when it is named as the doer (stances.ts). A spokesperson who reports that "the
// ministry had summoned" the envoy reports the ministry's act: the ministry is the doer, not her.
import type { EntityDoc } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";
import type { Event } from "../types.ts";
import { sideOf, type VoiceOf } from "./adversaries.ts";
import type { RelationSet } from "./relation-set.ts";

const REPORTER = /news|media|broadcast|newspaper/iu;
/** A reported clause whose subject is a body ("the ministry had summoned …"): the body is the doer. */
const BODY_SUBJECT = new RegExp(
  `^(?:the|its|his|her|their)${WS}+(?:foreign${WS}+)?(ministry|government|embassy|department|office|presidency|cabinet)\\b`,
  "iu",
);

/** Who made the protest the statement reports: the speaker (and whom it speaks for), or the body it names as subject. */
function doers(
  doc: EntityDoc,
  voiceOf: VoiceOf,
  affiliations: readonly Affiliation[],
  st: FoundStatement,
): string[] {
  const own = [st.speakerId, ...(voiceOf.get(st.speakerId) ?? [])];
  const noun = BODY_SUBJECT.exec(st.text)?.[1]?.toLowerCase();
  if (!noun || doc.actors.get(st.speakerId)?.kind !== "Person") return own;
  // The body the speaker serves when the clause names it, else only the speaker's state.
  const body = affiliations.find((a) => a.personId === st.speakerId && a.targetId.includes(noun))?.targetId;
  const states = voiceOf.get(st.speakerId) ?? [];
  return body ? [body, ...(voiceOf.get(body) ?? [])] : [...states];
}

/** Whether an event's doers are none or only the reporting side (so the reporter speaks of its own act). */
function ownOrDoerless(doc: EntityDoc, voiceOf: VoiceOf, e: Event, side: string, speakerId: string): boolean {
  const doersOf = e.participants.filter((p) => p.role !== "target");
  if (doersOf.length === 0) return true;
  // A body reporting its own state's act ("Denmark summoned …, the foreign ministry said").
  const body = doc.actors.get(speakerId);
  return body?.kind === "Organization" && doersOf.every((p) => sideOf(doc, voiceOf, p.actorId) === side);
}

/** Stance relations from the reporters of their own side's stance events in the sentence that tells them. */
export function reportedStanceEvents(
  doc: EntityDoc,
  events: readonly Event[],
  statements: readonly FoundStatement[],
  voiceOf: VoiceOf,
  affiliations: readonly Affiliation[],
  out: RelationSet,
): void {
  for (const e of events) {
    const kind = doc.knowledge.eventTypes.find((t) => t.type === e.type && t.cameo === e.cameo)?.relation;
    if (!kind) continue;
    const targets = e.participants
      .filter((p) => p.role === "target")
      .map((p) => sideOf(doc, voiceOf, p.actorId));
    const sentence = e.evidence[0]?.sentence;
    if (targets.length === 0 || sentence === undefined) continue;
    for (const st of statements) {
      if (st.evidence[0]?.sentence !== sentence) continue;
      const side = sideOf(doc, voiceOf, st.speakerId);
      // Only a state's own voice protests (a news outlet reporting the note, even a state one, is no party to it).
      if (doc.actors.get(side)?.kind !== "Country" || targets.includes(side)) continue;
      if (REPORTER.test(doc.actors.get(st.speakerId)?.orgType ?? "")) continue;
      if (!ownOrDoerless(doc, voiceOf, e, side, st.speakerId)) continue;
      for (const from of new Set(doers(doc, voiceOf, affiliations, st)))
        for (const to of targets)
          if (from !== to) out.add(kind, from, to, { eventIds: [e.id], evidence: e.evidence });
    }
  }
}
