// Every GraphQL type reference, declared once with no implementation, so the per-type files can
// refer to each other without import cycles. Implementations live in ./types/*.ts.
import type { DatePrecision } from "../extract/types.ts";
import type { EventRole, SearchHit } from "../graph/loaders.ts";
import type {
  ActorRecord,
  ArticleRecord,
  DateClaimRecord,
  EventRecord,
  EvidenceRecord,
  MentionRecord,
  NodeRecord,
  ParticipantRecord,
  RelationRecord,
  SentenceRecord,
  StatementRecord,
} from "../graph/queries/records.ts";
import { builder } from "./builder.ts";

export const NodeRef = builder.interfaceRef<NodeRecord>("Node");
export const ActorRef = builder.interfaceRef<ActorRecord>("Actor");
export const PersonRef = builder.objectRef<ActorRecord>("Person");
export const OrganizationRef = builder.objectRef<ActorRecord>("Organization");
export const CountryRef = builder.objectRef<ActorRecord>("Country");
export const ArticleRef = builder.objectRef<ArticleRecord>("Article");
export const SentenceRef = builder.objectRef<SentenceRecord>("Sentence");
export const EvidenceRef = builder.objectRef<EvidenceRecord>("Evidence");
export const MentionRef = builder.objectRef<MentionRecord>("Mention");
export const StatementRef = builder.objectRef<StatementRecord>("Statement");
export const EventRef = builder.objectRef<EventRecord>("Event");
export const DateClaimRef = builder.objectRef<DateClaimRecord>("DateClaim");
export const FuzzyDateRef = builder.objectRef<{ value: string; precision: DatePrecision }>("FuzzyDate");
export const ParticipantRef = builder.objectRef<ParticipantRecord>("EventParticipant");
export const RelationRef = builder.objectRef<RelationRecord>("Relation");

export const SearchResultRef = builder.unionType("SearchResult", {
  description:
    "What full-text search can find: an actor (by name or alias), a statement (by its text) or an event (by its label).",
  types: [PersonRef, OrganizationRef, CountryRef, StatementRef, EventRef],
  resolveType: (value) => value.__typename,
});

export const ActorConnection = builder.connectionObject(
  { name: "ActorConnection", type: ActorRef, description: "A page of actors." },
  { name: "ActorEdge", description: "An actor, with its cursor." },
);
export const ArticleConnection = builder.connectionObject(
  { name: "ArticleConnection", type: ArticleRef, description: "A page of articles." },
  { name: "ArticleEdge", description: "An article, with its cursor." },
);
export const SentenceConnection = builder.connectionObject(
  { name: "SentenceConnection", type: SentenceRef, description: "A page of sentences." },
  { name: "SentenceEdge", description: "A sentence, with its cursor." },
);
export const StatementConnection = builder.connectionObject(
  { name: "StatementConnection", type: StatementRef, description: "A page of statements." },
  { name: "StatementEdge", description: "A statement, with its cursor." },
);
export const EventConnection = builder.connectionObject(
  { name: "EventConnection", type: EventRef, description: "A page of events." },
  { name: "EventEdge", description: "An event, with its cursor." },
);
export const MentionConnection = builder.connectionObject(
  { name: "MentionConnection", type: MentionRef, description: "A page of mentions." },
  { name: "MentionEdge", description: "A mention, with its cursor." },
);
export const RelationConnection = builder.connectionObject(
  { name: "RelationConnection", type: RelationRef, description: "A page of relations between actors." },
  { name: "RelationEdge", description: "A relation, with its cursor." },
);
export const ActorEventConnection = builder.connectionObject(
  {
    name: "ActorEventConnection",
    type: EventRef,
    description: "A page of the events an actor took part in.",
  },
  {
    name: "ActorEventEdge",
    description: "An event the actor took part in, with the actor's role in it.",
    fields: (t) => ({
      role: t.string({
        description: "The actor's role in this event: source, target, participant, organizer, …",
        resolve: (edge) => (edge as unknown as EventRole).role,
      }),
    }),
  },
);
export const SearchResultConnection = builder.connectionObject(
  {
    name: "SearchResultConnection",
    type: SearchResultRef,
    description: "A page of search hits, best first.",
  },
  {
    name: "SearchResultEdge",
    description: "One search hit, with its relevance score.",
    fields: (t) => ({
      score: t.float({
        description: "Lucene relevance score: higher is a better match. Only comparable within one search.",
        resolve: (edge) => (edge as unknown as SearchHit).score,
      }),
    }),
  },
);
