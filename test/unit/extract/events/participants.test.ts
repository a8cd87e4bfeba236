// Tests of src/extract/events/participants.ts, on made-up text.
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../src/extract/types.ts";
import {
  acts,
  cooperatingPairs,
  eventCodes,
  eventRows,
  eventStatuses,
  extractBody,
  kinds,
  plannedEvents,
  roles,
  sourcesOf,
  summary,
} from "../helpers.ts";

const actRoles = (x: Extraction) =>
  x.events.map((e) => [e.type, e.participants.map((p) => `${p.role}:${p.actorId}`).join(",")]);

describe("agents", () => {
  it("reads a noun in the 'by' phrase of a passive as the agent, not the thing attacked", () => {
    expect(sourcesOf("A Peruvian border post was attacked by Chilean troops on Tuesday.")).toEqual([
      "org:cl:armed-forces",
    ]);
    expect(sourcesOf("Peruvian soldiers were attacked by Chilean troops on Tuesday.")).toEqual([
      "org:cl:armed-forces",
    ]);
  });

  it("keeps a demonym with its artillery the subject", () => {
    expect(sourcesOf("Chilean artillery shelled a Peruvian village on Tuesday.")).toEqual(["country:cl"]);
  });
});

describe("wire constructions", () => {
  it("takes a named appositive as the subject of a meeting", () => {
    expect(
      kinds("Peru's foreign minister, Ana Torres, met Chile's president in Santiago on Tuesday."),
    ).toEqual(["meeting 040 2022-06-07"]);
  });
});

describe("passives, participles and object relatives", () => {
  it("takes a passive verb's object from before it and keeps the dated killing", () => {
    expect(
      kinds(
        "At least five soldiers were killed on Monday when gunmen attacked a military post near the border.",
      ),
    ).toEqual(["military-attack 190 2022-06-06"]);
  });

  it("takes the phrase before a comma as the subject of a participle", () => {
    expect(
      kinds(
        "The foreign ministers of Peru and Chile, meeting in Lima on Monday, agreed to reopen the border.",
      ),
    ).toContain("meeting 040 2022-06-06");
  });

  it("does not read a participle after a lone actor as a meeting", () => {
    expect(kinds("Peru, meeting its obligations, paid the debt on Monday.")).toEqual([]);
  });

  it("reads the object of 'which X and Y signed' before the verb", () => {
    expect(kinds("The pact, which Peru and Chile signed in Lima on Monday, sets fishing quotas.")).toEqual([
      "agreement 057 2022-06-06",
    ]);
  });

  it("does not reach over a relative clause with another subject kind", () => {
    expect(kinds("The pact, which analysts say favours Chile, was criticised in Lima on Monday.")).toEqual(
      [],
    );
  });
});

describe("restored relations and brokered ceasefires", () => {
  it("reads 'relations between X and Y were restored' with both parties", () => {
    expect(acts("Relations between Lima and Quito were restored in March.")).toEqual([
      ["cooperation", "030", "2022-03", "country:pe country:ec"],
    ]);
  });

  it("needs two parties to restore relations", () => {
    expect(acts("Relations were restored in March.")).toEqual([]);
  });

  it("reads the brokers of ceasefires as their sources, also in a relative clause", () => {
    expect(acts("Several ceasefires brokered by Qatar and Egypt have collapsed.")).toEqual([
      ["ceasefire", "087", "", "country:qa country:eg"],
    ]);
    expect(
      acts("Qatar, which has brokered several short-lived ceasefires, urged calm.").map((e) => e[3]),
    ).toEqual(["country:qa"]);
  });
});

describe("massing and meetings of blocs", () => {
  it("does not read a demonym after 'from' as the agent of a seizure", () => {
    const x = extractBody("The navy confiscated oil from a Russian-flagged ship in April.", "June 10, 2022");
    expect(x.events.flatMap((e) => e.participants.map((p) => p.actorId))).not.toContain("country:ru");
  });
});

describe("subjects shared by coordinated verbs", () => {
  it("gives a named minister's second act the minister as agent", () => {
    const x = extractBody(
      "Foreign Minister Anna Lind summoned Russia’s chargé d’affaires, Pavel Orlov, on Monday and handed him a protest note.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["envoy-summoned 114 [2023-05-01]", "diplomatic-protest 114 [2023-05-01]"]);
    expect(x.events[1]?.participants).toContainEqual({ actorId: "person:anna-lind", role: "source" });
  });

  it("reads the main clause subject after a reported clause and dates the act to the saying", () => {
    const x = extractBody(
      "LIMA, May 3 — Peru’s government said on Tuesday that the vote would be delayed, and ordered three Bolivian diplomats to leave the country.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["expulsion 174 [2023-05-02]"]);
    expect(x.events[0]?.participants).toContainEqual({ actorId: "country:pe", role: "source" });
  });

  it("does not take the main subject across a plain 'and'", () => {
    const x = extractBody(
      "Peru said the vote would be delayed because three diplomats were told to leave the country.",
      "May 3, 2023",
    );
    expect(x.events).toHaveLength(0);
  });
});

describe("meetings of joint bodies", () => {
  it("reads a joint commission's meeting as having its parties", () => {
    const x = extractBody(
      "The joint fisheries commission last met in Tromso in March. A bilateral working group on trade will meet in Oslo in June.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["meeting 040 [2023-03]", "meeting 036 [2023-06]"]);
  });

  it("reads a meeting noun held by a joint body as its meeting", () => {
    expect(
      summary(
        extractBody(
          "Under the accord, a joint border commission will hold its first meeting in Accra next month.",
          "May 3, 2023",
        ),
      ),
    ).toEqual(["meeting 036 [2023-06]"]);
    expect(
      summary(
        extractBody(
          "The officials said a bilateral trade committee would hold a meeting in Lusaka in July.",
          "May 3, 2023",
        ),
      ),
    ).toEqual(["meeting 036 [2023-07]"]);
    expect(
      summary(
        extractBody("A joint technical panel held its first meeting in Dodoma in March.", "May 3, 2023"),
      ),
    ).toEqual(["meeting 040 [2023-03]"]);
  });

  it("not a meeting held by a single body, nor one the joint body only discusses", () => {
    expect(
      extractBody("The fisheries commission will hold its first meeting in Tromso in June.", "May 3, 2023")
        .events,
    ).toHaveLength(0);
    expect(
      extractBody(
        "A joint commission was set up last year; officials will discuss a meeting in June.",
        "May 3, 2023",
      ).events,
    ).toHaveLength(0);
  });

  it("still needs two parties for a single body's meeting", () => {
    const x = extractBody("The fisheries commission last met in Tromso in March.", "May 3, 2023");
    expect(x.events).toHaveLength(0);
  });
});

describe("'the two governments'", () => {
  it("are the two states the story has told most about, not one named in passing", () => {
    const x = extractBody(
      "Chile and Peru arrested 20 smugglers on Monday. Chile said Peru had helped. The leader fled to Bolivia, Chilean police said. The two governments signed a security pact in March.",
      "May 3, 2023",
    );
    const pact = x.events.find((e) => e.type === "agreement");
    expect(pact?.participants.map((p) => p.actorId).sort()).toEqual(["country:cl", "country:pe"]);
  });
});

describe("agents with modifiers and passive call-offs", () => {
  it("reads 'a Chinese survey ship entered' with the demonym as agent", () => {
    const x = extractBody(
      "Japan protested after a Chinese survey ship entered Japanese territorial waters on Sunday.",
      "June 14, 2024",
    );
    const intrusion = x.events.find((e) => e.type === "intrusion");
    expect(intrusion?.participants).toContainEqual({ actorId: "country:cn", role: "source" });
    expect(intrusion?.dates.map((d) => d.value)).toEqual(["2024-06-09"]);
  });

  it("reads a research vessel entering an economic zone as an intrusion", () => {
    const x = extractBody(
      "Greece said a Turkish research vessel had entered its exclusive economic zone on Monday.",
      "June 14, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2024-06-10]"]);
  });
});

describe("reduced relatives and verb forms after prepositions", () => {
  it("reads 'The tanker, seized by Iran on Friday, was carrying oil' with the tanker as object", () => {
    const x = extractBody("The tanker, seized by Iran on Friday, was carrying oil.", "June 15, 2024");
    expect(summary(x)).toEqual(["seizure 171 [2024-06-14]"]);
    expect(x.events[0]?.label).not.toMatch(/oil/i);
  });
});

describe("relative clauses", () => {
  it("reads the head of ', which signed …' as the signer", () => {
    const x = extractBody(
      "Kenya, which signed a defence pact with Uganda in 2019, welcomed the talks.",
      "June 10, 2022",
    );
    expect(cooperatingPairs(x)).toEqual(["country:ke country:ug"]);
  });
  it("does not take an object from before a relative pronoun", () => {
    const x = extractBody(
      "The ban follows missile attacks by the rebels, which have also fired at villages in Chad.",
      "June 10, 2022",
    );
    expect(x.events.filter((e) => e.type === "weapons-test")).toEqual([]);
  });
});

describe("acts in wire copy", () => {
  it("gives a verb coordinated with an earlier trigger that trigger's agent", () => {
    const x = extractBody(
      "Peru’s navy seized a cargo ship near Callao on Tuesday and detained its crew.",
      "June 10, 2022",
    );
    expect(eventRows(x)).toEqual([
      ["seizure", "171", "2022-06-07", "source:org:pe:navy"],
      ["arrest", "173", "2022-06-07", "participant:org:pe:navy"],
    ]);
  });

  it("keeps past acts of different agents apart and reads a subject across a relative clause", () => {
    const x = extractBody(
      "Norway expelled two Iranian diplomats in 2019. Denmark, which joined the pact long ago, expelled four Iranian diplomats in May 2021.",
      "June 10, 2022",
    );
    expect(eventRows(x)).toEqual([
      ["expulsion", "174", "2019", "source:country:no,target:country:ir"],
      ["expulsion", "174", "2021-05", "source:country:dk,target:country:ir"],
    ]);
  });
});

describe("agents of force", () => {
  it("reads a body coordinated with plain nouns as the subject ('X police and soldiers used …')", () => {
    const x = extractBody(
      "Peruvian police and soldiers used water cannon on Tuesday against protesters.",
      "June 10, 2022",
    );
    // "soldiers" is the same state's armed forces: both bodies are agents.
    expect(eventRows(x)).toEqual([
      ["coercion", "170", "2022-06-07", "source:org:pe:police,source:org:pe:armed-forces"],
    ]);
  });

  it("reads a demonym right before an act's noun as its agent", () => {
    const x = extractBody("Chad condemned Libyan air strikes near the border.", "June 10, 2022");
    expect(eventRows(x).map((e) => [e[0], e[3]])).toContainEqual(["military-attack", "source:country:ly"]);
  });
});

describe("events from the general lexicon", () => {
  it("counts an intergovernmental body as many parties, and reads 'the next meeting' as a noun", () => {
    const x = extractBody(
      "Ministers will raise the dispute at the next meeting of the African Union in October.",
    );
    expect(eventCodes(x)).toEqual([["meeting", "036", "AGREE", "planned", "2021-10"]]);
    expect(roles(x, "meeting")).toEqual(["participant:org:african-union"]);
  });

  it("takes the direct object of 'meet', past a role prefix, and reads 'is due to' as planned", () => {
    const x = extractBody(
      "Greek Prime Minister Nikos Pappas is due to meet Turkish President Emre Aksoy on Monday.",
    );
    expect(eventCodes(x)).toEqual([["meeting", "036", "AGREE", "planned", "2021-07-12"]]);
    expect(roles(x, "meeting")).toEqual(["participant:person:nikos-pappas", "participant:person:emre-aksoy"]);
  });

  it("makes the actor before 'of'/'for' the agent of a gerund trigger", () => {
    const x = extractBody(
      "Chad accused Sudan of arming rebels near the border. Peru criticized Bolivia for expelling three journalists last week.",
    );
    expect(eventCodes(x)).toEqual([
      ["aid", "072", "AID", "alleged", ""],
      // "last week" (published Friday 2021-07-09): the month of that week's Thursday.
      ["expulsion", "174", "COERCE", "occurred", "2021-07"],
    ]);
    expect(roles(x, "aid")).toEqual(["source:country:sd"]);
    expect(roles(x, "expulsion")).toEqual(["source:country:bo"]);
  });
});

describe("planned events in reported speech", () => {
  it("reads 'X would host the next round of talks in <month>' as a planned meeting hosted by X", () => {
    const x = extractBody(
      "Foreign Minister Ana Ruiz said the talks were useful. She added that Norway would host the next round of talks in February.",
      "September 20, 2023",
    );
    expect(plannedEvents(x)).toEqual([["meeting", "036", "planned", "2024-02/month", "", "host:country:no"]]);
  });
});

describe("subjects of commissive verbs", () => {
  it("keeps the subject of 'welcomed … and pledged to provide' as the agent of the planned event", () => {
    const x = extractBody("Morocco welcomed the vote and pledged to provide humanitarian aid.");
    expect(plannedEvents(x)).toEqual([["aid", "033", "planned", "", "", "participant:country:ma"]]);
  });
  it("still separates a speaker from the events they report", () => {
    const x = extractBody("Morocco said the drills would start soon.");
    expect(x.events).toEqual([]);
  });
});

describe("place phrases", () => {
  it("reads multi-word and 'of' place names, never a truncated or function word", () => {
    const x = extractBody(
      "Kenya and Tanzania held naval drills on Tuesday and Wednesday with frigates, corvettes, supply ships, submarines and long-range maritime aircraft in the Sea of Zanj. Spain and Italy held joint drills in the Adriatic Sea.",
    );
    expect(x.events.map((e) => e.placeName)).toEqual(["Sea of Zanj", "Adriatic Sea"]);
  });
  it("does not take a country word inside a geographic name as the country", () => {
    const x = extractBody(
      "Vietnam and Japan held joint drills in the South China Sea. Chile and Peru held drills in the Taiwan Strait near the Indian Ocean.",
    );
    expect(x.actors.map((a) => a.id).sort()).toEqual([
      "country:cl",
      "country:jp",
      "country:pe",
      "country:vn",
    ]);
    expect(x.events.map((e) => e.placeName)).toEqual(["South China Sea", "Taiwan Strait"]);
  });
  it("gives the place to the nearest trigger before it, not an earlier signing", () => {
    const x = extractBody(
      "Chile and Peru signed a pact, promising to hold joint patrols in the Humboldt Current region.",
    );
    expect(x.events.map((e) => [e.type, e.placeName ?? ""])).toEqual([
      ["agreement", ""],
      ["military-exercise", "Humboldt Current region"],
    ]);
  });
});

describe("agents of reported clauses", () => {
  it("reads 'the government' in a body's reported clause as the body's state", () => {
    const x = extractBody(
      "Chile’s foreign ministry said that the government had sent a protest note to Peru.",
      "June 10, 2022",
    );
    expect(actRoles(x)[0]?.[0]).toBe("diplomatic-protest");
    expect(x.events[0]?.participants.map((p) => p.actorId)).toContain("country:cl");
  });
});

describe("objects of protests and summonses", () => {
  it("reads plural protests and a summoned head of an embassy", () => {
    const x = extractBody(
      "Chile has filed more than 40 diplomatic protests since 2020. Peru summoned the head of the Chilean embassy on Monday.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([
      ["diplomatic-protest", "114"],
      ["envoy-summoned", "114"],
    ]);
  });

  it("does not lend a protest's author to a later agreement", () => {
    const x = extractBody(
      "Chile’s foreign ministry has filed 40 diplomatic protests with Peru. Bolivia and Peru signed a trade agreement in July 2021.",
      "June 10, 2022",
    );
    const agreement = x.events.find((e) => e.type === "agreement");
    expect(agreement?.participants.map((p) => p.actorId)).not.toContain("org:cl:ministry-of-foreign-affairs");
  });
});

describe("relative clauses after an appositive", () => {
  it("reads 'X, an armed group that has seized …' as X's act", () => {
    const x = extractBody(
      "Fighting continued between Mali’s army and the Northern Front, an armed group that has seized most of the region since May.",
      "June 10, 2022",
    );
    const capture = x.events.find((e) => e.cameo === "192");
    expect(capture?.participants.map((p) => `${p.role}:${p.actorId}`)).toContain("source:org:northern-front");
  });
});

describe("weapons tests and launches", () => {
  it("reads a hyphenated 'test-fired' with its date", () => {
    const x = extractBody("Iran test-fired a new missile on Friday.", "November 04, 2023");
    expect(eventStatuses(x)).toEqual([
      ["weapons-test", "150", "occurred", "2023-11-03", "source:country:ir"],
    ]);
  });
  it("takes the country from a capital metonym", () => {
    const x = extractBody("Tehran fired two cruise missiles on Monday.", "November 04, 2023");
    expect(eventStatuses(x)).toEqual([
      ["weapons-test", "150", "occurred", "2023-10-30", "source:country:ir"],
    ]);
  });
});

describe("an agent noun with its size", () => {
  it("reads 'a Chinese patrol of about 50 men had crossed' as China's act", () => {
    expect(
      kinds(
        "The Indian Army said a Chinese patrol of about 50 men had crossed the LAC in the Yangtse area on May 30.",
      ),
    ).toEqual(["intrusion 150 2022-05-30"]);
  });
});

describe("where a visit goes", () => {
  it("keeps a called-off visit by an unnamed minister, placed by the city after 'to'", () => {
    const x = extractBody(
      "Its foreign minister, Ana Rojas, cancelled a visit to Panama City that had been planned for Friday.",
    );
    expect(x.events.map((e) => [e.type, e.cameo, e.placeName])).toEqual([["visit", "160", "Panama City"]]);
  });

  it("places a trip to a country at that country", () => {
    const x = extractBody("The Chilean president travelled to Peru on Monday.");
    expect(x.events.map((e) => [e.type, e.placeId])).toEqual([["visit", "country:pe"]]);
  });

  it("reads no place from a lower-case destination", () => {
    const x = extractBody("The minister cancelled a visit to the region.");
    expect(x.events).toEqual([]);
  });
});

describe("the parties of a gathering written with their roles", () => {
  const parties = (body: string) =>
    extractBody(body, "June 10, 2022")
      .events.filter((e) => e.type === "meeting")
      .map((e) =>
        e.participants
          .map((p) => p.actorId)
          .sort()
          .join(" "),
      );

  it("reads every state and holder of a role after 'between'", () => {
    expect(
      parties(
        "Chile and Peru agreed on Thursday to reopen the border at a meeting between Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Paz.",
      ),
    ).toEqual(["country:cl country:pe person:ana-soto person:luis-paz"]);
    expect(
      parties(
        "The deal was reached in Lima at a meeting between Chilean Trade Minister Ana Soto and Peruvian Trade Minister Luis Paz.",
      ),
    ).toEqual(["country:cl country:pe person:ana-soto person:luis-paz"]);
    expect(
      parties(
        "The two sides met in Lima on Monday, at a meeting between Peruvian Trade Minister Luis Paz and Chile's trade minister Ana Soto.",
      ),
    ).toEqual(["country:cl country:pe person:ana-soto person:luis-paz"]);
    expect(
      parties(
        "Chile and Peru signed a trade pact on Monday during talks between Chilean Trade Minister Ana Soto and Peruvian Trade Minister Luis Paz.",
      ),
    ).toEqual(["country:cl country:pe person:ana-soto person:luis-paz"]);
  });

  it("a summoned envoy's name is no party of the summons", () => {
    const x = extractBody("Chile summoned Peru's ambassador, Luis Paz, on Monday.", "June 10, 2022");
    expect(x.events[0]?.participants.map((p) => p.actorId)).not.toContain("person:luis-paz");
  });
});

describe("joint bodies with a longer remit", () => {
  it.each([
    [
      "The joint commission on defence and security would meet in Blantyre on June 22.",
      "meeting 036 2022-06-22",
    ],
    ["The joint committee on roads and bridges will meet in Lusaka on Monday.", "meeting 036 2022-06-13"],
    ["The bilateral working group on the river basin last met in Kigali in March.", "meeting 040 2022-03"],
    ["The joint commission on water and energy met in Dushanbe on Monday.", "meeting 040 2022-06-06"],
  ])("reads %j", (body, expected) => {
    expect(kinds(body)).toEqual([expected]);
  });
});
