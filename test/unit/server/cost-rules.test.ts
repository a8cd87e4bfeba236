// The schema's own cost rules on the real schema: lists sized by an argument of the field above them.
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { EDGES_PER_NODE } from "../../../src/graph/queries/network.ts";
import { schema } from "../../../src/schema/index.ts";
import { estimateCost } from "../../../src/server/limits/cost.ts";
import { COST_RULES } from "../../../src/server/limits/cost-rules.ts";

const cost = (query: string) => estimateCost({ schema, document: parse(query), rules: COST_RULES });

describe("network cost", () => {
  it("counts nodes and edges at EDGES_PER_NODE × limit each", () => {
    expect(cost("{ network(limit: 100) { nodes { id } edges { id } } }")).toBe(2 * 100 * EDGES_PER_NODE);
  });

  it("uses the default limit when none is given, and the maximum for larger ones", () => {
    expect(cost("{ network { nodes { id } } }")).toBe(150 * EDGES_PER_NODE);
    expect(cost("{ network(limit: 100000) { edges { id } } }")).toBe(500 * EDGES_PER_NODE);
  });
});
