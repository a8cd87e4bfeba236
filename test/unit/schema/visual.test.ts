// The visualisation mapping: labels, captions, edge ids unique across nodes and edges.
import { describe, expect, it } from "vitest";
import type { RawGraphNode } from "../../../src/graph/queries/graph.ts";
import { shorten, toVisualGraph } from "../../../src/schema/visual.ts";

const node = (partial: Partial<RawGraphNode> & Pick<RawGraphNode, "id" | "type">): RawGraphNode => ({
  name: null,
  title: null,
  orgType: null,
  isoCode: null,
  text: null,
  verb: null,
  kind: null,
  eventLabel: null,
  date: null,
  status: null,
  ...partial,
});

describe("toVisualGraph", () => {
  const graph = toVisualGraph({
    truncated: false,
    nodes: [
      node({ id: "person:wang", type: "Person", name: "Wang Wenbin", title: "Spokesman" }),
      node({ id: "org:x", type: "Organization", name: "Ministry", orgType: "ministry" }),
      node({ id: "country:jp", type: "Country", name: "Japan", isoCode: "JP" }),
      node({
        id: "a/statement/0",
        type: "Statement",
        text: "groundless slander",
        verb: "criticized",
        kind: "quote",
      }),
      node({
        id: "a/statement/1",
        type: "Statement",
        text: "x ".repeat(80),
        verb: "said",
        kind: "paraphrase",
      }),
      node({
        id: "a/event/0",
        type: "Event",
        eventLabel: "Games start",
        date: "2021-07-23",
        status: "planned",
      }),
    ],
    edges: [
      { source: "person:wang", type: "SAID", target: "a/statement/0", roles: [] },
      { source: "person:wang", type: "CRITICIZES", target: "country:jp", roles: [] },
      {
        source: "country:jp",
        type: "PARTICIPATED_IN",
        target: "a/event/0",
        roles: ["organizer", "source", "organizer"],
      },
      { source: "a/event/0", type: "TOOK_PLACE_IN", target: "country:jp", roles: [] },
      { source: "person:wang", type: "SPEAKS_FOR", target: "org:x", roles: [] },
      { source: "person:wang", type: "SAID", target: "a/statement/0", roles: [] },
    ],
  });

  it("labels and captions nodes by type", () => {
    expect(graph.nodes).toEqual([
      { id: "person:wang", type: "Person", label: "Wang Wenbin", caption: "Spokesman" },
      { id: "org:x", type: "Organization", label: "Ministry", caption: "ministry" },
      { id: "country:jp", type: "Country", label: "Japan", caption: "JP" },
      {
        id: "a/statement/0",
        type: "Statement",
        label: "“groundless slander”",
        caption: "criticized · quote",
      },
      {
        id: "a/statement/1",
        type: "Statement",
        label: expect.stringMatching(/…$/),
        caption: "said · paraphrase",
      },
      { id: "a/event/0", type: "Event", label: "Games start", caption: "2021-07-23 · planned" },
    ]);
    expect(graph.nodes[4]?.label.length).toBeLessThanOrEqual(60);
  });

  it("labels edges and gives them ids unique across nodes and edges", () => {
    expect(graph.edges).toEqual([
      {
        id: "person:wang-[SAID]->a/statement/0",
        source: "person:wang",
        target: "a/statement/0",
        type: "SAID",
        label: "said",
      },
      {
        id: "person:wang-[CRITICIZES]->country:jp",
        source: "person:wang",
        target: "country:jp",
        type: "CRITICIZES",
        label: "criticizes",
      },
      {
        id: "country:jp-[PARTICIPATED_IN]->a/event/0",
        source: "country:jp",
        target: "a/event/0",
        type: "PARTICIPATED_IN",
        label: "organizer, source",
      },
      {
        id: "a/event/0-[TOOK_PLACE_IN]->country:jp",
        source: "a/event/0",
        target: "country:jp",
        type: "TOOK_PLACE_IN",
        label: "took place in",
      },
      {
        id: "person:wang-[SPEAKS_FOR]->org:x",
        source: "person:wang",
        target: "org:x",
        type: "SPEAKS_FOR",
        label: "speaks for",
      },
    ]);
    const ids = [...graph.nodes, ...graph.edges].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("shorten", () => {
  it("flattens whitespace and cuts with an ellipsis", () => {
    expect(shorten("a\n b   c")).toBe("a b c");
    expect(shorten("abcdefghij", 5)).toBe("abcd…");
    expect(shorten("abcde", 5)).toBe("abcde");
  });
});
