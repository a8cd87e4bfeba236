// ALLIED_WITH from "a treaty ally of both countries", "the two countries' mutual defence treaty" and
// defence pacts with a pledge of mutual assistance. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const allied = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "ALLIED_WITH")
    .map((r) => [r.sourceId, r.targetId].sort().join(" "));

describe("ally-of phrases", () => {
  it("allies a third state with both countries of the article", () => {
    const rels = allied(
      "Chile and Peru will hold joint drills in May. Chile said Peru would send two frigates. " +
        "Peru called the drills routine. Britain, a treaty ally of both countries, will send observers.",
    );
    expect(rels.sort()).toEqual(["country:cl country:gb", "country:gb country:pe"]);
  });

  it("allies the head with the states named after 'ally of'", () => {
    expect(allied("Britain, a close ally of Chile, will send observers.")).toEqual(["country:cl country:gb"]);
  });

  it("reads no alliance from a partner or a non-ally", () => {
    expect(allied("Britain, a trading partner of Chile, will send observers.")).toEqual([]);
  });
});

describe("treaties of the two countries and mutual-assistance pacts", () => {
  it("allies the two latest countries owning a mutual defence treaty", () => {
    expect(
      allied(
        "Chile said an attack on Peruvian ships would fall under the two countries’ mutual defence treaty.",
      ),
    ).toEqual(["country:cl country:pe"]);
  });

  it("reads no alliance from the two countries' trade treaty", () => {
    expect(allied("Chile said Peru had broken the two countries’ trade treaty.")).toEqual([]);
  });

  it("allies the parties of a pact pledging mutual assistance", () => {
    expect(
      allied("Chile signed a defence agreement with Peru that includes a pledge of mutual assistance."),
    ).toEqual(["country:cl country:pe"]);
  });

  it("reads no alliance from an agreement without mutual defence", () => {
    expect(allied("Chile signed a fisheries agreement with Peru on Monday.")).toEqual([]);
  });
});

describe("ally phrases around a pair or a possessive", () => {
  const allied = (body: string) =>
    extractBody(body)
      .relations.filter((r) => r.kind === "ALLIED_WITH")
      .map((r) => `${r.sourceId} ${r.targetId}`);
  it("reads 'A and B, long-standing allies,'", () => {
    expect(allied("Chile and Peru, long-standing allies, agreed to share data.")).toEqual([
      "country:cl country:pe",
    ]);
  });
  it("reads 'A and B, allies under a defence treaty,'", () => {
    expect(allied("Japan and Australia, allies under a security treaty signed in 2022, held talks.")).toEqual(
      ["country:jp country:au"],
    );
  });
  it("reads nothing from 'A and B, allies in name only' without a bond", () => {
    expect(allied("Japan and Australia, allies in name only according to critics, held talks.")).toEqual([]);
  });
  it("reads 'A is B’s only treaty ally'", () => {
    expect(allied("Officials met. The United States is the Philippines’ only treaty ally.")).toEqual([
      "country:us country:ph",
    ]);
  });
  it("reads nothing from 'A and B, rivals for decades,' or 'A is B’s biggest trading partner'", () => {
    expect(
      allied("Chile and Peru, rivals for decades, met. Chile is Peru’s biggest trading partner."),
    ).toEqual([]);
  });
});

describe("alliances written as treaties", () => {
  it("reads an 'X-Y mutual defence treaty' as ALLIED_WITH", () => {
    const x = extractBody("Officials said the Australia-Japan mutual defence treaty covers cyberattacks.");
    expect(rels(x, "ALLIED_WITH")).toEqual(["country:au>country:jp"]);
    expect(x.relations[0]?.evidence[0]?.text).toBe("Australia-Japan mutual defence treaty");
  });
});

describe("'its ally' and 'their allies'", () => {
  it("resolves the owner and the named ally (list, copula, appositive)", () => {
    const x = extractBody(
      "Peru said the United States was its closest ally. Japan and its ally Australia held drills. Turkey and Greece urged their allies France and Italy to help. Kenya will hold talks. Uganda, its key ally, agreed.",
    );
    expect(rels(x, "ALLIED_WITH")).toEqual([
      "country:pe>country:us",
      "country:jp>country:au",
      "country:tr>country:fr",
      "country:tr>country:it",
      "country:gr>country:fr",
      "country:gr>country:it",
      "country:ke>country:ug",
    ]);
  });
  it("makes no relation without a named ally", () => {
    expect(rels(extractBody("Chile said its allies would respond."), "ALLIED_WITH")).toEqual([]);
  });
});
