// The look-ahead behind an actor's prefetched lists walks a cached document once, but the lists'
// arguments still come from each request's variables.
import { execute, parse } from "graphql";
import { describe, expect, it } from "vitest";
import type { ActorPrefetch } from "../../../src/graph/loaders.ts";
import { schema } from "../../../src/schema/index.ts";

const document = parse(`query($id: ID!, $n: Int, $m: Int) { node(id: $id) { ... on Actor {
  events(first: $n) { totalCount edges { node { id label } } }
  statements(first: $m) { edges { node { id text } } }
  later: statements(first: 3) { edges { node { id } } } } } }`);

/** Runs the document with these variables; returns the prefetch `node` was given. */
async function prefetchOf(variables: Record<string, unknown>): Promise<ActorPrefetch> {
  let seen: ActorPrefetch | undefined;
  const loaders = {
    nodeWith: async (_id: string, prefetch: ActorPrefetch) => {
      seen = prefetch;
      return null;
    },
  };
  const result = await execute({ schema, document, variableValues: variables, contextValue: { loaders } });
  expect(result.errors).toBeUndefined();
  if (!seen) throw new Error("node was not resolved");
  return seen;
}

describe("actor prefetch", () => {
  it("takes each request's arguments from its own variables", async () => {
    const first = await prefetchOf({ id: "person:a", n: 5, m: 7 });
    const second = await prefetchOf({ id: "person:a", n: 9 });
    expect(first.eventsOf?.map((e) => e.window)).toEqual([{ offset: 0, limit: 5 }]);
    expect(second.eventsOf?.map((e) => e.window)).toEqual([{ offset: 0, limit: 9 }]);
    expect(first.statementsBy?.map((s) => s.window)).toEqual([
      { offset: 0, limit: 7, count: false },
      { offset: 0, limit: 3, count: false },
    ]);
    expect(second.statementsBy?.map((s) => s.window.limit)).toEqual([20, 3]);
  });

  it("reads the shapes from the selection, the same for every request of a document", async () => {
    const first = await prefetchOf({ id: "person:a", n: 1 });
    const second = await prefetchOf({ id: "person:b", n: 2 });
    expect(first.eventsOf?.[0]?.shape.properties).toEqual(["label"]);
    expect(first.statementsBy?.map((s) => s.shape.properties)).toEqual([["text"], []]);
    expect(second.eventsOf?.[0]?.shape).toBe(first.eventsOf?.[0]?.shape);
    expect(second.statementsBy?.[0]?.shape).toBe(first.statementsBy?.[0]?.shape);
  });

  it("leaves out a list whose arguments are invalid, for this request only", async () => {
    const bad = await prefetchOf({ id: "person:a", n: 1000 });
    expect(bad.eventsOf).toEqual([]);
    const good = await prefetchOf({ id: "person:a", n: 4 });
    expect(good.eventsOf?.map((e) => e.window.limit)).toEqual([4]);
  });
});
