// A party working with another outside any joint event cooperates with it (working-with.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const coop = (body: string) => relationPairs(extractBody(body), "COOPERATES_WITH");

describe("working with another party", () => {
  it("reads working closely, jointly and in coordination with a party as cooperation", () => {
    expect(coop("Ghana said it would work closely with Togo on the new crossing.")).toEqual([
      "country:gh>country:tg",
    ]);
    expect(coop("Iceland manages the herring stocks jointly with Greenland and Norway.")).toEqual([
      "country:is>country:gl",
      "country:is>country:no",
    ]);
    expect(coop("Peru’s navy acted in coordination with Ecuador, the ministry said.")).toEqual([
      "org:pe:navy>country:ec",
    ]);
    expect(coop("Last year Kenya joined forces with Uganda to clear the lake of weeds.")).toEqual([
      "country:ke>country:ug",
    ]);
  });
  it("takes the subject, not a party in its appositive, nor a person", () => {
    expect(coop("Norway, a NATO member, farms the fjord jointly with Sweden.")).toEqual([
      "country:no>country:se",
    ]);
    expect(
      coop("Chile’s foreign minister, Ana Rojas, said Chile would cooperate with Peru on water."),
    ).toEqual(["country:cl>country:pe"]);
  });
  it("reads no cooperation in a demand, a refusal, a condition or plain solidarity", () => {
    expect(coop("Brazil urged Paraguay to work closely with Argentina on the dam.")).toEqual([]);
    expect(coop("Paraguay said it would never work closely with Argentina.")).toEqual([]);
    expect(coop("Paraguay would run the dam jointly with Argentina only if the tolls were lifted.")).toEqual(
      [],
    );
    expect(coop("Brazil said it stood with Paraguay.")).toEqual([]);
  });
});
