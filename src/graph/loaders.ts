// Per-request data access for the GraphQL API. Every relationship field goes through a DataLoader
// keyed by the parent id, so one level of a query costs one round trip however many parents it
// has (`UNWIND $ids` in ./queries). Loaders cache for the request only: make one per request.
import DataLoader from "dataloader";
import type { RelationKind } from "../extract/types.ts";
import type { CypherExecutor, CypherQuery } from "./executor.ts";
import * as actorQueries from "./queries/actors.ts";
import * as articleQueries from "./queries/articles.ts";
import { type EventFilter, listEvents } from "./queries/events.ts";
import { neighbourhood, type RawGraph, shortestPath } from "./queries/graph.ts";
import { nodesByIds } from "./queries/nodes.ts";
import type { NestedList } from "./queries/paging.ts";
import {
  ACTOR_PROPERTIES,
  type ActorRecord,
  type ArticleRecord,
  EVENT_PROPERTIES,
  type EventRecord,
  type EventShape,
  FULL_SHAPE,
  type MentionRecord,
  type NodeRecord,
  type PageResult,
  type PageWindow,
  type RecordShape,
  type RelationRecord,
  type SentenceRecord,
  STATEMENT_PROPERTIES,
  type StatementRecord,
  type StatementShape,
} from "./queries/records.ts";
import {
  listRelations,
  parseRelationId,
  type RelationFilter,
  type RelationKey,
  relationsByKeys,
  relationsOf,
} from "./queries/relations.ts";
import { searchText } from "./queries/search.ts";
import { listStatements, type StatementFilter } from "./queries/statements.ts";

export interface EventRole {
  role: string;
  node: EventRecord;
}

export interface SearchHit {
  score: number;
  node: ActorRecord | StatementRecord | EventRecord;
}

export interface SentenceContents {
  mentions: MentionRecord[];
  statementIds: string[];
  eventIds: string[];
  dateClaimIds: string[];
  relationIds: string[];
}

const EMPTY_CONTENTS: SentenceContents = {
  mentions: [],
  statementIds: [],
  eventIds: [],
  dateClaimIds: [],
  relationIds: [],
};

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** Puts what Cypher returns in no particular order (pattern comprehensions) into a stable one. */
export function normalizeRecord<T>(value: T): T {
  const record = value as unknown as NodeRecord;
  switch (record?.__typename) {
    case "Statement":
      if (record.aboutActors) {
        const byId = new Map(record.aboutActors.map((actor) => [actor.id, actor]));
        record.aboutActors = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        record.aboutIds = [...byId.keys()];
      }
      if (record.aboutIds) record.aboutIds = unique(record.aboutIds).sort();
      if (record.evidence) record.evidence = [...record.evidence].sort(byStart);
      break;
    case "Event":
      if (record.participants) {
        record.participants = [...record.participants].sort(
          (a, b) => a.actorId.localeCompare(b.actorId) || a.role.localeCompare(b.role),
        );
      }
      if (record.evidence) record.evidence = [...record.evidence].sort(byStart);
      if (record.dateClaims) {
        record.dateClaims = [...record.dateClaims].sort((a, b) =>
          a.id.localeCompare(b.id, "en", { numeric: true }),
        );
      }
      break;
    case "Relation":
      record.roles = unique(record.roles);
      record.statementIds = unique(record.statementIds);
      record.eventIds = unique(record.eventIds);
      record.sentenceIds = unique(record.sentenceIds);
      record.articleIds = unique(record.articleIds);
      break;
    default:
      break;
  }
  return value;
}

/**
 * Whether a record holds every part: only such records go into the node cache, which must answer
 * `node(id:)` and the fallback for a part a list left out.
 */
function isComplete(record: NodeRecord): boolean {
  if (record.__typename === "Statement") {
    return (
      STATEMENT_PROPERTIES.every((key) => record[key] !== undefined) &&
      record.speakerId !== undefined &&
      record.aboutIds !== undefined &&
      record.evidence !== undefined
    );
  }
  if (
    record.__typename === "Person" ||
    record.__typename === "Organization" ||
    record.__typename === "Country"
  ) {
    return ACTOR_PROPERTIES.every((key) => record[key] !== undefined);
  }
  if (record.__typename === "Event") {
    return (
      EVENT_PROPERTIES.every((key) => record[key] !== undefined) &&
      record.placeId !== undefined &&
      record.participants !== undefined &&
      record.evidence !== undefined &&
      record.dateClaims !== undefined
    );
  }
  return true;
}

const EMPTY_PAGE: PageResult<never> = { total: 0, items: [] };

/** Lists of actors to read in the same query as the actors themselves (see `GraphLoaders.actors`). */
export interface ActorPrefetch {
  /** `statements(kind:, first:, after:)` on each actor. */
  statementsBy?: { kind: string | null; window: PageWindow; shape: StatementShape }[];
  /** `events(first:, after:)` on each actor. */
  eventsOf?: { window: PageWindow; shape: EventShape }[];
}

/** A prefetched list and the loader its pages are primed into. */
interface Prefetched {
  list: NestedList;
  loader: DataLoader<string, PageResult<unknown>>;
}

interface NestedRow {
  id: string;
  total: number | null;
  items: unknown[];
}

export class GraphLoaders {
  /** Any node by id (actors, statements, events, articles, sentences, date claims, relations). */
  readonly nodes: DataLoader<string, NodeRecord | null>;
  readonly sentenceContents: DataLoader<string, SentenceContents>;
  private readonly pages = new Map<string, DataLoader<string, PageResult<unknown>>>();

  constructor(private readonly executor: CypherExecutor) {
    this.nodes = new DataLoader((ids) => this.loadNodes(ids), { maxBatchSize: 1000 });
    this.sentenceContents = new DataLoader(
      async (ids) => {
        const rows = await this.read<SentenceContents & { id: string }>(articleQueries.sentenceContents(ids));
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => {
          const row = byId.get(id);
          if (!row) return EMPTY_CONTENTS;
          return {
            mentions: [...row.mentions].sort(byStart),
            statementIds: unique(row.statementIds).sort(),
            eventIds: unique(row.eventIds).sort(),
            dateClaimIds: unique(row.dateClaimIds).sort(),
            relationIds: unique(row.relationIds).sort(),
          };
        });
      },
      { maxBatchSize: 1000 },
    );
  }

  private read<T>(query: CypherQuery): Promise<T[]> {
    return this.executor.read(query) as Promise<T[]>;
  }

  private async loadNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    const relationKeys: RelationKey[] = [];
    const plainIds: string[] = [];
    for (const id of ids) {
      const key = parseRelationId(id);
      if (key) relationKeys.push(key);
      else plainIds.push(id);
    }
    const [plainRows, relationRows] = await Promise.all([
      plainIds.length ? this.read<{ id: string; node: NodeRecord }>(nodesByIds(plainIds)) : [],
      relationKeys.length
        ? this.read<{ id: string; relation: RelationRecord }>(relationsByKeys(relationKeys))
        : [],
    ]);
    const found = new Map<string, NodeRecord>();
    for (const row of plainRows) if (!found.has(row.id)) found.set(row.id, normalizeRecord(row.node));
    for (const row of relationRows) found.set(row.id, normalizeRecord(row.relation));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Loads many nodes by id and keeps only those that exist, in the order asked. */
  async nodesIn<T extends NodeRecord>(ids: readonly string[]): Promise<T[]> {
    const nodes = await this.nodes.loadMany(ids);
    return nodes.filter((node): node is T => {
      if (node instanceof Error) throw node;
      return node != null;
    });
  }

  /** Records that later fields may ask for by id are cached for the rest of the request. */
  private prime(value: unknown): void {
    if (!value || typeof value !== "object") return;
    const record = value as Partial<NodeRecord> & { node?: unknown };
    if (
      typeof record.__typename === "string" &&
      record.__typename !== "Relation" &&
      typeof record.id === "string"
    ) {
      if (record.__typename === "Statement") {
        const statement = record as StatementRecord;
        for (const actor of statement.aboutActors ?? []) this.prime(actor);
      }
      if (isComplete(record as NodeRecord)) this.nodes.prime(record.id, record as NodeRecord);
      if (record.__typename === "Event")
        for (const claim of (record as EventRecord).dateClaims ?? []) this.prime(claim);
    } else if (record.node) {
      this.prime(record.node);
    }
  }

  /** Normalises a page's items and primes the node cache with them. */
  private toPage<T>(row: { total: number | null; items: unknown[] }): PageResult<T> {
    const items = row.items.map((item) => {
      normalizeRecord(item);
      normalizeRecord((item as { node?: unknown }).node);
      this.prime(item);
      return item;
    });
    return { total: row.total, items: items as T[] };
  }

  /** A batched page loader: one per list and arguments, keyed by parent id. */
  private paged<T>(
    name: string,
    args: unknown,
    build: (ids: readonly string[]) => CypherQuery,
  ): DataLoader<string, PageResult<T>> {
    const key = `${name}:${JSON.stringify(args)}`;
    let loader = this.pages.get(key);
    if (!loader) {
      loader = new DataLoader<string, PageResult<unknown>>(
        async (ids) => {
          const rows = await this.read<{ id: string; total: number | null; items: unknown[] }>(build(ids));
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => {
            const row = byId.get(id);
            return row ? this.toPage(row) : EMPTY_PAGE;
          });
        },
        { maxBatchSize: 1000 },
      );
      this.pages.set(key, loader);
    }
    return loader as DataLoader<string, PageResult<T>>;
  }

  private async rootPage<T>(query: CypherQuery): Promise<PageResult<T>> {
    const [row] = await this.read<{ total: number | null; items: T[] }>(query);
    return row ? this.toPage(row) : EMPTY_PAGE;
  }

  // Lists hanging off one parent (batched). The loader of a list is keyed by its arguments and by
  // the shape of its items, so two selections of the same list never share a page.

  private statementsByLoader(kind: string | null, window: PageWindow, shape: StatementShape) {
    return this.paged<StatementRecord>("statementsBy", [kind, window, shape], (ids) =>
      actorQueries.statementsBy(ids, kind, window, shape),
    );
  }

  statementsBy(actorId: string, kind: string | null, window: PageWindow, shape = FULL_SHAPE.statement) {
    return this.statementsByLoader(kind, window, shape).load(actorId);
  }

  statementsAbout(actorId: string, window: PageWindow, shape = FULL_SHAPE.statement) {
    return this.paged<StatementRecord>("statementsAbout", [window, shape], (ids) =>
      actorQueries.statementsAbout(ids, window, shape),
    ).load(actorId);
  }

  private eventsOfLoader(window: PageWindow, shape: EventShape) {
    return this.paged<EventRole>("eventsOf", [window, shape], (ids) =>
      actorQueries.eventsOf(ids, window, shape),
    );
  }

  eventsOf(actorId: string, window: PageWindow, shape = FULL_SHAPE.event) {
    return this.eventsOfLoader(window, shape).load(actorId);
  }

  mentionsOf(actorId: string, window: PageWindow) {
    return this.paged<MentionRecord>("mentionsOf", window, (ids) =>
      actorQueries.mentionsOf(ids, window),
    ).load(actorId);
  }

  articlesMentioning(actorId: string, window: PageWindow) {
    return this.paged<ArticleRecord>("articlesMentioning", window, (ids) =>
      actorQueries.articlesMentioning(ids, window),
    ).load(actorId);
  }

  actorsOfCountry(countryId: string, window: PageWindow) {
    return this.paged<ActorRecord>("actorsOfCountry", window, (ids) =>
      actorQueries.actorsOfCountry(ids, window),
    ).load(countryId);
  }

  relationsOf(actorId: string, filter: RelationFilter, window: PageWindow) {
    const args = { kinds: filter.kinds ?? null, direction: filter.direction ?? null };
    return this.paged<RelationRecord>("relationsOf", [args, window], (ids) =>
      relationsOf(ids, args, window),
    ).load(actorId);
  }

  sentencesOf(articleId: string, window: PageWindow) {
    return this.paged<SentenceRecord>("sentencesOf", window, (ids) =>
      articleQueries.sentencesOf(ids, window),
    ).load(articleId);
  }

  statementsIn(articleId: string, window: PageWindow, shape = FULL_SHAPE.statement) {
    return this.paged<StatementRecord>("statementsIn", [window, shape], (ids) =>
      articleQueries.statementsIn(ids, window, shape),
    ).load(articleId);
  }

  eventsIn(articleId: string, window: PageWindow, shape = FULL_SHAPE.event) {
    return this.paged<EventRecord>("eventsIn", [window, shape], (ids) =>
      articleQueries.eventsIn(ids, window, shape),
    ).load(articleId);
  }

  actorsIn(articleId: string, window: PageWindow) {
    return this.paged<ActorRecord>("actorsIn", window, (ids) => articleQueries.actorsIn(ids, window)).load(
      articleId,
    );
  }

  // Root reads (one query each).

  /** The nested lists `prefetch` names, each with the loader its pages go into. */
  private prefetched(prefetch: ActorPrefetch): Prefetched[] {
    const found: Prefetched[] = [];
    for (const { kind, window, shape } of prefetch.statementsBy ?? []) {
      found.push({
        list: actorQueries.statementsByNested(kind, window, `n${found.length}_`, shape),
        loader: this.statementsByLoader(kind, window, shape),
      });
    }
    for (const { window, shape } of prefetch.eventsOf ?? []) {
      found.push({
        list: actorQueries.eventsOfNested(window, `n${found.length}_`, shape),
        loader: this.eventsOfLoader(window, shape),
      });
    }
    return found;
  }

  /** Primes each prefetched list's loader from the query's `nested<i>` column. */
  private primeNested(lists: readonly Prefetched[], row: Record<string, unknown>): void {
    lists.forEach(({ loader }, i) => {
      for (const nestedRow of (row[`nested${i}`] as NestedRow[] | undefined) ?? []) {
        loader.prime(nestedRow.id, this.toPage(nestedRow));
      }
    });
  }

  /**
   * A page of actors. `prefetch` names nested lists the query will ask for on every actor of the
   * page: they are read in the same query and primed into their loaders, so the nested level
   * costs no further round trip. A prefetch that is not used later costs only database work.
   */
  async actors(
    filter: actorQueries.ActorFilter,
    window: PageWindow,
    prefetch: ActorPrefetch = {},
  ): Promise<PageResult<ActorRecord>> {
    const lists = this.prefetched(prefetch);
    const query = actorQueries.listActors(
      filter,
      window,
      lists.map(({ list }) => list),
    );
    if (lists.length === 0) return this.rootPage<ActorRecord>(query);
    const [row] = await this.read<{ total: number | null; items: ActorRecord[] } & Record<string, unknown>>(
      query,
    );
    if (!row) return EMPTY_PAGE;
    const page = this.toPage<ActorRecord>(row);
    this.primeNested(lists, row);
    return page;
  }

  /** One actor read with the lists `prefetch` names (see `actors`); null when the query found none. */
  private async actorWith(
    build: (nested: NestedList[]) => CypherQuery,
    lists: readonly Prefetched[],
  ): Promise<ActorRecord | null> {
    const [row] = await this.read<{ items: ActorRecord[] } & Record<string, unknown>>(
      build(lists.map(({ list }) => list)),
    );
    const actor = row?.items[0];
    if (!row || !actor) return null;
    this.prime(actor);
    this.primeNested(lists, row);
    return actor;
  }

  async countries(): Promise<ActorRecord[]> {
    const rows = await this.read<{ actor: ActorRecord }>(actorQueries.listCountries());
    return rows.map((row) => {
      this.prime(row.actor);
      return row.actor;
    });
  }

  async countryByCode(code: string, prefetch: ActorPrefetch = {}): Promise<ActorRecord | null> {
    const lists = this.prefetched(prefetch);
    if (lists.length > 0)
      return this.actorWith((nested) => actorQueries.countryByCodeWith(code, nested), lists);
    const [row] = await this.read<{ actor: ActorRecord }>(actorQueries.countryByCode(code));
    if (row) this.prime(row.actor);
    return row?.actor ?? null;
  }

  /**
   * Any node by id; when it is an actor, with the lists `prefetch` names read in the same query.
   * An id that names no actor costs a second read, through the node cache.
   */
  async nodeWith(id: string, prefetch: ActorPrefetch): Promise<NodeRecord | null> {
    const lists = this.prefetched(prefetch);
    if (lists.length === 0) return this.nodes.load(id);
    const actor = await this.actorWith((nested) => actorQueries.actorByIdWith(id, nested), lists);
    return actor ?? this.nodes.load(id);
  }

  articles(window: PageWindow) {
    return this.rootPage<ArticleRecord>(articleQueries.listArticles(window));
  }

  statements(filter: StatementFilter, window: PageWindow, shape = FULL_SHAPE.statement) {
    return this.rootPage<StatementRecord>(listStatements(filter, window, shape));
  }

  events(filter: EventFilter, window: PageWindow, shape = FULL_SHAPE.event) {
    return this.rootPage<EventRecord>(listEvents(filter, window, shape));
  }

  relations(kinds: readonly RelationKind[] | null, window: PageWindow) {
    return this.rootPage<RelationRecord>(listRelations(kinds, window));
  }

  search(text: string, window: PageWindow, shape: RecordShape = FULL_SHAPE) {
    return this.rootPage<SearchHit>(searchText(text, window, shape));
  }

  async neighbourhood(center: string, depth: number, limit: number): Promise<RawGraph | null> {
    const [row] = await this.read<RawGraph>(neighbourhood(center, depth, limit));
    return row ?? null;
  }

  async path(from: string, to: string, maxLength: number): Promise<RawGraph | null> {
    const [row] = await this.read<RawGraph>(shortestPath(from, to, maxLength));
    return row ?? null;
  }
}
