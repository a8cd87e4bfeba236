// The contract between text extraction (src/extract) and the graph writer (src/graph).
// Everything here is plain data: JSON-serialisable, no database types.

/** A character range in the article body (`ParsedArticle.body`), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Where a fact comes from: a sentence, and the exact characters inside the body. */
export interface Evidence extends Span {
  /** Index of the sentence in `Extraction.sentences`. */
  sentence: number;
  /** `body.slice(start, end)`, kept for readability of the JSON and for the graph. */
  text: string;
}

export interface ParsedArticle {
  /**
   * Readable id from the date and the first headline words, e.g. `2021-07-09-japan-seeks-stronger-cybersecurity`.
   * The graph may store the article under another id (src/graph/ingest.ts): see src/graph/article-identity.ts.
   */
  id: string;
  title: string;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt: string;
  source?: string;
  url?: string;
  /** Reading time as printed ("2 minutes read"), when present. */
  readingMinutes?: number;
  /** The paragraphs joined by "\n\n"; all offsets point into this string. */
  body: string;
  /** SHA-256 of the raw file, hex. */
  contentHash: string;
}

export interface Sentence extends Span {
  index: number;
  /** Paragraph number, from 0. */
  paragraph: number;
  text: string;
}

export type ActorKind = "Person" | "Organization" | "Country";

export type MentionKind = "name" | "alias" | "demonym" | "short-name" | "pronoun" | "possessive" | "title";

export interface Mention extends Evidence {
  kind: MentionKind;
}

export interface Actor {
  /** Stable, readable, global id: `country:jp`, `person:katsunobu-kato`, `org:jp:self-defense-forces`. */
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  /** Countries: ISO 3166-1 alpha-2 code, upper case. */
  isoCode?: string;
  /** Countries (and known organisations): Wikidata Q-id, when known. */
  wikidataId?: string;
  /** Organisations: government, ministry, military, intergovernmental, company, ... */
  orgType?: string;
  /** People: role title as written in the article, normalised in case ("Chief Cabinet Secretary"). */
  title?: string;
  /** The country an organisation or person belongs to. */
  countryId?: string;
  mentions: Mention[];
}

export type StatementKind = "quote" | "paraphrase";

export interface Statement {
  /** `<articleId>/statement/<n>` */
  id: string;
  kind: StatementKind;
  speakerId: string;
  /** Reporting verb as written: "suggested", "criticized", "stated", "according to". */
  verb: string;
  /** Exact text of the statement (the quoted words for a quote, the reported clause for a paraphrase). */
  text: string;
  /** Actor ids the statement is about (its targets/subjects). */
  aboutIds: string[];
  /** CAMEO event code of the speech act: 010 statement, 111 criticize, 112 accuse, ... */
  cameo: string;
  /** Actors the speech act is directed at (criticized, accused, threatened); a subset of `aboutIds`. */
  targetIds?: string[];
  /** Which attribution sieve chose the speaker, and how sure that reading is (0–1). */
  attribution?: Attribution;
  evidence: Evidence[];
}

/**
 * The attribution sieves, in the order they are tried (after Muzny et al. 2017): the speaker
 * written next to the reporting verb, an appositive frame, a passive agent, "according to", the
 * clause subject elsewhere in the sentence, a title or pronoun resolved to the current speaker, and
 * continuations (a quotation re-opened in the next paragraph, an agentless accusation continuing the
 * latest accuser's case); a collective phrase ("both governments said") gives each actor it
 * stands for.
 */
export type AttributionSieve =
  | "verb-adjacent"
  | "appositive"
  | "passive-agent"
  | "according-to"
  | "sentence-subject"
  | "title"
  | "pronoun"
  | "paragraph-continuation"
  | "accusation-continuation"
  | "collective";

export interface Attribution {
  sieve: AttributionSieve;
  confidence: number;
}

export type DatePrecision = "day" | "month" | "year";

export interface DateClaim {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` following the precision. */
  value: string;
  precision: DatePrecision;
  /** The words that gave the date ("in September", "this month", "July 23"). */
  evidence: Evidence;
}

export type EventStatus = "occurred" | "planned" | "alleged" | "reported";

export interface EventParticipant {
  actorId: string;
  /** source, target, participant, organizer, ... */
  role: string;
}

export interface Event {
  /** `<articleId>/event/<n>` */
  id: string;
  /** Short human label: "Cybersecurity strategy compiled". */
  label: string;
  /** Event type from the trigger lexicon (seed/knowledge/events.json): "policy-adoption", "military-exercise", ... */
  type?: string;
  cameo: string;
  cameoLabel: string;
  /** PLOVER event category: AGREE, CONSULT, SUPPORT, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, ... */
  plover: string;
  status: EventStatus;
  /**
   * The article says the event was called off or did not take place ("cancelled a planned visit",
   * "did not attend the summit"). Status is then "reported" and the CAMEO code is the act of
   * cancelling (160/164) or refusing (125), not the event itself.
   */
  negated?: boolean;
  /** The words that negate it, as written ("called off", "postponed", "did not attend"). */
  negationCue?: string;
  /** Every date the article gives for this event; more than one when the article contradicts itself. */
  dates: DateClaim[];
  /** Actor id of the place (usually a Country), when known. */
  placeId?: string;
  /** Place as written, when it is not an actor ("Indo-Pacific region", "Tokyo"). */
  placeName?: string;
  participants: EventParticipant[];
  evidence: Evidence[];
}

/** Every relation kind between actors; the graph writer and the GraphQL enum both read this list. */
export const RELATION_KINDS = [
  "ACCUSES",
  "CRITICIZES",
  "COOPERATES_WITH",
  "ALLIED_WITH",
  "MEMBER_OF",
  "AFFILIATED_WITH",
  "SPEAKS_FOR",
  "PART_OF",
  "THREATENS",
] as const;

export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Relation {
  /** `<articleId>/relation/<n>` */
  id: string;
  kind: RelationKind;
  sourceId: string;
  targetId: string;
  /** For AFFILIATED_WITH / SPEAKS_FOR: the role ("Chief Cabinet Secretary"). */
  role?: string;
  statementIds: string[];
  eventIds: string[];
  evidence: Evidence[];
}

export interface Extraction {
  article: ParsedArticle;
  sentences: Sentence[];
  actors: Actor[];
  statements: Statement[];
  events: Event[];
  relations: Relation[];
}
