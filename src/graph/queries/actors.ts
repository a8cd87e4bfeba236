// Reads about actors: the root lists, countries, and everything hanging off one actor.
import type { ActorKind } from "../../extract/types.ts";
import { ACTOR_LABELS } from "../cypher/article-writes.ts";
import type { CypherQuery } from "../executor.ts";
import {
  batchedPage,
  type ListSpec,
  type NestedList,
  nodeWithNested,
  type ParamName,
  plainParam,
  prefixedParam,
  rootPage,
} from "./paging.ts";
import { actorProjection, articleProjection, eventProjection, statementProjection } from "./projections.ts";
import { type EventShape, FULL_SHAPE, type PageWindow, type StatementShape } from "./records.ts";

export interface ActorFilter {
  kind?: ActorKind | null;
  /** Lower-cased substring of the name or an alias. */
  search?: string | null;
  /** ISO 3166-1 alpha-2 code, upper case: actors that belong to that country. */
  country?: string | null;
}

function actorLabel(kind: ActorKind): string {
  if (!ACTOR_LABELS.includes(kind)) throw new Error(`Unknown actor kind "${kind}"`);
  return kind;
}

/** `nested`: lists fetched for every actor of the page in the same query (see `rootPage`). */
export function listActors(
  filter: ActorFilter,
  window: PageWindow,
  nested: readonly NestedList[] = [],
): CypherQuery {
  // Every actor has a name; saying so lets the `actor_name` index hand rows over in name order,
  // so a page reads its own rows instead of sorting every actor.
  const where: string[] = ["a.name IS NOT NULL"];
  const params: Record<string, unknown> = {};
  if (filter.search) {
    where.push("(toLower(a.name) CONTAINS $search OR toLower(coalesce(a.aliasText, '')) CONTAINS $search)");
    params.search = filter.search.toLowerCase();
  }
  if (filter.country) {
    where.push("a.countryId IN COLLECT { MATCH (c:Country) WHERE c.isoCode = $country RETURN c.id }");
    params.country = filter.country;
  }
  const label = filter.kind ? actorLabel(filter.kind) : "Actor";
  return rootPage(
    {
      match: `MATCH (a:${label}) WHERE ${where.join(" AND ")}`,
      count: "a",
      carry: "a",
      orderBy: "a.name, a.id",
      item: actorProjection("a"),
    },
    window,
    params,
    nested,
  );
}

/** Every country, by name. The set is bounded by ISO 3166, so it is a plain list. */
export function listCountries(): CypherQuery {
  return {
    text: `MATCH (c:Country)
WITH c ORDER BY c.name, c.id
RETURN ${actorProjection("c")} AS actor`,
    params: {},
  };
}

const COUNTRY_BY_CODE = "MATCH (n:Country) WHERE n.isoCode = $code\n  WITH n ORDER BY n.id LIMIT 1";

export function countryByCode(code: string): CypherQuery {
  return {
    text: `MATCH (c:Country) WHERE c.isoCode = $code
WITH c ORDER BY c.id LIMIT 1
RETURN ${actorProjection("c")} AS actor`,
    params: { code },
  };
}

/** `countryByCode` with lists of the country read in the same query: one row `{items, nested<i>…}`. */
export function countryByCodeWith(code: string, nested: readonly NestedList[]): CypherQuery {
  return nodeWithNested(COUNTRY_BY_CODE, actorProjection("n"), { code }, nested);
}

/** One actor by id with lists of it read in the same query; `items` is empty when no actor has it. */
export function actorByIdWith(id: string, nested: readonly NestedList[]): CypherQuery {
  return nodeWithNested("MATCH (n:Actor {id: $id})", actorProjection("n"), { id }, nested);
}

const ACTOR_PARENT = "MATCH (p:Actor {id: id})";

const statementsBySpec = (kind: string | null, param: ParamName, shape: StatementShape): ListSpec => ({
  match: `MATCH (p)-[:SAID]->(s:Statement)${kind ? ` WHERE s.kind = ${param("kind")}` : ""}`,
  count: "s",
  // SAID always ends at a statement, so without a kind filter the count is the degree.
  ...(kind ? {} : { degree: "COUNT { (p)-[:SAID]->() }" }),
  carry: "s",
  orderBy: "s.articleId, coalesce(s.start, 0), s.id",
  item: statementProjection("s", shape),
});

/** Statements the actors said, in article order. */
export function statementsBy(
  ids: readonly string[],
  kind: string | null,
  window: PageWindow,
  shape: StatementShape = FULL_SHAPE.statement,
): CypherQuery {
  return batchedPage(
    ACTOR_PARENT,
    statementsBySpec(kind, plainParam, shape),
    ids,
    window,
    kind ? { kind } : {},
  );
}

/** `statementsBy` nested in a list of actors: the same rows, in the same query as the actors. */
export function statementsByNested(
  kind: string | null,
  window: PageWindow,
  prefix: string,
  shape: StatementShape = FULL_SHAPE.statement,
): NestedList {
  return {
    spec: statementsBySpec(kind, prefixedParam(prefix), shape),
    window,
    params: kind ? { [`${prefix}kind`]: kind } : {},
    prefix,
  };
}

/** Statements about the actors (they are a subject of it). */
export function statementsAbout(
  ids: readonly string[],
  window: PageWindow,
  shape: StatementShape = FULL_SHAPE.statement,
): CypherQuery {
  return batchedPage(
    ACTOR_PARENT,
    {
      match: "MATCH (s:Statement)-[:ABOUT]->(p)",
      count: "s",
      degree: "COUNT { (p)<-[:ABOUT]-() }",
      carry: "s",
      orderBy: "s.articleId, coalesce(s.start, 0), s.id",
      item: statementProjection("s", shape),
    },
    ids,
    window,
  );
}

const eventsOfSpec = (shape: EventShape): ListSpec => ({
  match: "MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)",
  count: "r",
  degree: "COUNT { (p)-[:PARTICIPATED_IN]->() }",
  carry: "r, e",
  orderBy: "e.date, e.articleId, e.id, r.role",
  item: `{role: r.role, node: ${eventProjection("e", shape)}}`,
});

/** Events the actors took part in, with their role, by date. */
export function eventsOf(
  ids: readonly string[],
  window: PageWindow,
  shape: EventShape = FULL_SHAPE.event,
): CypherQuery {
  return batchedPage(ACTOR_PARENT, eventsOfSpec(shape), ids, window);
}

/** `eventsOf` nested in a list of actors. */
export function eventsOfNested(
  window: PageWindow,
  prefix: string,
  shape: EventShape = FULL_SHAPE.event,
): NestedList {
  return { spec: eventsOfSpec(shape), window, params: {}, prefix };
}

/** Where each actor is mentioned: the span, the kind of mention and the sentence. */
export function mentionsOf(ids: readonly string[], window: PageWindow): CypherQuery {
  return batchedPage(
    ACTOR_PARENT,
    {
      match: "MATCH (p)-[m:MENTIONED_IN]->(s:Sentence)",
      count: "m",
      degree: "COUNT { (p)-[:MENTIONED_IN]->() }",
      carry: "p, m, s",
      orderBy: "s.articleId, s.index, m.start",
      item: "{actorId: p.id, sentenceId: s.id, start: m.start, end: m.end, text: m.text, kind: m.kind}",
    },
    ids,
    window,
  );
}

/** Articles that mention each actor, newest first. */
export function articlesMentioning(ids: readonly string[], window: PageWindow): CypherQuery {
  return batchedPage(
    ACTOR_PARENT,
    {
      match: "MATCH (p)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(art:Article)",
      count: "DISTINCT art",
      carry: "DISTINCT art",
      orderBy: "art.publishedAt DESC, art.id",
      item: articleProjection("art"),
    },
    ids,
    window,
  );
}

/** People and organisations whose `countryId` is each country. */
export function actorsOfCountry(ids: readonly string[], window: PageWindow): CypherQuery {
  return batchedPage(
    "MATCH (p:Country {id: id})",
    {
      match: "MATCH (x:Actor) WHERE x.countryId = p.id",
      count: "x",
      carry: "x",
      orderBy: "x.name, x.id",
      item: actorProjection("x"),
    },
    ids,
    window,
  );
}
