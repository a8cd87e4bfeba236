// Pure parts of the network exports and the brush: query-string arguments, file names, GraphML text.
import { describe, expect, it } from "vitest";
import { fillMonths } from "../../../explorer/brush.ts";
import { exportFileName, networkArgsFrom } from "../../../src/server/network-export.ts";
import { toGraphml } from "../../../src/server/network-formats.ts";

describe("networkArgsFrom", () => {
  it("reads comma-separated enum names and integers", () => {
    const args = networkArgsFrom(
      new URLSearchParams("kinds=criticizes,ACCUSES&actorKinds=country&limit=20&minWeight=2&country=cn"),
    );
    expect(args).toMatchObject({
      kinds: ["CRITICIZES", "ACCUSES"],
      actorKinds: ["Country"],
      limit: 20,
      minWeight: 2,
      country: "cn",
      center: null,
    });
  });

  it("names the parameter it cannot read", () => {
    expect(() => networkArgsFrom(new URLSearchParams("kinds=HUGS"))).toThrow(/"kinds"/);
    expect(() => networkArgsFrom(new URLSearchParams("limit=1e3"))).toThrow(/"limit"/);
  });
});

describe("exports", () => {
  it("names files after the centre and dates, safely", () => {
    expect(exportFileName({ center: "country:cn", from: "2021-07", to: "2022" }, "gexf")).toBe(
      "network-country_cn-2021-07_2022.gexf",
    );
    expect(exportFileName({}, "json")).toBe("network.json");
  });

  it("escapes XML in GraphML and types its keys", () => {
    const text = toGraphml({
      nodes: [
        { id: "a", type: "Person", label: 'Tom & "Jerry" <x>', caption: "c", weight: 2, degree: 1 },
        { id: "b", type: "Country", label: "B", caption: "BB", weight: 2, degree: 1 },
      ],
      edges: [
        {
          id: "a-[CRITICIZES]->b",
          source: "a",
          target: "b",
          type: "CRITICIZES",
          label: "criticizes",
          weight: 2,
          articleCount: 1,
          firstDate: null,
          lastDate: null,
          evidenceIds: ["s/1", "s/2"],
        },
      ],
      truncated: false,
      omittedNodes: 0,
      omittedEdges: 0,
    });
    expect(text).toContain("Tom &amp; &quot;Jerry&quot; &lt;x&gt;");
    expect(text).toContain('<key id="n_weight" for="node" attr.name="weight" attr.type="int"/>');
    expect(text).toContain('<edge id="a-[CRITICIZES]-&gt;b" source="a" target="b">');
    expect(text).toContain("s/1|s/2");
    expect(text).not.toContain("firstDate");
  });
});

describe("fillMonths", () => {
  it("fills the months between with zeros, across a year", () => {
    expect(
      fillMonths([
        { month: "2021-11", count: 2 },
        { month: "2022-02", count: 1 },
      ]),
    ).toEqual([
      { month: "2021-11", count: 2 },
      { month: "2021-12", count: 0 },
      { month: "2022-01", count: 0 },
      { month: "2022-02", count: 1 },
    ]);
  });
});
