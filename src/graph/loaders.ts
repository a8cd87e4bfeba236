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
import type {
  ActorRecord,
  ArticleRecord,
  EventRecord,
  MentionRecord,
  NodeRecord,
  PageResult,
  PageWindow,
  RelationRecord,
  SentenceRecord,
  StatementRecord,
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
      record.aboutIds = unique(record.aboutIds).sort();
      record.evidence = [...record.evidence].sort(byStart);
      break;
    case "Event":
      record.participants = [...record.participants].sort(
        (a, b) => a.actorId.localeCompare(b.actorId) || a.role.localeCompare(b.role),
      );
      record.evidence = [...record.evidence].sort(byStart);
      record.dateClaims = [...record.dateClaims].sort((a, b) =>
        a.id.localeCompare(b.id, "en", { numeric: true }),
      );
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

const EMPTY_PAGE: PageResult<never> = { total: 0, items: [] };

/** Nested lists to read together with a page of actors (see `GraphLoaders.actors`). */
export interface ActorPrefetch {
  /** `statements(kind:, first:, after:)` on each actor. */
  statementsBy?: { kind: string | null; window: PageWindow }[];
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
      this.nodes.prime(record.id, record as NodeRecord);
      if (record.__typename === "Event")
        for (const claim of (record as EventRecord).dateClaims) this.prime(claim);
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

  // Lists hanging off one parent (batched).

  private statementsByLoader(kind: string | null, window: PageWindow) {
    return this.paged<StatementRecord>("statementsBy", [kind, window], (ids) =>
      actorQueries.statementsBy(ids, kind, window),
    );
  }

  statementsBy(actorId: string, kind: string | null, window: PageWindow) {
    return this.statementsByLoader(kind, window).load(actorId);
  }

  statementsAbout(actorId: string, window: PageWindow) {
    return this.paged<StatementRecord>("statementsAbout", window, (ids) =>
      actorQueries.statementsAbout(ids, window),
    ).load(actorId);
  }

  eventsOf(actorId: string, window: PageWindow) {
    return this.paged<EventRole>("eventsOf", window, (ids) => actorQueries.eventsOf(ids, window)).load(
      actorId,
    );
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

  statementsIn(articleId: string, window: PageWindow) {
    return this.paged<StatementRecord>("statementsIn", window, (ids) =>
      articleQueries.statementsIn(ids, window),
    ).load(articleId);
  }

  eventsIn(articleId: string, window: PageWindow) {
    return this.paged<EventRecord>("eventsIn", window, (ids) => articleQueries.eventsIn(ids, window)).load(
      articleId,
    );
  }

  actorsIn(articleId: string, window: PageWindow) {
    return this.paged<ActorRecord>("actorsIn", window, (ids) => articleQueries.actorsIn(ids, window)).load(
      articleId,
    );
  }

  // Root reads (one query each).

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
    const statementsBy = prefetch.statementsBy ?? [];
    const nested = statementsBy.map(({ kind, window }, i) =>
      actorQueries.statementsByNested(kind, window, `n${i}_`),
    );
    const query = actorQueries.listActors(filter, window, nested);
    if (nested.length === 0) return this.rootPage<ActorRecord>(query);
    const [row] = await this.read<
      { total: number | null; items: ActorRecord[] } & Record<string, NestedRow[]>
    >(query);
    if (!row) return EMPTY_PAGE;
    const page = this.toPage<ActorRecord>(row);
    statementsBy.forEach(({ kind, window }, i) => {
      const loader = this.statementsByLoader(kind, window);
      for (const nestedRow of row[`nested${i}`] ?? []) loader.prime(nestedRow.id, this.toPage(nestedRow));
    });
    return page;
  }

  async countries(): Promise<ActorRecord[]> {
    const rows = await this.read<{ actor: ActorRecord }>(actorQueries.listCountries());
    return rows.map((row) => {
      this.prime(row.actor);
      return row.actor;
    });
  }

  async countryByCode(code: string): Promise<ActorRecord | null> {
    const [row] = await this.read<{ actor: ActorRecord }>(actorQueries.countryByCode(code));
    if (row) this.prime(row.actor);
    return row?.actor ?? null;
  }

  articles(window: PageWindow) {
    return this.rootPage<ArticleRecord>(articleQueries.listArticles(window));
  }

  statements(filter: StatementFilter, window: PageWindow) {
    return this.rootPage<StatementRecord>(listStatements(filter, window));
  }

  events(filter: EventFilter, window: PageWindow) {
    return this.rootPage<EventRecord>(listEvents(filter, window));
  }

  relations(kinds: readonly RelationKind[] | null, window: PageWindow) {
    return this.rootPage<RelationRecord>(listRelations(kinds, window));
  }

  search(text: string, window: PageWindow) {
    return this.rootPage<SearchHit>(searchText(text, window));
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
