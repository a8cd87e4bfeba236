// Relations between actors, each backed by statements, events or the words that state it:
// CRITICIZES/ACCUSES/THREATENS from statements and stance events (stances.ts), COOPERATES_WITH from
// cooperative events and joint agreeing (cooperation.ts), ALLIED_WITH from alliance phrases
// (alliances.ts), MEMBER_OF from membership phrases (memberships.ts), AFFILIATED_WITH/SPEAKS_FOR from
// people's role phrases and PART_OF from national bodies to their country (here).
import { type EntityDoc, evidence } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import type { EventExtraction } from "../events/events.ts";
import type { FoundStatement } from "../speech/statements.ts";
import type { Evidence, Relation } from "../types.ts";
import {
  alliances,
  allyOfPhrases,
  mutualDefencePacts,
  pronounAllies,
  twoCountriesBonds,
} from "./alliances.ts";
import {
  agreeingParties,
  backingParties,
  cooperativeEvents,
  helpingParties,
  jointBrokers,
} from "./cooperation.ts";
import { memberships } from "./memberships.ts";
import { resolveRejections } from "./rejections.ts";
import { RelationSet } from "./relation-set.ts";
import { stanceEvents, statementStances, voices } from "./stances.ts";

/** People's posts and spokespeople's mandates, and each national body's country. */
function rolesAndParts(doc: EntityDoc, affiliations: readonly Affiliation[], out: RelationSet): void {
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
}

export function extractRelations(
  doc: EntityDoc,
  articleId: string,
  statements: readonly FoundStatement[],
  events: EventExtraction,
  affiliations: readonly Affiliation[],
): Relation[] {
  const out = new RelationSet();
  resolveRejections(doc, statements);
  rolesAndParts(doc, affiliations, out);
  const voiceOf = voices(doc, affiliations);
  statementStances(statements, voiceOf, out);
  stanceEvents(doc, events.events, voiceOf, out);
  cooperativeEvents(doc, events, out);
  agreeingParties(doc, out);
  backingParties(doc, out);
  jointBrokers(doc, out);
  helpingParties(doc, out);
  alliances(doc, out);
  pronounAllies(doc, out);
  allyOfPhrases(doc, out);
  twoCountriesBonds(doc, out);
  mutualDefencePacts(doc, out);
  memberships(doc, out);
  return out.items.map((r, n) => ({ ...r, id: `${articleId}/relation/${n + 1}` }));
}
