// Queries of the network view: the aggregated actor network, the events-per-month histogram and
// the statements and events behind one edge, a page at a time. Public GraphQL API only.
import { type ApiEvidence, EVIDENCE, type EvidenceItem, gql, groupEvidence } from "./api.ts";

export const NETWORK_LIMIT = 150;
export const EXPANSION_LIMIT = 40;
/** Edges drawn of the whole network (the heaviest): twice the nodes keeps it readable and fast. */
export const NETWORK_EDGES = 300;
export const EVIDENCE_PAGE = 8;

export interface NetworkNode {
  id: string;
  type: string;
  label: string;
  caption: string;
  weight: number;
  degree: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  weight: number;
  articleCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  omittedNodes: number;
  omittedEdges: number;
}

export interface NetworkQuery {
  center?: string;
  from?: string;
  to?: string;
  kinds?: string[];
  limit: number;
}

const EMPTY: Network = { nodes: [], edges: [], truncated: false, omittedNodes: 0, omittedEdges: 0 };

export async function fetchNetwork(query: NetworkQuery): Promise<Network> {
  const data = await gql<{ network: Network | null }>(
    `query ExplorerNetwork($center: ID, $from: String, $to: String, $kinds: [RelationKind!], $limit: Int) {
      network(center: $center, from: $from, to: $to, kinds: $kinds, limit: $limit) {
        truncated omittedNodes omittedEdges
        nodes { id type label caption weight degree }
        edges { id source target type label weight articleCount firstDate lastDate }
      }
    }`,
    {
      center: query.center || null,
      from: query.from || null,
      to: query.to || null,
      kinds: query.kinds && query.kinds.length > 0 ? query.kinds : null,
      limit: query.limit,
    },
  );
  return data.network ?? EMPTY;
}

export interface MonthCount {
  month: string;
  count: number;
}

export async function fetchHistogram(): Promise<MonthCount[]> {
  const data = await gql<{ eventHistogram: MonthCount[] }>(
    "query ExplorerHistogram { eventHistogram { month count } }",
  );
  return data.eventHistogram;
}

/** One statement or event behind an edge, with its evidence sentences. */
export interface SupportItem {
  id: string;
  kind: "Statement" | "Event";
  title: string;
  meta: string;
  evidence: EvidenceItem[];
}

export interface SupportPage {
  items: SupportItem[];
  total: number;
  cursor: string | null;
  hasMore: boolean;
}

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

interface ApiStatement {
  id: string;
  text: string;
  kind: string;
  verb: string;
  speaker: { name: string };
  evidence: ApiEvidence[];
}

interface ApiEvent {
  id: string;
  label: string;
  status: string | null;
  date: { value: string } | null;
  evidence: ApiEvidence[];
}

/** A page of the statements (or events) behind a relation edge (its id is the Relation id). */
export async function fetchSupport(
  relationId: string,
  kind: "statements" | "events",
  after: string | null,
): Promise<SupportPage> {
  const selection =
    kind === "statements"
      ? `id text kind verb speaker { name } evidence { ${EVIDENCE} }`
      : `id label status date { value } evidence { ${EVIDENCE} }`;
  const data = await gql<{ node: Record<string, Page<ApiStatement & ApiEvent>> | null }>(
    `query ExplorerSupport($id: ID!, $after: String) {
      node(id: $id) { ... on Relation { ${kind}(first: ${EVIDENCE_PAGE}, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } } }
    }`,
    { id: relationId, after },
  );
  const page = data.node?.[kind];
  if (!page) return { items: [], total: 0, cursor: null, hasMore: false };
  const items = page.edges.map(
    ({ node }): SupportItem =>
      kind === "statements"
        ? {
            id: node.id,
            kind: "Statement",
            title: node.kind === "quote" ? `“${node.text}”` : node.text,
            meta: `${node.speaker.name} ${node.verb}`,
            evidence: groupEvidence(node.evidence, [], node.kind === "quote" ? node.text : ""),
          }
        : {
            id: node.id,
            kind: "Event",
            title: node.label,
            meta: [node.date?.value ?? "undated", node.status].filter(Boolean).join(" · "),
            evidence: groupEvidence(node.evidence),
          },
  );
  return {
    items,
    total: page.totalCount,
    cursor: page.pageInfo.endCursor,
    hasMore: page.pageInfo.hasNextPage,
  };
}
