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

describe("a joint act with other parties", () => {
  it("reads 'together with' after a verb, and the partners named together cooperate too", () => {
    expect(coop("Ghana drew up the list together with Togo and Benin, the ministry said.").sort()).toEqual([
      "country:gh>country:bj",
      "country:gh>country:tg",
      "country:tg>country:bj",
    ]);
  });
  it("takes the subject, not the verb's object right before 'together with'", () => {
    expect(
      coop(
        "Chad, which said in March that it would quit the Lake Chad Basin Commission together with Niger, was silent.",
      ),
    ).toContain("country:td>country:ne");
    expect(coop("Peru would leave Bolivia together with Chile.")).toEqual(["country:pe>country:cl"]);
  });
  it("reads arrests 'in a joint operation with' a neighbour", () => {
    expect(coop("Kenya’s police said they arrested six men in a joint operation with Uganda.")).toContain(
      "org:ke:police>country:ug",
    );
    expect(coop("Ecuador seized the boat in joint patrols with Colombia and Peru.").sort()).toEqual([
      "country:co>country:pe",
      "country:ec>country:co",
      "country:ec>country:pe",
    ]);
  });
  it("reads nothing when 'together with' is refused, demanded or only adds people", () => {
    expect(coop("Ghana refused to draw up the list together with Togo.")).toEqual([]);
    expect(coop("Ghana urged Togo to act together with Benin.")).toEqual([]);
    expect(coop("The Ghanaian minister arrived together with his Ghanaian deputy.")).toEqual([]);
  });
});
