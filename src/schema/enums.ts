// Closed sets of the API. Stored values (lower-case kinds, "short-name") map to GraphQL names here.
import { RELATION_KINDS } from "../extract/types.ts";
import { builder } from "./builder.ts";

export const ActorKindEnum = builder.enumType("ActorKind", {
  description: "What kind of actor: a person, an organisation or a country.",
  values: {
    PERSON: { value: "Person", description: "A named person (`Person`)." },
    ORGANIZATION: {
      value: "Organization",
      description: "A government body, ministry, military, bloc, company… (`Organization`).",
    },
    COUNTRY: { value: "Country", description: "A sovereign country (`Country`)." },
  } as const,
});

export const StatementKindEnum = builder.enumType("StatementKind", {
  description: "How the article reports what was said.",
  values: {
    QUOTE: { value: "quote", description: "The speaker's own words, in quotation marks." },
    PARAPHRASE: { value: "paraphrase", description: "What the speaker said, in the article's words." },
  } as const,
});

export const AttributionSieveEnum = builder.enumType("AttributionSieve", {
  description:
    "The rule that chose a statement's speaker, tried in this order (after Muzny et al. 2017, quote attribution sieves).",
  values: {
    VERB_ADJACENT: {
      value: "verb-adjacent",
      description: "The name right before or after the reporting verb.",
    },
    APPOSITIVE: { value: "appositive", description: "A name with its title in commas before the verb." },
    PASSIVE_AGENT: { value: "passive-agent", description: '"was told by X", "was quoted by X".' },
    ACCORDING_TO: { value: "according-to", description: '"according to X" and similar frames.' },
    SENTENCE_SUBJECT: {
      value: "sentence-subject",
      description: "The subject of the sentence, further from the verb (least sure).",
    },
    TITLE: { value: "title", description: 'A title standing for a person named earlier ("the minister").' },
    PRONOUN: { value: "pronoun", description: "A pronoun resolved to the current speaker." },
    PARAGRAPH_CONTINUATION: {
      value: "paragraph-continuation",
      description: "No speaker in the sentence: the one who was speaking continues.",
    },
    ACCUSATION_CONTINUATION: {
      value: "accusation-continuation",
      description: "A second accusation joined to the first keeps its speaker.",
    },
    COLLECTIVE: { value: "collective", description: 'Coordinated speakers ("the two governments said").' },
  } as const,
});

export const EventStatusEnum = builder.enumType("EventStatus", {
  description: "How certain the article is that the event happened.",
  values: {
    OCCURRED: { value: "occurred", description: "Reported as having happened." },
    PLANNED: { value: "planned", description: "Announced or expected to happen." },
    ALLEGED: { value: "alleged", description: "Claimed by someone, not established." },
    REPORTED: { value: "reported", description: "Reported without a clear status." },
  } as const,
});

export const DatePrecisionEnum = builder.enumType("DatePrecision", {
  description: "How much of a date is known.",
  values: {
    DAY: { value: "day", description: "A calendar day: `YYYY-MM-DD`." },
    MONTH: { value: "month", description: "A month: `YYYY-MM`." },
    YEAR: { value: "year", description: "A year: `YYYY`." },
  } as const,
});

export const RELATION_KIND_VALUES = RELATION_KINDS;

const RELATION_KIND_DESCRIPTIONS: Record<(typeof RELATION_KIND_VALUES)[number], string> = {
  ACCUSES: "The source accuses the target (of an act, of lying, …).",
  CRITICIZES: "The source criticises the target or its actions.",
  COOPERATES_WITH: "The source works together with the target.",
  ALLIED_WITH: "The source is an ally of the target.",
  MEMBER_OF: "The source is a member of the target (a country of a bloc, …).",
  AFFILIATED_WITH: "The source holds a role in, or belongs to, the target.",
  SPEAKS_FOR: "The source is a spokesperson of the target.",
  PART_OF: "The source is a part of the target (a ministry of a government, …).",
  THREATENS: "The source threatens the target.",
};

export const RelationKindEnum = builder.enumType("RelationKind", {
  description: "Kinds of relation between two actors.",
  values: Object.fromEntries(
    RELATION_KIND_VALUES.map((kind) => [
      kind,
      { value: kind, description: RELATION_KIND_DESCRIPTIONS[kind] },
    ]),
  ) as Record<
    (typeof RELATION_KIND_VALUES)[number],
    { value: (typeof RELATION_KIND_VALUES)[number]; description: string }
  >,
});

/** The kinds that make an actor part of another: its affiliations, and the other side's members. */
export const AFFILIATION_KINDS = ["MEMBER_OF", "AFFILIATED_WITH", "SPEAKS_FOR", "PART_OF"] as const;

export const RelationDirectionEnum = builder.enumType("RelationDirection", {
  description: "Which end of a relation the actor you came from is.",
  values: {
    OUTGOING: {
      value: "OUTGOING",
      description: "The actor is the source: it accuses, criticises, is a member of …",
    },
    INCOMING: {
      value: "INCOMING",
      description: "The actor is the target: it is accused, criticised, has as member …",
    },
  } as const,
});

export const PLOVER_CATEGORIES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

export const PloverCategoryEnum = builder.enumType("PloverCategory", {
  description: "PLOVER event categories (Political Language Ontology for Verifiable Event Records).",
  values: Object.fromEntries(
    PLOVER_CATEGORIES.map((category) => [
      category,
      { value: category, description: `PLOVER category ${category.toLowerCase()}.` },
    ]),
  ) as Record<PloverCategory, { value: PloverCategory; description: string }>,
});

export const MentionKindEnum = builder.enumType("MentionKind", {
  description: "How an actor is referred to at one place in the text.",
  values: {
    NAME: { value: "name", description: "Its full name." },
    ALIAS: { value: "alias", description: "Another name or an abbreviation (ASEAN, SDF)." },
    DEMONYM: { value: "demonym", description: "An adjective of nationality (Japanese, Chinese)." },
    SHORT_NAME: { value: "short-name", description: "A shortened name (Kato, Wang)." },
    PRONOUN: { value: "pronoun", description: "A pronoun (he, she, it)." },
    POSSESSIVE: { value: "possessive", description: "A possessive form (China's, its)." },
    TITLE: { value: "title", description: "A title standing for the person (the spokesman)." },
  } as const,
});

/** Maps a stored value into an enum's values, or null when the store holds something else. */
export function knownOrNull<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): T | null {
  return value != null && (values as readonly string[]).includes(value) ? (value as T) : null;
}
