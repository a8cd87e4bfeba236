// MEMBER_OF from membership phrases away from "a member of" (membership-phrases.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const members = (x: X) => relationPairs(x, "MEMBER_OF");

describe("a group said to be members", () => {
  it("reads 'Both countries are members of Z' with the story's first pair", () => {
    const x = extractBody(
      "Norway and Denmark signed a fisheries accord on Monday. Both countries are members of NATO, which welcomed it.",
    );
    expect(members(x)).toEqual(["country:dk>org:nato", "country:no>org:nato"]);
  });
  it("reads 'Both are members of Z' and 'share … and are both members of Z' with the lead pair", () => {
    const lead = "Norway and Denmark signed a fisheries accord on Monday.\n\n";
    expect(members(extractBody(`${lead}Both are members of NATO.`))).toEqual([
      "country:dk>org:nato",
      "country:no>org:nato",
    ]);
    expect(
      members(extractBody(`${lead}The two neighbours share a sea border and are both members of NATO.`)),
    ).toEqual(["country:dk>org:nato", "country:no>org:nato"]);
  });
  it("takes the two states of the sentence before in the same paragraph", () => {
    const x = extractBody(
      "Norway and Denmark signed a fisheries accord on Monday.\n\nFrance, which keeps ships in Estonia, backed its partner. Both countries belong to NATO.",
    );
    expect(members(x)).toEqual(["country:ee>org:nato", "country:fr>org:nato"]);
  });
  it("reads a second bloc after the first one's acronym ('the Z (ZZ) and the Y')", () => {
    const x = extractBody(
      "Norway and Denmark signed a fisheries accord on Monday. Both countries belong to the European Free Trade Association (EFTA) and the Nordic Council.",
    );
    expect(members(x)).toContain("country:no>org:nordic-council");
  });
  it("needs a pair of that size before it", () => {
    const x = extractBody("Norway signed an accord on Monday. Both countries are members of NATO.");
    expect(members(x)).toEqual([]);
  });
});

describe("partners in a bloc", () => {
  it("reads 'A and B, C’s partners in the Z bloc' as three members", () => {
    const x = extractBody(
      "Paraguay and Bolivia, Peru’s partners in the Mercosur trade bloc, backed the request on Friday.",
    );
    expect(members(x)).toEqual([
      "country:bo>org:mercosur",
      "country:pe>org:mercosur",
      "country:py>org:mercosur",
    ]);
  });
  it("reads 'A, a fellow member of Z'", () => {
    const x = extractBody("Ghana, a fellow member of ECOWAS, offered to mediate.");
    expect(members(x)).toEqual(["country:gh>org:ecowas"]);
  });
  it("ignores partners in something that is no bloc", () => {
    const x = extractBody(
      "Paraguay and Bolivia, Peru’s partners in the talks, backed the request on Friday.",
    );
    expect(members(x)).toEqual([]);
  });
});

describe("becoming a member", () => {
  it("reads 'A, which became Z’s tenth member'", () => {
    const x = extractBody("Fiji, which became ASEAN’s tenth member in May, sent its foreign minister.");
    expect(members(x)).toEqual(["country:fj>org:asean"]);
  });
  it("reads 'A became a full member of Z'", () => {
    const x = extractBody("Ukraine became a full member of the European Union in 2031, officials said.");
    expect(members(x)).toEqual(["country:ua>org:eu"]);
  });
  it("does not read 'became the chair of Z' as membership", () => {
    const x = extractBody("Laos became the chair of ASEAN this year.");
    expect(members(x)).toEqual([]);
  });
});

describe("membership told around a list", () => {
  it("reads 'A and B, both members of Z'", () => {
    const x = extractBody("Chile and Peru, both members of the Pacific Alliance, signed a deal.");
    expect(members(x)).toEqual(["country:cl>org:pacific-alliance", "country:pe>org:pacific-alliance"]);
  });
  it("reads 'A and B, both NATO members' and 'A and B are both EU members'", () => {
    const x = extractBody(
      "Greece and Turkey, both NATO members, held talks. Spain and Italy are both EU members.",
    );
    expect(members(x)).toEqual([
      "country:es>org:eu",
      "country:gr>org:nato",
      "country:it>org:eu",
      "country:tr>org:nato",
    ]);
  });
  it("reads 'NATO member Turkey' and 'fellow EU members Spain and Italy'", () => {
    const x = extractBody(
      "NATO member Turkey objected. Fellow EU members Spain and Italy backed the request.",
    );
    expect(members(x)).toEqual(["country:es>org:eu", "country:it>org:eu", "country:tr>org:nato"]);
  });
  it("reads nothing from 'NATO members should pay more'", () => {
    const x = extractBody("Turkey said NATO members should pay more.");
    expect(members(x)).toEqual([]);
  });
  it.each([
    "Chile accused Peru of spying. Both countries belong to the Andean Community.",
    "Chile accused Peru of spying. The two neighbours belong to the Andean Community.",
    "Chile accused Peru of spying. Both countries are members of the Andean Community.",
    "Chile accused Peru of spying. The two countries both belonged to the Andean Community.",
  ])("reads '%s' as the story's two lead states", (body) => {
    expect(members(extractBody(body)).sort()).toEqual([
      "country:cl>org:andean-community",
      "country:pe>org:andean-community",
    ]);
  });
});

describe("a group that belongs to coordinated blocs", () => {
  it("reads 'The three states are members of both the EU and NATO'", () => {
    const x = extractBody(
      "Poland, Czechia and Slovakia closed their borders. The three states are members of both the European Union and NATO.",
    );
    expect(members(x)).toEqual([
      "country:cz>org:eu",
      "country:cz>org:nato",
      "country:pl>org:eu",
      "country:pl>org:nato",
      "country:sk>org:eu",
      "country:sk>org:nato",
    ]);
  });
  it("reads 'Both countries belong to the AU and the IGAD'", () => {
    const x = extractBody(
      "Kenya and Ethiopia agreed to reopen the road. Both countries belong to the African Union and the Intergovernmental Authority on Development.",
    );
    expect(members(x)).toEqual([
      "country:et>org:african-union",
      "country:et>org:igad",
      "country:ke>org:african-union",
      "country:ke>org:igad",
    ]);
  });
  it("does not join a bloc named after another clause", () => {
    const x = extractBody(
      "Kenya and Ethiopia agreed to reopen the road. Both countries are members of the African Union, and NATO was not consulted.",
    );
    expect(members(x)).not.toContain("country:ke>org:nato");
  });
  it("reads 'A and B, the Forum’s two largest members' with the bloc's short name", () => {
    const x = extractBody(
      "The Pacific Islands Forum met in Suva. The text was softened after objections from Australia and New Zealand, the Forum’s two largest members.",
    );
    expect(members(x)).toEqual([
      "country:au>org:pacific-islands-forum",
      "country:nz>org:pacific-islands-forum",
    ]);
  });
  it("reads 'A and B, the bloc’s founding members' as the latest bloc named", () => {
    const x = extractBody(
      "The Andean Community met in Lima. Peru and Bolivia, the bloc’s founding members, asked for a new tariff.",
    );
    expect(members(x)).toEqual(["country:bo>org:andean-community", "country:pe>org:andean-community"]);
  });
  it("ties nobody to a bloc when 'the bloc’s' has none named before", () => {
    const x = extractBody("Peru and Bolivia, the bloc’s founding members, asked for a new tariff.");
    expect(members(x)).toEqual([]);
  });
  it("finds a bloc named by its own word however far back ('the Forum’s')", () => {
    const filler = "Delegates spent the morning on fisheries and the afternoon on climate finance. ".repeat(
      10,
    );
    const x = extractBody(
      `The Pacific Islands Forum met in Suva. ${filler}The text was softened after objections from Australia and New Zealand, the Forum’s two largest members.`,
    );
    expect(members(x)).toEqual([
      "country:au>org:pacific-islands-forum",
      "country:nz>org:pacific-islands-forum",
    ]);
  });
});

describe("'other members of' a bloc", () => {
  it.each([
    [
      "The Ghanaian government blamed the smugglers, a view shared by other members of ECOWAS.",
      ["country:gh>org:ecowas"],
    ],
    ["Norway urged other members of NATO to raise their spending.", ["country:no>org:nato"]],
    [
      "Ghana and Togo signed the pact on Monday. The two governments will offer it to other members of ECOWAS as a model.",
      ["country:gh>org:ecowas", "country:tg>org:ecowas"],
    ],
    [
      "ECOWAS met in Abuja. Ghana said it would ask fellow members of the bloc to back the plan.",
      ["country:gh>org:ecowas"],
    ],
  ])("makes the sentence's side a member (%s)", (body, expected) => {
    expect(members(extractBody(body))).toEqual(expected);
  });

  it.each([
    "Norway urged members of NATO to raise their spending.",
    "The other members of the delegation left Oslo on Monday, Norway said.",
    "Other members of NATO met in Brussels.",
  ])("reads no membership without 'other' before a bloc and a state before it (%s)", (body) => {
    expect(members(extractBody(body))).toEqual([]);
  });
});
