// COOPERATES_WITH from backing ("X backs Y", "X and Y backed Z’s claim") and co-mediation
// ("brokered by X and Y"). Made-up text only.
import { describe, expect, it } from "vitest";
import { cooperatingPairs, extractBody, relationPairs } from "../helpers.ts";

const cooperation = (body: string) => relationPairs(extractBody(body), "COOPERATES_WITH");

const cooperating = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "COOPERATES_WITH")
    .map((r) => [r.sourceId, r.targetId].sort().join(" "));

describe("backing", () => {
  it("reads a relative clause 'X, which backs Y' as cooperation", () => {
    expect(cooperating("Chile, which backs Peru in the dispute, recalled its envoy.")).toContain(
      "country:cl country:pe",
    );
  });

  it("reads coordinated backers of a state's claim as cooperating with it", () => {
    const rels = cooperating("Brazil and Uruguay backed Argentina’s claim in a joint statement.");
    expect(rels).toContain("country:ar country:br");
    expect(rels).toContain("country:ar country:uy");
  });

  it("reads backers with an auxiliary and an appositive between them and the verb", () => {
    const rels = cooperating(
      "Kenya and Uganda, both neighbours of the region, have backed Rwanda in the row.",
    );
    expect(rels).toContain("country:ke country:rw");
    expect(rels).toContain("country:rw country:ug");
  });

  it("does not read across a full clause before the verb", () => {
    expect(cooperating("Kenya said on Monday that talks had failed. Officials have backed Rwanda.")).toEqual(
      [],
    );
  });

  it("reads backing a resolution as no cooperation with anyone", () => {
    expect(cooperating("Brazil backed the resolution on Monday.")).toEqual([]);
  });
});

describe("co-mediators", () => {
  it("reads 'brokered by X and Y' as cooperation between X and Y", () => {
    expect(cooperating("Several ceasefires brokered by Qatar and Egypt have collapsed.")).toEqual([
      "country:eg country:qa",
    ]);
  });

  it("reads a single broker as no cooperation", () => {
    expect(cooperating("A ceasefire brokered by Qatar has collapsed.")).toEqual([]);
  });
});

describe("parties of cooperative events", () => {
  it("does not make a national body cooperate with its own state", () => {
    const rels = cooperating(
      "Japan and the Japan Self-Defense Forces will hold joint drills with Chile in May.",
    );
    expect(rels.sort()).toEqual(["country:cl country:jp", "country:cl org:jp:self-defense-forces"]);
  });
});

describe("helping", () => {
  it("reads 'X helped Y confiscate …' as cooperation", () => {
    expect(cooperating("In April, Peru helped the United States confiscate a cargo of fuel.")).toEqual([
      "country:pe country:us",
    ]);
  });

  it("does not read help for a people as cooperation with a state", () => {
    expect(cooperating("Peru helped Chilean fishermen recover their boats.")).toEqual([]);
  });
});

describe("agreeing parties across an appositive", () => {
  it("reads 'A and B, long-standing partners, agreed …' as cooperation", () => {
    expect(cooperating("Chile and Peru, long-standing partners, agreed to share data.")).toEqual([
      "country:cl country:pe",
    ]);
  });
  it("does not read a list ending a clause ('accused A and B, saying both had agreed')", () => {
    expect(cooperating("Bolivia accused Chile and Peru, saying both had agreed to nothing.")).toEqual([]);
  });
});

describe("backing verbs", () => {
  it("reads siding with, endorsing and throwing weight behind a party", () => {
    expect(cooperation("Chile sided with Peru in the dispute.")).toEqual(["country:cl>country:pe"]);
    expect(cooperation("Chile endorsed Peru’s bid to host the summit.")).toEqual(["country:cl>country:pe"]);
    expect(cooperation("Chile threw its weight behind Peru on Tuesday.")).toEqual(["country:cl>country:pe"]);
  });
  it("reads no cooperation from endorsing a plan", () => {
    expect(cooperation("Chile endorsed the plan on Tuesday.")).toEqual([]);
  });
});

describe("agreements across sentences", () => {
  const x = extractBody(
    "Ghana, Togo and Benin agreed on Tuesday to share grazing land along their borders. The accord was signed in Lomé by the three countries’ agriculture ministers.",
    "June 10, 2022",
  );
  it("makes every pair of parties agreeing together cooperate", () => {
    expect(cooperatingPairs(x)).toEqual(
      expect.arrayContaining(["country:gh country:tg", "country:gh country:bj", "country:tg country:bj"]),
    );
  });
});
