// GET /export/network.graphml | .gexf | .json: the `network` answer as a file to open in Gephi or
// Cytoscape Desktop, taking the same filters as query parameters (`kinds` and `actorKinds` as
// comma-separated enum names). A bad parameter is a 400 whose text names it.
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

import type { ActorKind, RelationKind } from "../extract/types.ts";
import { databaseFailure } from "../graph/errors.ts";
import type { CypherExecutor } from "../graph/executor.ts";
import { network } from "../graph/queries/network.ts";
import { RELATION_KIND_VALUES } from "../schema/enums.ts";
import { type NetworkArgs, readNetwork, validNetworkArgs } from "../schema/network-shape.ts";
import { BAD_USER_INPUT, badInput } from "../schema/validation.ts";
import { toCytoscapeJson, toGexf, toGraphml } from "./network-formats.ts";
import type { RequestPayload } from "./request-payload.ts";

export const EXPORT_PREFIX = "/export/network.";

const FORMATS = {
  graphml: { type: "application/graphml+xml; charset=utf-8", write: toGraphml },
  gexf: { type: "application/gexf+xml; charset=utf-8", write: toGexf },
  json: { type: "application/json; charset=utf-8", write: toCytoscapeJson },
} as const;

type Format = keyof typeof FORMATS;

const ACTOR_KINDS: Record<string, ActorKind> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  COUNTRY: "Country",
};

function list<T>(name: string, raw: string | null, known: (value: string) => T | undefined): T[] | null {
  if (raw == null || raw.trim() === "") return null;
  return raw.split(",").map((part) => {
    const value = known(part.trim().toUpperCase());
    if (value === undefined) throw badInput(name, `has an unknown value "${part.trim()}".`);
    return value;
  });
}

function integer(name: string, raw: string | null): number | null {
  if (raw == null || raw === "") return null;
  if (!/^-?\d{1,9}$/.test(raw)) throw badInput(name, `must be an integer, got "${raw}".`);
  return Number(raw);
}

/** The `network` arguments from a query string, checked as strictly as the GraphQL ones. */
export function networkArgsFrom(params: URLSearchParams): NetworkArgs {
  const text = (name: string) => params.get(name) || null;
  return {
    center: text("center"),
    from: text("from"),
    to: text("to"),
    kinds: list("kinds", params.get("kinds"), (v) =>
      (RELATION_KIND_VALUES as readonly string[]).includes(v) ? (v as RelationKind) : undefined,
    ),
    actorKinds: list("actorKinds", params.get("actorKinds"), (v) => ACTOR_KINDS[v]),
    country: text("country"),
    minWeight: integer("minWeight", params.get("minWeight")),
    limit: integer("limit", params.get("limit")),
  };
}

/** `network-country_cn-2021-07_2022.gexf`: the centre and dates, in characters safe in a file name. */
export function exportFileName(args: NetworkArgs, format: Format): string {
  const parts = ["network", args.center, [args.from, args.to].filter(Boolean).join("_")].filter(Boolean);
  return `${parts.join("-").replace(/[^A-Za-z0-9._-]+/g, "_")}.${format}`;
}

const isInputError = (error: unknown): error is GraphQLError =>
  (error as GraphQLError)?.extensions?.code === BAD_USER_INPUT;

export function useNetworkExport(executor: CypherExecutor): Plugin {
  const answer = async ({ request, url, endResponse, fetchAPI }: RequestPayload) => {
    const format = url.pathname.slice(EXPORT_PREFIX.length) as Format;
    const text = (status: number, body: string, headers: Record<string, string> = {}) =>
      endResponse(
        new fetchAPI.Response(body, {
          status,
          headers: { "content-type": "text/plain; charset=utf-8", ...headers },
        }),
      );
    if (!Object.hasOwn(FORMATS, format)) return text(404, "Not found: use network.graphml, .gexf or .json");
    if (request.method !== "GET" && request.method !== "HEAD") {
      return text(405, "Method not allowed", { allow: "GET, HEAD" });
    }
    try {
      const args = networkArgsFrom(url.searchParams);
      const answer = await readNetwork(executor.fork(), network(validNetworkArgs(args)));
      if (!answer) return text(404, `No actor "${args.center}".`);
      const filters = Object.fromEntries([...url.searchParams]);
      const body = format === "json" ? toCytoscapeJson(answer, filters) : FORMATS[format].write(answer);
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : body, {
          headers: {
            "content-type": FORMATS[format].type,
            "content-disposition": `attachment; filename="${exportFileName(args, format)}"`,
            "cache-control": "no-store",
          },
        }),
      );
    } catch (error) {
      if (isInputError(error)) return text(400, error.message);
      const failure = databaseFailure(error);
      if (failure === "busy") return text(503, (error as Error).message, { "retry-after": "1" });
      if (failure === "unavailable") return text(503, "The graph database is unavailable.");
      if (failure === "timeout") return text(504, (error as Error).message);
      return text(500, "Unexpected error.");
    }
  };
  return {
    // A plain path check first: every GraphQL request passes this hook, so it stays synchronous.
    onRequest(payload) {
      if (!payload.url.pathname.startsWith(EXPORT_PREFIX)) return;
      return answer(payload);
    },
  };
}
