// Plain shapes the read queries return. Every record carries `__typename`, the GraphQL type it
// resolves to, so interfaces and unions resolve without another look-up. Closed sets use the
// extraction's union types: the writer stores only those values, so reads can trust them.
import type {
  ActorKind,
  AttributionSieve,
  DatePrecision,
  EventStatus,
  MentionKind,
  RelationKind,
  StatementKind,
} from "../../extract/types.ts";

export type ActorTypename = ActorKind;

export interface ActorRecord {
  __typename: ActorTypename;
  id: string;
  name: string;
  aliases: string[];
  isoCode: string | null;
  wikidataId: string | null;
  orgType: string | null;
  title: string | null;
  countryId: string | null;
}

export interface ArticleRecord {
  __typename: "Article";
  id: string;
  title: string;
  /** ISO date `YYYY-MM-DD` (stored as a Neo4j date). */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  readingMinutes: number | null;
  sentenceCount: number | null;
}

export interface SentenceRecord {
  __typename: "Sentence";
  id: string;
  articleId: string;
  index: number;
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

/** One EVIDENCED_BY link: the exact characters inside a sentence. */
export interface EvidenceRecord {
  sentenceId: string;
  start: number;
  end: number;
  text: string;
}

export interface StatementRecord {
  __typename: "Statement";
  id: string;
  articleId: string;
  kind: StatementKind;
  verb: string;
  text: string;
  cameo: string | null;
  start: number | null;
  end: number | null;
  /** Null on statements stored before the sieve was recorded. */
  attributionSieve: AttributionSieve | null;
  attributionConfidence: number | null;
  // The parts below are read through relationships; a list read leaves out those its query does
  // not select (see `StatementShape`). Absent means "not read", never "none".
  speakerId?: string | null;
  aboutIds?: string[];
  /**
   * The subjects themselves, in `aboutIds` order, when the list's shape asks for them; complete ones
   * are also primed into the node cache (`subjectProperties` may leave properties out).
   */
  aboutActors?: ActorRecord[];
  evidence?: EvidenceRecord[];
}

export interface DateClaimRecord {
  __typename: "DateClaim";
  id: string;
  articleId: string;
  eventId: string | null;
  value: string;
  precision: DatePrecision;
  text: string;
  start: number;
  end: number;
  sentenceId: string | null;
}

export interface ParticipantRecord {
  actorId: string;
  role: string;
}

export interface EventRecord {
  __typename: "Event";
  id: string;
  articleId: string;
  label: string;
  cameo: string | null;
  cameoLabel: string | null;
  plover: string | null;
  status: EventStatus | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateConflict: boolean;
  negated: boolean;
  type: string | null;
  placeName: string | null;
  // Read through relationships; absent when the list's query did not select them (`EventShape`).
  placeId?: string | null;
  participants?: ParticipantRecord[];
  evidence?: EvidenceRecord[];
  dateClaims?: DateClaimRecord[];
}

export type RelationDirection = "OUTGOING" | "INCOMING";

/** A relation merged over every article that states it: one per (source, kind, target). */
export interface RelationRecord {
  __typename: "Relation";
  id: string;
  kind: RelationKind;
  sourceId: string;
  targetId: string;
  /** Seen from which end: OUTGOING when reached from the source (or from no actor at all). */
  direction: RelationDirection;
  roles: string[];
  statementIds: string[];
  eventIds: string[];
  sentenceIds: string[];
  evidenceText: string[];
  articleIds: string[];
}

export interface MentionRecord {
  actorId: string;
  sentenceId: string;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
}

export type NodeRecord =
  | ActorRecord
  | ArticleRecord
  | SentenceRecord
  | StatementRecord
  | EventRecord
  | DateClaimRecord
  | RelationRecord;

/** An actor's stored properties other than `id` (see `STATEMENT_PROPERTIES`). */
export const ACTOR_PROPERTIES = [
  "name",
  "aliases",
  "isoCode",
  "wikidataId",
  "orgType",
  "title",
  "countryId",
] as const satisfies readonly (keyof ActorRecord)[];
export type ActorProperty = (typeof ACTOR_PROPERTIES)[number];

/** A statement's stored properties other than `id`, each a column a list may leave out. */
export const STATEMENT_PROPERTIES = [
  "articleId",
  "kind",
  "verb",
  "text",
  "cameo",
  "start",
  "end",
  "attributionSieve",
  "attributionConfidence",
] as const satisfies readonly (keyof StatementRecord)[];
export type StatementProperty = (typeof STATEMENT_PROPERTIES)[number];

/** An event's stored properties other than `id` (see `STATEMENT_PROPERTIES`). */
export const EVENT_PROPERTIES = [
  "articleId",
  "label",
  "cameo",
  "cameoLabel",
  "plover",
  "status",
  "date",
  "datePrecision",
  "dateConflict",
  "negated",
  "type",
  "placeName",
] as const satisfies readonly (keyof EventRecord)[];
export type EventProperty = (typeof EVENT_PROPERTIES)[number];

/**
 * Which properties and relationship-backed parts of a statement a read projects. Each part is a
 * pattern comprehension per row and each property a key of every row decoded, so a page reads only
 * what its GraphQL selection needs. A record read with fewer than all of them lacks the others
 * (undefined, whatever its type says): resolvers then read the full record (`propOf`, `partOf`).
 */
export interface StatementShape {
  /** The stored properties to read besides `id`; absent means all of them. */
  properties?: readonly StatementProperty[];
  speaker: boolean;
  /** The subjects' ids, or the subjects too (saving the round trip that would load them). */
  about: false | "ids" | "actors";
  /** With `about: "actors"`: the subjects' properties to read besides `id`; absent means all. */
  subjectProperties?: readonly ActorProperty[];
  evidence: boolean;
}

/** Which relationship-backed parts of an event a read projects (see `StatementShape`). */
export interface EventShape {
  /** The stored properties to read besides `id` (see `StatementShape`). */
  properties?: readonly EventProperty[];
  place: boolean;
  participants: boolean;
  evidence: boolean;
  dateClaims: boolean;
}

/** The shapes of the statements and events a read returns (search returns both). */
export interface RecordShape {
  statement: StatementShape;
  event: EventShape;
}

/** Every part: what `node(id:)` and the node cache hold. */
export const FULL_SHAPE: RecordShape = {
  statement: { speaker: true, about: "ids", evidence: true },
  event: { place: true, participants: true, evidence: true, dateClaims: true },
};

/** One page of a list, and how long the whole list is (null when the window said not to count). */
export interface PageResult<T> {
  total: number | null;
  items: T[];
}

/** What to cut out of a list: `offset` rows skipped, at most `limit` returned. */
export interface PageWindow {
  offset: number;
  limit: number;
  /** False when nobody needs the length of the whole list: it is then not counted. */
  count?: boolean;
}
