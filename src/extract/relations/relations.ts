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
import { actAccusations } from "./act-accusations.ts";
import { adversarySubjects } from "./adversary-subjects.ts";
import { aidDonors } from "./aid-donors.ts";
import { allegedActs } from "./alleged-acts.ts";
import { allegingStatements } from "./alleging-statements.ts";
import {
  alliances,
  allyOfPhrases,
  mutualDefencePacts,
  pronounAllies,
  twoCountriesBonds,
} from "./alliances.ts";
import { allyPhrases } from "./ally-phrases.ts";
import { answeredCritics } from "./answered-critics.ts";
import { appraisedActs } from "./appraised-acts.ts";
import { blocCompositions } from "./bloc-compositions.ts";
import { bodyPosts } from "./body-posts.ts";
import { bodyTargetStates } from "./body-target-states.ts";
import { bothParties } from "./both-parties.ts";
import { callingLabels } from "./calling-labels.ts";
import { capabilityThreats } from "./capability-threats.ts";
import { condemnedActs } from "./condemned-acts.ts";
import {
  agreeingParties,
  backingParties,
  cooperativeEvents,
  helpingParties,
  jointBrokers,
} from "./cooperation.ts";
import { cooperationClauses } from "./cooperation-clauses.ts";
import { coordinatedTargets } from "./coordinated-targets.ts";
import { counterpartPosts } from "./counterpart-posts.ts";
import { demandStances } from "./demand-stances.ts";
import { demonymAnaphors } from "./demonym-anaphors.ts";
import { directStances, stanceClauses } from "./direct-stances.ts";
import { evaluatedSubjects } from "./evaluated-subjects.ts";
import { forceAnaphors } from "./force-anaphors.ts";
import { groupReferences } from "./group-references.ts";
import { dropHedgedStances } from "./hedged-stances.ts";
import { dropOwnSideTargets, implicitCriticism, implicitThreats } from "./implicit-stances.ts";
import { dropThingThreats } from "./inanimate-threats.ts";
import { jointActTargets } from "./joint-act-targets.ts";
import { labelledActs } from "./labelled-acts.ts";
import { leavingBlocs } from "./leaving-blocs.ts";
import { memberAppositives } from "./member-appositives.ts";
import { membershipClauses } from "./membership-clauses.ts";
import { membershipPhrases } from "./membership-phrases.ts";
import { memberships } from "./memberships.ts";
import { narratedWrongs } from "./narrated-wrongs.ts";
import { objections } from "./objections.ts";
import { oppositionTargets } from "./opposition-targets.ts";
import { foundingMembers, jointDefencePacts } from "./pact-members.ts";
import { pairAgreements } from "./pair-agreements.ts";
import { partnerClauses } from "./partner-clauses.ts";
import { passiveStances } from "./passive-stances.ts";
import { portfolioPosts } from "./portfolio-posts.ts";
import { possessedObjects } from "./possessed-objects.ts";
import { pronounTargets } from "./pronoun-targets.ts";
import { referredPosts } from "./referred-posts.ts";
import { regimeReferences } from "./regime-references.ts";
import { rejectedAccusations } from "./rejected-accusations.ts";
import { resolveRejections } from "./rejections.ts";
import { relationNouns } from "./relation-nouns.ts";
import { RelationSet } from "./relation-set.ts";
import { reportedProtests } from "./reported-protests.ts";
import { reportedStanceEvents } from "./reported-stance-events.ts";
import { rulerSubjects } from "./ruler-subjects.ts";
import { scornedSubjects } from "./scorned-subjects.ts";
import { sharedStanceTargets } from "./shared-stance-targets.ts";
import { fanOutStances } from "./stance-fan-out.ts";
import { stanceEvents, statementStances, voices } from "./stances.ts";
import { standingAgreements } from "./standing-agreements.ts";
import { stateBodies } from "./state-bodies.ts";
import { statedThreats } from "./stated-threats.ts";
import { trailingRejections } from "./trailing-rejections.ts";
import { unansweredRejections } from "./unanswered-rejections.ts";
import { veiledThreats } from "./veiled-threats.ts";
import { voicedDispleasure } from "./voiced-displeasure.ts";
import { warningStances } from "./warning-stances.ts";
import { wordedStatements } from "./worded-statements.ts";
import { workingWith } from "./working-with.ts";

/** People's posts and spokespeople's mandates, and each national body's country. */
function rolesAndParts(doc: EntityDoc, affiliations: readonly Affiliation[], out: RelationSet): void {
  for (const a of affiliations) {
    const ev: Evidence[] = [evidence(doc, a.span.start, a.span.end)];
    out.add("AFFILIATED_WITH", a.personId, a.targetId, { role: a.role, evidence: ev });
    if (a.speaksFor) out.add("SPEAKS_FOR", a.personId, a.targetId, { role: a.role, evidence: ev });
  }
  for (const actor of doc.actors.values()) {
    if (actor.kind !== "Organization") continue;
    const first = actor.mentions[0];
    const ev = first ? [evidence(doc, first.start, first.end)] : [];
    if (actor.countryId) out.add("PART_OF", actor.id, actor.countryId, { evidence: ev });
    // An organ of a known body ("European Commission" of the EU), when that body is in the story too.
    const whole = doc.knowledge.international.find((o) => o.id === actor.id)?.partOf;
    if (whole && doc.actors.has(whole)) out.add("PART_OF", actor.id, whole, { evidence: ev });
  }
}

/** International bodies are nobody's: "Ruritania’s NATO allies" ties NATO to no state. */
const SUPRANATIONAL = /intergovernmental|alliance|court/;

/**
 * "Ruritania’s Free Hand movement": a body of its own (no state part in its id) written after a
 * state's possessive is affiliated with that state.
 */
function ownedBodies(doc: EntityDoc, out: RelationSet): void {
  for (const [i, m] of doc.mentions.entries()) {
    const owner = doc.mentions[i - 1];
    const actor = doc.actors.get(m.actorId);
    if (owner?.kind !== "possessive" || !owner.actorId.startsWith("country:")) continue;
    if (actor?.kind !== "Organization" || actor.countryId || SUPRANATIONAL.test(actor.orgType ?? ""))
      continue;
    if (!/^[\s\u00a0]+$/.test(doc.body.slice(owner.end, m.start))) continue;
    // "Ruritania’s Free Hand government" is the state's government, not a body tied to it.
    const next = /^[\s\u00a0]+(\p{L}+)/u.exec(doc.body.slice(m.end, m.end + 20))?.[1];
    if (next && doc.knowledge.governmentHeads.includes(next)) continue;
    out.add("AFFILIATED_WITH", m.actorId, owner.actorId, { evidence: [evidence(doc, owner.start, m.end)] });
  }
}

/** COOPERATES_WITH, ALLIED_WITH and MEMBER_OF: agreements, alliances and memberships. */
function bonds(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: EventExtraction,
  voiceOf: ReadonlyMap<string, string[]>,
  out: RelationSet,
): void {
  cooperativeEvents(doc, events, out);
  aidDonors(doc, events.events, out);
  agreeingParties(doc, out);
  backingParties(doc, out);
  jointBrokers(doc, out);
  helpingParties(doc, out);
  cooperationClauses(doc, out);
  workingWith(doc, out);
  partnerClauses(doc, out);
  standingAgreements(doc, out);
  pairAgreements(doc, out);
  alliances(doc, out);
  pronounAllies(doc, out);
  allyOfPhrases(doc, out);
  allyPhrases(doc, out);
  twoCountriesBonds(doc, out);
  mutualDefencePacts(doc, out);
  jointDefencePacts(doc, out);
  memberships(doc, out);
  membershipPhrases(doc, out);
  membershipClauses(doc, out);
  blocCompositions(doc, out);
  leavingBlocs(doc, statements, voiceOf, out);
  memberAppositives(doc, out);
  foundingMembers(doc, out);
}

export function extractRelations(
  doc: EntityDoc,
  articleId: string,
  statements: readonly FoundStatement[],
  events: EventExtraction,
  found: readonly Affiliation[],
): Relation[] {
  const out = new RelationSet();
  const posts = portfolioPosts(doc, bodyPosts(doc, referredPosts(doc, found)));
  const affiliations = counterpartPosts(doc, posts);
  const voiceOf = voices(doc, affiliations);
  dropHedgedStances(doc, statements);
  dropThingThreats(doc, statements);
  // Pronoun objects first: a rejection looks for the accusation against the rejecting side.
  pronounTargets(doc, statements, voiceOf);
  demonymAnaphors(doc, statements, voiceOf);
  resolveRejections(doc, statements, events.events, false, [], voiceOf);
  trailingRejections(doc, statements, voiceOf);
  possessedObjects(doc, statements);
  groupReferences(doc, statements);
  regimeReferences(doc, statements);
  rolesAndParts(doc, affiliations, out);
  ownedBodies(doc, out);
  stateBodies(doc, out);
  dropOwnSideTargets(doc, statements, voiceOf);
  evaluatedSubjects(doc, statements, voiceOf);
  labelledActs(doc, statements, events.events, voiceOf);
  wordedStatements(doc, statements, events.events, voiceOf);
  reportedProtests(doc, statements, voiceOf);
  bothParties(doc, statements, events.events, voiceOf);
  allegedActs(doc, statements, voiceOf);
  forceAnaphors(doc, statements, voiceOf);
  sharedStanceTargets(doc, statements, voiceOf);
  const objected = objections(doc);
  implicitThreats(doc, statements, events.events, voiceOf, objected);
  veiledThreats(doc, statements, events.events, voiceOf, objected, out);
  statedThreats(doc, statements, events.events, voiceOf);
  narratedWrongs(doc, statements, events.events, voiceOf, objected);
  implicitCriticism(doc, statements, events.events, voiceOf, objected);
  adversarySubjects(doc, statements, events.events, voiceOf, objected);
  actAccusations(doc, statements, voiceOf);
  for (const o of objected) out.add("CRITICIZES", o.from, o.to, { evidence: o.evidence });
  // Again, now that the stances read above may have revealed the accusation a rejection answers.
  const clauses = stanceClauses(doc);
  const accusations = clauses.filter((c) => c.kind === "ACCUSES");
  resolveRejections(doc, statements, events.events, true, accusations, voiceOf);
  unansweredRejections(doc, statements, events.events, voiceOf);
  answeredCritics(doc, statements, voiceOf);
  warningStances(doc, statements, voiceOf);
  coordinatedTargets(doc, statements, voiceOf);
  jointActTargets(doc, statements, events.events, voiceOf);
  capabilityThreats(statements);
  // Last of the statement readers: scorn only for statements no stance rule above has read.
  scornedSubjects(doc, statements, voiceOf, out);
  oppositionTargets(doc, statements, affiliations, out);
  passiveStances(doc, statements, voiceOf, out);
  statementStances(statements, voiceOf, out);
  demandStances(doc, statements, voiceOf, out);
  allegingStatements(doc, statements, voiceOf, out);
  voicedDispleasure(doc, voiceOf, out);
  appraisedActs(doc, voiceOf, out);
  rejectedAccusations(doc, voiceOf, out);
  directStances(doc, statements, voiceOf, out, clauses);
  callingLabels(doc, statements, voiceOf, out);
  stanceEvents(doc, events.events, voiceOf, out);
  reportedStanceEvents(doc, events.events, statements, voiceOf, affiliations, out);
  rulerSubjects(doc, out);
  relationNouns(doc, voiceOf, out);
  condemnedActs(doc, events.events, voiceOf, out);
  bodyTargetStates(doc, out);
  fanOutStances(doc, voiceOf, out);
  bonds(doc, statements, events, voiceOf, out);
  return out.items.map((r, n) => ({ ...r, id: `${articleId}/relation/${n + 1}` }));
}
