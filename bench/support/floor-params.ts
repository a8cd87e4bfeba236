// JSON has no integers: whole numbers become Neo4j integers (LIMIT needs one). The floor server takes
// its parameters this way, so in-process comparisons with the floor's queries must too.
import neo4j from "neo4j-driver";
import type { CypherQuery } from "../../src/graph/executor.ts";

export const floorParams = (params: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v,
    ]),
  );

/** A query as the floor server runs it. */
export const asFloor = (query: CypherQuery): CypherQuery => ({
  text: query.text,
  params: floorParams(query.params),
});
