// A tiny typed client for the public GraphQL API at /graphql (graph, path, search, node, events, actors).

export const GRAPHQL_URL = "/graphql";

/** The API answered, but with errors (bad input, or the database behind it is down). */
export class ApiError extends Error {
  override name = "ApiError";
}

/** The API could not be reached at all (server down, network gone, not JSON). */
export class ApiUnreachableError extends Error {
  override name = "ApiUnreachableError";
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiUnreachableError(`Could not reach the GraphQL API at ${GRAPHQL_URL} (${String(error)}).`);
  }
  let payload: GraphQLResponse<T>;
  try {
    payload = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiUnreachableError(
      `The GraphQL API at ${GRAPHQL_URL} answered HTTP ${response.status} without JSON.`,
    );
  }
  if (payload.errors && payload.errors.length > 0) {
    throw new ApiError(payload.errors.map((error) => error.message).join(" "));
  }
  if (!payload.data) throw new ApiError(`The GraphQL API answered HTTP ${response.status} with no data.`);
  return payload.data;
}

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  caption: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The API cut the neighbourhood at `limit` nodes. */
  truncated: boolean;
}

const EMPTY: Subgraph = { nodes: [], edges: [], truncated: false };
const SUBGRAPH = "nodes { id type label caption } edges { id source target type label } truncated";
export const GRAPH_LIMIT = 200;

/** The neighbourhood of `center`; empty when the id names no actor, statement or event. */
export async function fetchGraph(center: string, depth: number): Promise<Subgraph> {
  const data = await gql<{ graph: Subgraph | null }>(
    `query ExplorerGraph($center: ID!, $depth: Int, $limit: Int) {
      graph(center: $center, depth: $depth, limit: $limit) { ${SUBGRAPH} }
    }`,
    { center, depth, limit: GRAPH_LIMIT },
  );
  return data.graph ?? EMPTY;
}

/** A shortest path; empty when there is none within the longest length the API allows. */
export async function fetchPath(from: string, to: string): Promise<Subgraph> {
  const data = await gql<{ path: Subgraph | null }>(
    `query ExplorerPath($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 6) { ${SUBGRAPH} } }`,
    { from, to },
  );
  return data.path ?? EMPTY;
}

interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Follows a Relay connection page by page (100 a page, the API's maximum), up to `max` items. */
async function allPages<T>(field: string, selection: string, max = 1000): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  do {
    const data: Record<string, Connection<T>> = await gql(
      `query ExplorerList($after: String) { ${field}(first: 100, after: $after) {
        edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = data[field];
    if (!page) break;
    items.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && items.length < max);
  return items;
}

export interface ActorOption {
  id: string;
  type: string;
  label: string;
}

/** Every actor, for the path pickers. */
export async function fetchActors(): Promise<ActorOption[]> {
  const actors = await allPages<{ __typename: string; id: string; name: string }>(
    "actors",
    "__typename id name",
  );
  return actors.map((actor) => ({ id: actor.id, type: actor.__typename, label: actor.name }));
}

export interface TimelineEvent {
  id: string;
  label: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the article gives no date. */
  date: string | null;
  status: string | null;
}

/** Every event, in date order (undated last), for the timeline and the date filter. */
export async function fetchEvents(): Promise<TimelineEvent[]> {
  const events = await allPages<{
    id: string;
    label: string;
    date: { value: string } | null;
    status: string | null;
  }>("events", "id label date { value } status");
  return events.map((event) => ({ ...event, date: event.date?.value ?? null }));
}

export interface SearchHit {
  id: string;
  type: string;
  label: string;
  snippet: string;
  score: number;
}

type SearchNode =
  | { __typename: "Person" | "Organization" | "Country"; id: string; name: string; aliases: string[] }
  | { __typename: "Statement"; id: string; text: string; verb: string; speaker: { name: string } }
  | { __typename: "Event"; id: string; label: string; date: { value: string } | null };

export async function search(query: string): Promise<SearchHit[]> {
  const data = await gql<{ search: { edges: { score: number; node: SearchNode }[] } }>(
    `query ExplorerSearch($query: String!) {
      search(query: $query, first: 12) { edges { score node {
        __typename
        ... on Actor { id name aliases }
        ... on Statement { id text verb speaker { name } }
        ... on Event { id label date { value } }
      } } }
    }`,
    { query },
  );
  return data.search.edges.map(({ score, node }) => {
    switch (node.__typename) {
      case "Statement":
        return {
          id: node.id,
          type: node.__typename,
          label: node.text,
          snippet: `${node.speaker.name} ${node.verb}`,
          score,
        };
      case "Event":
        return {
          id: node.id,
          type: node.__typename,
          label: node.label,
          snippet: node.date?.value ?? "undated",
          score,
        };
      default:
        return {
          id: node.id,
          type: node.__typename,
          label: node.name,
          snippet: node.aliases.join(", "),
          score,
        };
    }
  });
}

export interface Span {
  start: number;
  end: number;
}

export interface EvidenceItem {
  /** The whole sentence, as the article has it. */
  sentence: string;
  /** The words to highlight (quoted words, the mention, the date), as offsets into `sentence`. */
  marks: Span[];
  /** The wider evidence around them, shown more quietly. */
  context: Span[];
  /** Where the sentence comes from: article title and date. */
  source: string;
}

export interface NodeDetails {
  id: string;
  type: string;
  title: string;
  subtitle: string;
  facts: [string, string][];
  evidenceTitle: string;
  evidence: EvidenceItem[];
  /** Evidence items the API has but the panel does not list. */
  moreEvidence: number;
}

interface ApiSentence {
  id: string;
  text: string;
  start: number;
  article: { title: string; publishedAt: string | null };
}

export interface ApiEvidence {
  start: number;
  end: number;
  sentence: ApiSentence;
}

type ApiNode =
  | {
      __typename: "Person" | "Organization" | "Country";
      id: string;
      name: string;
      aliases: string[];
      title?: string | null;
      orgType?: string | null;
      isoCode?: string;
      wikidataId: string | null;
      country: { name: string } | null;
      mentions: { totalCount: number; edges: { node: ApiEvidence }[] };
    }
  | {
      __typename: "Statement";
      id: string;
      text: string;
      verb: string;
      kind: string;
      speaker: { name: string };
      about: { name: string }[];
      evidence: ApiEvidence[];
    }
  | {
      __typename: "Event";
      id: string;
      label: string;
      date: { value: string; precision: string } | null;
      dateConflict: boolean;
      status: string | null;
      plover: string | null;
      cameoLabel: string | null;
      placeName: string | null;
      place: { name: string } | null;
      participants: { role: string; actor: { name: string } }[];
      evidence: ApiEvidence[];
      dateClaims: { value: string; evidence: ApiEvidence }[];
    }
  | { __typename: string; id: string };

export const EVIDENCE = "start end sentence { id text start article { title publishedAt } }";
const MENTIONS_SHOWN = 30;

/**
 * Evidence grouped by sentence, in text order, with the offsets moved from the article body into the
 * sentence. `quote` (a statement's words) is marked where the sentence contains it; otherwise the
 * evidence itself is marked. `context` evidence (an event's clause) is shown quietly around marks.
 */
export function groupEvidence(marks: ApiEvidence[], context: ApiEvidence[] = [], quote = ""): EvidenceItem[] {
  const bySentence = new Map<string, EvidenceItem & { at: number }>();
  const add = (item: ApiEvidence, layer: "marks" | "context") => {
    const { sentence } = item;
    let group = bySentence.get(sentence.id);
    if (!group) {
      const date = sentence.article.publishedAt ? `, ${sentence.article.publishedAt}` : "";
      const source = `${sentence.article.title}${date}`;
      group = { sentence: sentence.text, marks: [], context: [], source, at: sentence.start };
      bySentence.set(sentence.id, group);
    }
    group[layer].push({ start: item.start - sentence.start, end: item.end - sentence.start });
  };
  for (const item of context) add(item, "context");
  for (const item of marks) add(item, "marks");
  const words = quote.trim();
  for (const group of bySentence.values()) {
    const at = words ? group.sentence.indexOf(words) : -1;
    if (at >= 0) {
      group.context.push(...group.marks);
      group.marks = [{ start: at, end: at + words.length }];
    }
  }
  return [...bySentence.values()].sort((a, b) => a.at - b.at).map(({ at: _at, ...item }) => item);
}

const facts = (pairs: [string, string | null | undefined][]): [string, string][] =>
  pairs.filter((pair): pair is [string, string] => typeof pair[1] === "string" && pair[1].length > 0);

const lower = (value: string | null | undefined) => value?.toLowerCase().replaceAll("_", " ");

export async function fetchNode(id: string): Promise<NodeDetails | null> {
  const data = await gql<{ node: ApiNode | null }>(
    `query ExplorerNode($id: ID!) {
      node(id: $id) {
        __typename id
        ... on Actor { name aliases wikidataId country { name }
          mentions(first: ${MENTIONS_SHOWN}) { totalCount edges { node { ${EVIDENCE} } } } }
        ... on Person { title }
        ... on Organization { orgType }
        ... on Country { isoCode }
        ... on Statement { text verb kind speaker { name } about { name } evidence { ${EVIDENCE} } }
        ... on Event { label date { value precision } dateConflict status plover cameoLabel placeName
          place { name } participants { role actor { name } } evidence { ${EVIDENCE} }
          dateClaims { value evidence { ${EVIDENCE} } } }
      }
    }`,
    { id },
  );
  const node = data.node;
  if (!node) return null;
  if ("mentions" in node) {
    const mentions = node.mentions.edges.map((edge) => edge.node);
    const evidence = groupEvidence(mentions);
    return {
      id,
      type: node.__typename,
      title: node.name,
      subtitle: node.title ?? lower(node.orgType) ?? "",
      facts: facts([
        ["Also called", node.aliases.filter((alias) => alias !== node.name).join(", ")],
        ["Country", node.country?.name],
        ["ISO code", node.isoCode],
        ["Wikidata", node.wikidataId],
        ["Id", id],
      ]),
      evidenceTitle: `Mentioned in (${node.mentions.totalCount})`,
      evidence,
      moreEvidence: Math.max(0, node.mentions.totalCount - mentions.length),
    };
  }
  if ("speaker" in node) {
    return {
      id,
      type: node.__typename,
      title: node.kind === "QUOTE" ? `“${node.text}”` : node.text,
      subtitle: `${node.speaker.name} ${node.verb}`,
      facts: facts([
        ["Said by", node.speaker.name],
        ["About", node.about.map((actor) => actor.name).join(", ")],
        ["Kind", lower(node.kind)],
        ["Id", id],
      ]),
      evidenceTitle: "Evidence",
      evidence: groupEvidence(node.evidence, [], node.text),
      moreEvidence: 0,
    };
  }
  if ("participants" in node) {
    const dates = [...new Set(node.dateClaims.map((claim) => claim.value))];
    return {
      id,
      type: node.__typename,
      title: node.label,
      subtitle: [node.date?.value ?? "undated", lower(node.status)].filter(Boolean).join(" · "),
      facts: facts([
        ["Date", node.dateConflict ? `${dates.join(" or ")} (the article disagrees)` : node.date?.value],
        ["Who", node.participants.map((p) => `${p.actor.name} (${lower(p.role)})`).join(", ")],
        ["Where", node.place?.name ?? node.placeName],
        ["Kind", [node.cameoLabel, lower(node.plover)].filter(Boolean).join(" · ")],
        ["Id", id],
      ]),
      evidenceTitle: "Evidence",
      evidence: groupEvidence(
        node.dateClaims.map((claim) => claim.evidence),
        node.evidence,
      ),
      moreEvidence: 0,
    };
  }
  return {
    id,
    type: node.__typename,
    title: id,
    subtitle: "",
    facts: [],
    evidenceTitle: "Evidence",
    evidence: [],
    moreEvidence: 0,
  };
}
