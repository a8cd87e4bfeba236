// Who is the subject of a reporting verb? A light clause reading over the mentions of one sentence:
// passive agents ("was condemned by Peru"), coordinated verbs ("… and also stated"), "according to X"
// frames, inverted subjects ("said Costa"), else the nearest preceding actor that is not inside a quote,
// a role appositive, or a possessive determiner ("Chile’s decision").

import {
  type ActorMention,
  type EntityDoc,
  firstMentionFrom,
  inQuote,
  inSpans,
  mentionAt,
  mentionsIn,
} from "../doc.ts";
import { WS_RUN as WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import { bodyByHead } from "./definite-body.ts";
import { stateOfActor } from "./government-subject.ts";
import { nonSideSubject } from "./non-side-source.ts";
import { unnamedOfficialSubject } from "./unnamed-source.ts";

const PASSIVE_BEFORE = new RegExp(
  `\\b(?:is|are|was|were|been|being|be)${WS}(?:\\w+ly${WS}|also${WS}|not${WS})*$`,
  "i",
);
const COORDINATED_BEFORE = new RegExp(`(?:,|\\band)${WS}(?:also${WS}|then${WS}|later${WS})*$`, "i");

export function mentionsInSentence(doc: EntityDoc, s: Sentence): ActorMention[] {
  return mentionsIn(doc, s.start, s.end);
}

/** Mentions that can be a clause subject: outside quotes and appositives, not possessive determiners. */
function subjectCandidates(doc: EntityDoc, s: Sentence, before: number): ActorMention[] {
  return mentionsInSentence(doc, s).filter(
    (m) =>
      m.end <= before &&
      m.kind !== "possessive" &&
      // "Paris-led", "Nairobi-based": a place inside a compound modifier is no subject.
      !/^-\p{Ll}/u.test(doc.body.slice(m.end, m.end + 2)) &&
      !inQuote(doc, m.start) &&
      !inSpans(doc.appositives, m.start) &&
      !(m.kind === "pronoun" && OWNED_BODY.test(doc.body.slice(m.start, m.end + 24))),
  );
}

/** "his ministry", "her office", "their lawyers": a body or aides of a person speak, not the person. */
const OWNED_BODY =
  /^(?:his|her|their)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:ministry|office|government|administration|embassy|department|agency|cabinet|party|company|lawyers?|aides?|camp|spokes(?:man|woman|person))\b/iu;

/**
 * A non-restrictive clause or appositive between the subject and its verb ("The bloc, which …, said",
 * "Ruritania, a member of …, urged", "Chile and Peru, Bolivia’s neighbours, said"): the subject is the mention right before its opening comma.
 */
const PARENTHETICAL_BEFORE_VERB =
  /,[\s\u00a0]+(?:(?:(?:of|to|for|with)[\s\u00a0]+(?:which|whom)|which|who|whose|a|an|the|one|part|home|itself|quoted|cited|speaking|writing|interviewed|in|via|through|(?:led|headed|chaired|run|backed|founded|created|formed|based|made[\s\u00a0]+up)(?:[\s\u00a0]+(?:by|in|of))?)\b|\p{Lu}\p{L}+[’']s[\s\u00a0])[^,;“”"]*(?:,[^,;“”"]*){0,2},[\s\u00a0]*(?:(?:also|has|have|had|then|later|\p{Ll}+ly)[\s\u00a0]+)*$/u;

/** Between a parenthetical's subject and its comma: a bracketed short name, or " in <Place>". */
const HEAD_TAIL =
  /^(?:[\s\u00a0]*\([^()]*\)|[\s\u00a0]+(?:in|at)[\s\u00a0]+\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*){0,2})?[\s\u00a0]*$/u;

function subjectBeforeParenthetical(
  doc: EntityDoc,
  s: Sentence,
  before: string,
  verbStart: number,
): ActorMention | undefined {
  const m = PARENTHETICAL_BEFORE_VERB.exec(before);
  if (!m) return undefined;
  const comma = verbStart - (before.length - m.index);
  // "The Alliance of Sahel States (AES), the confederation …,": its short name may sit between;
  // "The French embassy in Rome, in remarks …,": so may the place that post-modifies the subject.
  const head = subjectCandidates(doc, s, comma + 1).find((x) => HEAD_TAIL.test(doc.body.slice(x.end, comma)));
  // "The AU mission in Somalia, which …, said": the place post-modifies the body before it.
  return head && (personBeforeOf(doc, s, head) ?? ownerBeforePlace(doc, s, head) ?? head);
}

/**
 * "X summoned Y's envoy, Z, to protest …", "X met Y in Z to demand …": an infinitive of purpose after a
 * verb that brings someone in has the clause's subject as its own subject, not the one summoned or met
 * (unlike "urged Y to", where Y acts).
 */
const PURPOSE_AFTER_OBJECT =
  /^[\s\u00a0]+(?:(?:had|has|have|also|then|later|on[\s\u00a0]+\p{Lu}\p{Ll}+day)[\s\u00a0]+)*(?:summoned|called[\s\u00a0]+in|met(?:[\s\u00a0]+with)?|received|phoned|telephoned|wrote[\s\u00a0]+to|visited|convened|recalled)[\s\u00a0][^;:“”"]{1,160}?[\s\u00a0]to[\s\u00a0]+$/u;

function purposeSubject(
  doc: EntityDoc,
  candidates: ActorMention[],
  verbStart: number,
): ActorMention | undefined {
  const first = candidates[0];
  if (!first || candidates.length < 2) return undefined;
  return PURPOSE_AFTER_OBJECT.test(doc.body.slice(first.end, verbStart)) ? first : undefined;
}

/** "X of the foreign ministry said": the person the body post-modifies is the subject. */
function personBeforeOf(doc: EntityDoc, s: Sentence, nearest: ActorMention): ActorMention | undefined {
  if (nearest.actorId.startsWith("person:")) return undefined;
  const person = subjectCandidates(doc, s, nearest.start).pop();
  if (!person?.actorId.startsWith("person:")) return undefined;
  return /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?$/.test(doc.body.slice(person.end, nearest.start))
    ? person
    : undefined;
}

/**
 * "The U.S. embassy in Kenya said", "Russia’s ambassador to Kenya said": a place after "in"/"to"
 * post-modifies the subject; the body, or the state owning the post, speaks.
 */
function ownerBeforePlace(doc: EntityDoc, s: Sentence, nearest: ActorMention): ActorMention | undefined {
  const owner = mentionsInSentence(doc, s)
    .filter((m) => m.end <= nearest.start && !inQuote(doc, m.start))
    .pop();
  if (!owner) return undefined;
  const between = doc.body.slice(owner.end, nearest.start);
  return PLACE_MODIFIER.test(between) ? owner : undefined;
}

/** Owner, then at most three lower-case nouns, then "in"/"to"/"at" before the place. */
const PLACE_MODIFIER =
  /^(?:’s|'s)?(?:[\s\u00a0]+\p{Ll}+){0,3}[\s\u00a0]+(?:in|to|at)[\s\u00a0]+(?:the[\s\u00a0]+)?$/u;

/** "that it", "which they", ", and it" right before a reporting verb. */
const MAIN_CLAUSE_PRONOUN =
  /(?:\b(?:that|which|what)|,[\s\u00a0]+and)[\s\u00a0]+(?:it|they)[\s\u00a0]+(?:also[\s\u00a0]+)?$/i;

/**
 * "… that it said had crossed …", "which it called …", "over what it called …", "X said …, and it
 * accused …": the pronoun is
 * the main clause's subject, not an actor named inside the reported clause.
 */
function relativePronounSubject(doc: EntityDoc, s: Sentence, before: string): ActorMention | undefined {
  if (!MAIN_CLAUSE_PRONOUN.test(before)) return undefined;
  // "The centre traced …, which it described as …": a definite body opening the sentence.
  const opening = /^(?:The|the)[\s\u00a0]+(\p{Ll}+)[\s\u00a0]/u.exec(before.replace(DATELINE_LEAD, ""));
  const head = opening?.[1];
  const at = s.start + before.length - before.replace(DATELINE_LEAD, "").length + 4;
  const byHead = head ? bodyByHead(doc, s, head, at) : undefined;
  if (byHead) return byHead;
  const [first, next] = subjectCandidates(doc, s, s.end).filter((x) => !x.actorId.startsWith("person:"));
  // "U.S. Central Command said …, and it accused …": a country word modifying the body after it.
  const modifier =
    first?.actorId.startsWith("country:") &&
    next &&
    doc.actors.get(next.actorId)?.countryId === first.actorId &&
    /^[\s\u00a0]+$/.test(doc.body.slice(first.end, next.start));
  return modifier ? next : first;
}

export function isPassive(doc: EntityDoc, s: Sentence, verbStart: number): boolean {
  return PASSIVE_BEFORE.test(doc.body.slice(s.start, verbStart));
}

/** The "by X" agent right after a passive verb. */
export function passiveAgent(doc: EntityDoc, verbEnd: number): ActorMention | undefined {
  const m = new RegExp(`^${WS}by${WS}(?:the${WS})?`, "i").exec(doc.body.slice(verbEnd, verbEnd + 16));
  if (!m) return undefined;
  return mentionAt(doc, verbEnd + m[0].length);
}

/**
 * "according to X", "according to a statement from X", "according to a report issued by X": the
 * frame and, after it, where its source is named.
 */
const ACCORDING_TO = new RegExp(
  `\\baccording${WS}to${WS}(?:(?:a|an|the)${WS}(?:[\\p{L}-]+${WS}){0,2}?(?:statement|report|letter|note|document|readout|transcript|release|figures|data|estimates?|tally|count)${WS}(?:(?:issued|released|published|posted)${WS})?(?:from|by|of)${WS})?(?:the${WS})?`,
  "iu",
);

const HAS_ACCORDING = /according/i;

/** Speaker named by an "according to X" frame in the sentence ("according to the agency" included). */
export function frameSpeaker(
  doc: EntityDoc,
  s: Sentence,
): { mention: ActorMention; start: number; end: number } | undefined {
  // The frame's regex opens with "according": most sentences lack the word and skip the scan.
  const m = HAS_ACCORDING.test(s.text) ? ACCORDING_TO.exec(s.text) : null;
  if (!m || inQuote(doc, s.start + m.index)) return undefined;
  const at = s.start + m.index + m[0].length;
  const next = firstMentionFrom(doc, at);
  const head = /^\p{Ll}+\b/u.exec(doc.body.slice(at, at + 30))?.[0];
  // "according to Kenyan Foreign Minister X": the person behind a role prefix, not its demonym.
  const person = invertedSubject(doc, at);
  const mention =
    next && next.start <= at + 4
      ? person?.actorId.startsWith("person:") && person.start > next.start
        ? person
        : next
      : head && /the\s*$/i.test(m[0])
        ? bodyByHead(doc, s, head, at)
        : undefined;
  return mention ? { mention, start: s.start + m.index, end: mention.end } : undefined;
}

export interface SpeakerReading {
  mention?: ActorMention;
  /** How the speaker was found, for debugging and for target selection. */
  via: "passive-agent" | "passive-implicit" | "frame" | "inverted" | "subject" | "none";
}

export function speakerOf(
  doc: EntityDoc,
  s: Sentence,
  verbStart: number,
  verbEnd: number,
  controller?: { start: number; end: number },
): SpeakerReading {
  const before = doc.body.slice(s.start, verbStart);
  // A participle without its own subject ("…, saying …") shares the subject of the main verb.
  if (controller) return speakerOf(doc, s, controller.start, controller.end);
  const opening = participleSubject(doc, s, before, verbStart);
  if (opening) return { mention: opening, via: "subject" };
  const quoted = quotedAsSayingSubject(doc, s, before);
  if (quoted) return { mention: quoted, via: "subject" };
  if (isPassive(doc, s, verbStart)) {
    const agent = passiveAgent(doc, verbEnd);
    return agent ? { mention: agent, via: "passive-agent" } : { via: "passive-implicit" };
  }
  // "Diplomats in Apia said", "Afghan traders said": sources of no side give no statement.
  if (nonSideSubject(doc, s, before)) return { via: "none" };
  // "…, officials in Apia said": the capital right before the verb names the state, whatever the
  // clause before it names.
  const officials =
    bareOfficials(doc, s, before) ??
    unnamedOfficialSubject(doc, s, before) ??
    officialsInCapital(doc, s, before);
  if (officials) return { mention: officials, via: "subject" };
  const frame = frameSpeaker(doc, s);
  if (frame && frame.end <= verbStart && COORDINATED_BEFORE.test(before.replace(/[“"][^”"]*[”"]\s*$/u, ""))) {
    return { mention: frame.mention, via: "frame" };
  }
  // "…, according to Vietnam’s foreign ministry, which called …": the relative's subject is the source.
  if (
    frame &&
    /^[\s\u00a0]*,[\s\u00a0]+(?:which|who)[\s\u00a0]+(?:also[\s\u00a0]+)?$/.test(
      doc.body.slice(frame.end, verbStart),
    )
  )
    return { mention: frame.mention, via: "frame" };
  const candidates = subjectCandidates(doc, s, verbStart).filter(
    (m) => !frame || m.start !== frame.mention.start,
  );
  const relative = relativePronounSubject(doc, s, before);
  if (relative) return { mention: relative, via: "subject" };
  const shared = coordinatedSubject(doc, s, before, candidates);
  if (shared) return { mention: shared, via: "subject" };
  const owner = possessiveRole(doc, s, before);
  if (owner) return { mention: owner, via: "subject" };
  // ", where hundreds of farmers protested": a verb in a relative or adverbial clause has its own
  // subject there; an actor before the clause is not it.
  if (ownClauseSubject(candidates, before, s.start)) return { via: "none" };
  const last = candidates[candidates.length - 1];
  const nearest =
    purposeSubject(doc, candidates, verbStart) ??
    subjectBeforeParenthetical(doc, s, before, verbStart) ??
    (last && (personBeforeOf(doc, s, last) ?? ownerBeforePlace(doc, s, last))) ??
    last;
  const inverted = invertedSubject(doc, verbEnd);
  // "“…,” said Costa": right after a closing quote the subject follows the verb.
  if (inverted && /[”"][\s\u00a0,]*$/.test(before)) return { mention: inverted, via: "inverted" };
  if (nearest) return { mention: unnamedSourceState(doc, before, nearest) ?? nearest, via: "subject" };
  // "…, said X" or a sentence opening with the verb; after an unnamed subject ("Officials urged
  // Egypt …") the actor after the verb is its object, not its subject.
  if (inverted && /(?:^|,)[\s\u00a0]*$/.test(before)) return { mention: inverted, via: "inverted" };
  if (frame) return { mention: frame.mention, via: "frame" };
  return { via: "none" };
}

/** "X was quoted (by the daily Y) as saying": the outlet quoting X is no speaker. */
const QUOTED_AS_SAYING = new RegExp(
  `\\b(?:was|were|is|are|has${WS}been|have${WS}been|had${WS}been)${WS}(?:also${WS}|later${WS}|widely${WS})?quoted${WS}(?:by${WS}[^,;:“”"]{1,60}?${WS})?as${WS}$`,
  "u",
);

function quotedAsSayingSubject(doc: EntityDoc, s: Sentence, before: string): ActorMention | undefined {
  const m = QUOTED_AS_SAYING.exec(before);
  if (!m) return undefined;
  return subjectCandidates(doc, s, s.start + m.index).pop();
}

/** ", officials said", ", two security officials said": unnamed officials with no country of their own. */
const BARE_OFFICIALS =
  /,[\s\u00a0]+(?:(?:two|three|four|several|some|other)[\s\u00a0]+)?(?:(?:senior|government|security|military)[\s\u00a0]+)?(officials|authorities)[\s\u00a0]+(?:(?:also|later|have|had)[\s\u00a0]+)?$/u;

/**
 * "Ruritania closed the crossing on Monday, officials said": officials speak for a state (guide), here
 * the state of the clause's subject, the sentence's first actor outside quotes (a body or person
 * counts through its country). None when the sentence names no actor before them, or opens on a pair.
 */
function bareOfficials(doc: EntityDoc, s: Sentence, before: string): ActorMention | undefined {
  const m = BARE_OFFICIALS.exec(before);
  const word = m?.[1];
  if (!m || !word) return undefined;
  const [first, second] = subjectCandidates(doc, s, s.start + m.index);
  // "Ruritania and Osterlich will hold drills, officials said": whose officials is not said.
  if (first && second && /^[\s\u00a0]+and[\s\u00a0]+$/.test(doc.body.slice(first.end, second.start)))
    return undefined;
  const state = stateOfActor(doc, first?.actorId);
  if (!state) return undefined;
  const start = s.start + m.index + m[0].indexOf(word);
  return { actorId: state, kind: "alias", start, end: start + word.length, sentence: s.index, text: word };
}

/** "Officials in Kyiv said", "a source in Beijing told …": unnamed sources placed in a capital. */
const SOURCES_IN_PLACE =
  /\b(?:[Oo]fficials?|[Aa]uthorities|[Ss]ources?|[Dd]iplomats?)[\s\u00a0]+in[\s\u00a0]+(\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)?)[\s\u00a0]+(?:(?:also|have|had|has)[\s\u00a0]+)?$/u;

/**
 * Unnamed officials in a capital speak for its state, as "officials" do for a country in the guide;
 * the capital itself after "in" is a venue, not a mention, so the state is found by name here.
 */
function officialsInCapital(doc: EntityDoc, s: Sentence, before: string): ActorMention | undefined {
  const m = SOURCES_IN_PLACE.exec(before);
  const place = m?.[1];
  if (!m || !place) return undefined;
  for (const c of doc.knowledge.countries.values()) {
    const id = `country:${c.iso2.toLowerCase()}`;
    if (c.capital !== place || !doc.actors.has(id)) continue;
    const start = s.start + m.index + m[0].indexOf(place);
    return { actorId: id, kind: "alias", start, end: start + place.length, sentence: s.index, text: place };
  }
  return undefined;
}

/**
 * The actor right after a verb ("said Costa"), or after the role prefix of a person ("said Foreign
 * Minister Ana Costa", "said Chilean Trade Minister Ana Costa"): the person, not the demonym or
 * body inside the role prefix.
 */
/** "the" between an inverted verb and a title reference ("“…,” said the minister"). */
const TITLE_GAP = /^[\s\u00a0]+the[\s\u00a0]+$/u;

/** " the ministry’s spokesman, ", " a senior army officer, ": a role phrase between the verb and a name. */
const INVERTED_ROLE_GAP =
  /^[\s\u00a0]+(?:the|a|an|its|their)[\s\u00a0]+(?:[\p{L}-]+(?:[’']s)?[\s\u00a0]+){0,4}(?:spokes(?:man|woman|person)|minister|ambassador|envoy|official|director|chief|commander|head|secretary|adviser|advisor|negotiator|representative|governor|mayor|president|general|lawyer)(?:[\s\u00a0]+(?:for|of)[\s\u00a0]+[\p{L}’' -]{1,40})?,[\s\u00a0]*$/u;

const ROLE_OPENING = /^[\s\u00a0]+(?:the|a|an|its|their)[\s\u00a0]/u;

export function invertedSubject(doc: EntityDoc, verbEnd: number): ActorMention | undefined {
  const following = firstMentionFrom(doc, verbEnd);
  if (!following || following.kind === "possessive") return undefined;
  const gap = doc.body.slice(verbEnd, following.start);
  // "“…,” said the minister", "said the Kenyan foreign minister": a title reference to a person.
  if (following.kind === "title" && TITLE_GAP.test(gap)) return following;
  // "said the Kenyan foreign minister": the demonym is a mention of its own before the title.
  const titled =
    following.kind === "demonym" ? mentionsIn(doc, following.end, following.end + 40)[0] : undefined;
  if (
    titled?.kind === "title" &&
    TITLE_GAP.test(gap) &&
    /^[\s\u00a0]+$/.test(doc.body.slice(following.end, titled.start))
  )
    return titled;
  // "said the ministry’s spokesman, X": a role phrase (maybe naming its body) set off before the name.
  const named = ROLE_OPENING.test(doc.body.slice(verbEnd, verbEnd + 8))
    ? mentionsIn(doc, verbEnd, verbEnd + 100).find((m) => m.actorId.startsWith("person:"))
    : undefined;
  if (named && INVERTED_ROLE_GAP.test(doc.body.slice(verbEnd, named.start))) return named;
  if (/^[\s\u00a0]*$/.test(gap)) {
    const role = doc.appositives.find((a) => a.start === following.start);
    return role ? (personAfterRole(doc, role.end) ?? following) : following;
  }
  const role = doc.appositives.find((a) => a.start >= verbEnd && a.start <= following.start);
  if (!role || !/^[\s\u00a0]*$/.test(doc.body.slice(verbEnd, role.start))) return undefined;
  return personAfterRole(doc, role.end);
}

/** The person named right after a role prefix ends. */
function personAfterRole(doc: EntityDoc, roleEnd: number): ActorMention | undefined {
  const next = mentionsIn(doc, roleEnd, roleEnd + 4).find((m) => m.actorId.startsWith("person:"));
  return next && /^[\s\u00a0]*$/.test(doc.body.slice(roleEnd, next.start)) ? next : undefined;
}

/** "’s foreign minister ", "’s chief negotiator ": an owner's unnamed official right before the verb. */
const OWNED_ROLE_BEFORE =
  /(?:’s|'s|s’)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+){0,3}(?:minister|ministers|ambassador|envoy|president|spokesman|spokeswoman|spokesperson|official|officials|negotiator|representative|commander|chief)[\s\u00a0]+(?:(?:also|later|then|has|had|on[\s\u00a0]+\p{Lu}\p{Ll}+day)[\s\u00a0]+)*$/u;

/** "’s office ", "’s press office ": a person's office right before the verb. */
const PERSON_OFFICE_BEFORE =
  /(?:’s|'s)[\s\u00a0]+(?:press[\s\u00a0]+|private[\s\u00a0]+)?office[\s\u00a0]+(?:(?:also|later|then|has|had|on[\s\u00a0]+\p{Lu}\p{Ll}+day)[\s\u00a0]+)*$/u;

/**
 * "Iran’s foreign minister said", "the army’s spokesman said": an unnamed official speaks for the
 * state or body that owns the post (the guide's "officials" for a country).
 */
function possessiveRole(doc: EntityDoc, s: Sentence, before: string): ActorMention | undefined {
  const office = PERSON_OFFICE_BEFORE.exec(before);
  const m = office ?? OWNED_ROLE_BEFORE.exec(before);
  if (!m) return undefined;
  const at = s.start + m.index;
  const owner = mentionsIn(doc, Math.max(s.start, at - 60), at + 2)
    .filter((x) => x.end >= at && x.end <= at + 2 && !inQuote(doc, x.start))
    .pop();
  // A person's office speaks for the person ("Ruiz's office said", as "the office of President Ruiz").
  if (office) return owner?.actorId.startsWith("person:") ? owner : undefined;
  return owner && !owner.actorId.startsWith("person:") ? owner : undefined;
}

/** ", where/when/because <words> " right before the verb, with no actor in those words. */
const CLAUSE_OPENER_BEFORE =
  /,[\s\u00a0]+(?:where|when|because|although|though|since|whereas)[\s\u00a0]+[^,;:“”"]*$/u;

function ownClauseSubject(candidates: readonly ActorMention[], before: string, from: number): boolean {
  const m = CLAUSE_OPENER_BEFORE.exec(before);
  if (!m) return false;
  const opener = from + m.index;
  return !candidates.some((c) => c.start > opener);
}

/** ", Ana Ruiz,", ", Marcos Teixeira de Lima,": a person's name in apposition to an object. */
const NAME_APPOSITIVE =
  /,[\s\u00a0]+\p{Lu}[\p{L}.’'-]*(?:[\s\u00a0]+(?:(?:de|da|do|dos|van|von|der|bin|al|el|la|le|di|du)[\s\u00a0]+)*\p{Lu}[\p{L}.’'-]*){1,3},/gu;

/**
 * "Ukraine’s embassy thanked the German authorities and said …": a verb joined by "and" to an
 * earlier verb (not a reporting one) shares that verb's subject, the actor opening the sentence,
 * not the earlier verb's object.
 */
function coordinatedSubject(
  doc: EntityDoc,
  s: Sentence,
  before: string,
  candidates: readonly ActorMention[],
): ActorMention | undefined {
  if (!/[\s\u00a0]and[\s\u00a0]+(?:(?:also|then|later)[\s\u00a0]+)*$/i.test(before)) return undefined;
  const first = candidates[0];
  if (!first || candidates.length < 2) return undefined;
  const lead = doc.body.slice(s.start, first.start).replace(DATELINE_LEAD, "");
  // "The ministry …", "Chile’s ministry …": the subject opens the sentence, maybe after its owner.
  if (
    !/^(?:(?:The|the)[\s\u00a0]+)?(?:\p{Lu}[\p{L}.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.-]*){0,3}[’']s[\s\u00a0]+)?$/u.test(
      lead,
    )
  )
    return undefined;
  // The words between the subject and "and" hold one verb phrase: no clause break.
  // A non-restrictive clause or appositive right after the subject ("The authority, which runs
  // the customs service, named …") is skipped; it does not end the subject's verb phrase.
  // A noun appositive inside the verb phrase ("over its plan for a site near X, a hill by the
  // border, and said …") is skipped too, and so is the comma before the closing "and".
  const between = doc.body
    .slice(first.end, s.start + before.length)
    // "The Taliban administration, which …, thanked": the subject's head noun after its name.
    .replace(/^(?:[\s\u00a0]+\p{Ll}+){1,2}(?=,[\s\u00a0]+(?:which|who)\b)/u, "")
    .replace(/^,[\s\u00a0]+(?:which|who|a|an|the)\b[^,;:“”"]*,/u, "")
    .replace(/,[\s\u00a0]+(?:a|an)[\s\u00a0](?:[^,;:“”"]|,(?=\d))*,(?=[\s\u00a0]+and[\s\u00a0])/gu, "")
    // "summoned the envoy, Ana Ruiz, on Monday … and said": the object's name in apposition.
    .replace(NAME_APPOSITIVE, "")
    .replace(/,(?=[\s\u00a0]+and[\s\u00a0]+(?:(?:also|then|later)[\s\u00a0]+)*$)/u, "");
  return /[,;:“”"]|\b(?:that|who|which|while)\b/.test(between) ? undefined : first;
}

/** "… quoted an unnamed border official / the kingdom’s defence minister as saying": an unnamed official. */
const QUOTED_UNNAMED =
  /\bquoted[\s\u00a0]+(?:[\p{Ll}’'-]+[\s\u00a0]+){0,4}(?:official|officials|source|sources|officer|officers|minister|spokesman|spokeswoman|spokesperson)[\s\u00a0]+as[\s\u00a0]+$/u;

/**
 * A state body quoting an unnamed official ("The agency quoted an unnamed official as saying …"):
 * the official speaks for the body's country, not for the body that carried the words.
 */
function unnamedSourceState(doc: EntityDoc, before: string, nearest: ActorMention): ActorMention | undefined {
  if (!QUOTED_UNNAMED.test(before) || !nearest.actorId.startsWith("org:")) return undefined;
  const country = doc.actors.get(nearest.actorId)?.countryId;
  return country ? { ...nearest, actorId: country } : undefined;
}

/**
 * "Ruritania expelled three Borduvian diplomats on Monday, saying …", "Brazil backed the claim at a
 * summit, calling for talks": a reporting participle after a comma with no
 * reporting verb to lean on shares the subject of the sentence's main clause, its first actor.
 */
function participleSubject(
  doc: EntityDoc,
  s: Sentence,
  before: string,
  verbStart: number,
): ActorMention | undefined {
  if (!/,[\s\u00a0]*$/.test(before) || !/^\p{Ll}+ing\b/u.test(doc.body.slice(verbStart, verbStart + 20)))
    return undefined;
  // "In Hanoi, the ministry …", "On Monday, Chile …": a short fronted adverbial is skipped.
  const opened = openingOf(s, before);
  const candidates = subjectCandidates(doc, s, verbStart).filter((m) => m.start >= opened);
  const first = candidates[0];
  if (!first) return undefined;
  // Only a subject that opens the clause ("Ruritania expelled …", "The ministry expelled …",
  // "Norway’s coast guard detained …": a possessive owner before it is part of the subject).
  // "Foreign ministry spokeswoman X …": a role prefix before the name is part of the subject.
  const role = doc.appositives.find(
    (a) =>
      a.start >= opened && a.end <= first.start && /^[\s\u00a0]*$/.test(doc.body.slice(a.end, first.start)),
  );
  let lead = doc.body.slice(opened, role?.start ?? first.start);
  const owner = mentionsIn(doc, first.start - lead.length, first.start).find((m) => m.kind === "possessive");
  if (owner) lead = doc.body.slice(opened, owner.start);
  if (owner && !/^(?:’s|'s)?[\s\u00a0]+$/.test(doc.body.slice(owner.end, first.start))) return undefined;
  // "The ministry …", "Chile’s ministry …": the subject opens the sentence, maybe after its owner.
  if (
    !/^(?:(?:The|the)[\s\u00a0]+)?(?:\p{Lu}[\p{L}.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.-]*){0,3}[’']s[\s\u00a0]+)?$/u.test(
      lead,
    )
  )
    return undefined;
  // "foreign ministry spokeswoman X, saying …": the person after the body's role words speaks.
  return rolePerson(doc, first, candidates[1]) ?? first;
}

/** Where the clause of the sentence opens: after its dateline and a short fronted adverbial. */
function openingOf(s: Sentence, before: string): number {
  const stripped = before.replace(DATELINE_LEAD, "");
  const fronted = FRONTED_ADVERBIAL.exec(stripped);
  return s.start + (before.length - stripped.length) + (fronted?.[0].length ?? 0);
}

/** "In Hanoi, ", "On Monday, ", "Later, ": a short adverbial opening the sentence before its subject. */
const FRONTED_ADVERBIAL =
  /^(?:(?:In|At|From|On|Later|Earlier|Meanwhile|Separately)\b[^,;:“”"]{0,40},[\s\u00a0]+)/u;

/**
 * "foreign ministry spokeswoman Nguyen …", "the army’s chief of staff, General X": a body followed by
 * a role word or two and a person's name; the person is the subject.
 */
function rolePerson(
  doc: EntityDoc,
  body: ActorMention,
  next: ActorMention | undefined,
): ActorMention | undefined {
  if (!next?.actorId.startsWith("person:") || body.actorId.startsWith("person:")) return undefined;
  const gap = doc.body.slice(body.end, next.start);
  return /^(?:[’']s)?[\s ]+(?:[\p{Ll}-]+[\s ]+){1,3}$/u.test(gap) ? next : undefined;
}

/** "CITY, Month D (Agency) — " before the lead sentence. */
const DATELINE_LEAD = /^[\p{Lu}\s.,'’-]+,[^—–-]*\)[\s\u00a0]*[—–-]+[\s\u00a0]*/u;

/** The subject of a passive verb ("Chile’s decision was condemned" → Chile), possessives included. */
export function passiveSubject(doc: EntityDoc, s: Sentence, verbStart: number): ActorMention | undefined {
  const before = mentionsInSentence(doc, s).filter((m) => m.end <= verbStart && !inQuote(doc, m.start));
  return before[before.length - 1];
}

/** The first actor after the verb in its clause (the object), possessives included. */
export function objectAfter(
  doc: EntityDoc,
  s: Sentence,
  verbEnd: number,
  exclude?: string,
): ActorMention | undefined {
  const clause = doc.body.slice(verbEnd, s.end);
  const stop = clause.search(/[;:]|,\s+(?:and|but|while)\b|\bthat\b/);
  const limit = verbEnd + (stop < 0 ? clause.length : stop);
  return mentionsInSentence(doc, s).find(
    (m) => m.start >= verbEnd && m.start < limit && m.actorId !== exclude && !inQuote(doc, m.start),
  );
}
