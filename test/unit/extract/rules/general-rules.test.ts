// General rules added for unseen articles, each on made-up text (no article sentences or names).
import { describe, expect, it } from "vitest";
import { findDates } from "../../../../src/extract/text/dates.ts";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const rels = (x: X, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);
const events = (x: X) =>
  x.events.map((e) => [e.type, e.cameo, e.plover, e.status, e.dates.map((d) => d.value).join(",")]);
const roles = (x: X, type: string) =>
  x.events.find((e) => e.type === type)?.participants.map((p) => `${p.role}:${p.actorId}`);

describe("affiliation from a pre-name title", () => {
  it("extends the title over a possessive ministry: speaks for the ministry, part of the country", () => {
    const x = extractBody("Peru’s foreign ministry spokeswoman Ana Rojas said the vote was fair.");
    expect(x.actors.find((a) => a.id === "person:ana-rojas")).toMatchObject({
      title: "Foreign Ministry Spokeswoman",
      countryId: "country:pe",
    });
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:ana-rojas>org:pe:ministry-of-foreign-affairs"]);
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-rojas>org:pe:ministry-of-foreign-affairs"]);
    expect(rels(x, "PART_OF")).toEqual(["org:pe:ministry-of-foreign-affairs>country:pe"]);
  });

  it("extends over lower-case modifiers to an international body ('EU trade commissioner')", () => {
    const x = extractBody("EU trade commissioner Jan Berg said talks would continue.");
    expect(x.actors.find((a) => a.id === "person:jan-berg")?.title).toBe("Trade Commissioner");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:jan-berg>org:eu"]);
  });

  it("binds a demonym-led ministry title ('Chilean defence ministry spokesman')", () => {
    const x = extractBody("Chilean defence ministry spokesman Luis Soto said the drills were routine.");
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:luis-soto>org:cl:ministry-of-defense"]);
    expect(x.actors.find((a) => a.id === "person:luis-soto")?.title).toBe("Defence Ministry Spokesman");
  });

  it("never takes a hyphenated title for a first name ('NATO Secretary-General X')", () => {
    const x = extractBody("NATO Secretary-General Pieter Janssen said the alliance was united.");
    expect(x.actors.find((a) => a.kind === "Person")).toMatchObject({
      id: "person:pieter-janssen",
      title: "Secretary-General",
    });
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:pieter-janssen>org:nato"]);
  });

  it("takes the state from a reporting subject in the previous sentence", () => {
    const x = extractBody(
      "Spain met Chile and Chile met Spain again. Germany said it backed the plan. Finance Minister Karl Weber called for calm.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:karl-weber>country:de"]);
  });

  it("gives no affiliation rather than the most-mentioned country", () => {
    const x = extractBody(
      "Spain met Chile. Spain signed a deal with Chile in Madrid. Minister Pablo Ruiz said the deal was fair.",
    );
    expect(x.actors.find((a) => a.id === "person:pablo-ruiz")?.title).toBe("Minister");
    expect(rels(x, "AFFILIATED_WITH")).toEqual([]);
  });
});

describe("coordinated reporting verbs and spokespeople", () => {
  const x = extractBody(
    "Peru’s foreign ministry spokeswoman Ana Rojas said the ship had entered Chilean waters and accused Santiago of provocation.",
  );

  it("gives the coordinated verb the subject of the first one, and trims the dangling 'and'", () => {
    expect(x.statements.map((s) => [s.speakerId, s.verb, s.cameo, s.text, s.targetIds?.join(",")])).toEqual([
      ["person:ana-rojas", "said", "010", "the ship had entered Chilean waters", ""],
      ["person:ana-rojas", "accused", "112", "Santiago of provocation", "country:cl"],
    ]);
  });

  it("repeats a spokesperson's accusation from the state they speak for", () => {
    expect(rels(x, "ACCUSES")).toEqual(["person:ana-rojas>country:cl", "country:pe>country:cl"]);
  });

  it("repeats a minister's accusation from the minister's state (test/corpus/README.md)", () => {
    const y = extractBody("Peruvian Foreign Minister Ana Rojas accused Chile of provocation.");
    expect(rels(y, "ACCUSES")).toEqual(["person:ana-rojas>country:cl", "country:pe>country:cl"]);
  });

  it("keeps the accusation of a person without a government role personal", () => {
    const y = extractBody("Peruvian law professor Ana Rojas accused Chile of provocation.");
    expect(rels(y, "ACCUSES")).toEqual(["person:ana-rojas>country:cl"]);
  });
});

describe("alliances written as treaties", () => {
  it("reads an 'X-Y mutual defence treaty' as ALLIED_WITH", () => {
    const x = extractBody("Officials said the Australia-Japan mutual defence treaty covers cyberattacks.");
    expect(rels(x, "ALLIED_WITH")).toEqual(["country:au>country:jp"]);
    expect(x.relations[0]?.evidence[0]?.text).toBe("Australia-Japan mutual defence treaty");
  });
});

describe("events from the general lexicon", () => {
  it("dates a protest lodged 'on Monday' (past) and makes it a criticism of its target", () => {
    const x = extractBody("Vietnam on Monday lodged a formal protest against China over the survey.");
    expect(events(x)).toEqual([["diplomatic-protest", "114", "ACCUSE", "occurred", "2021-07-05"]]);
    expect(roles(x, "diplomatic-protest")).toEqual(["source:country:vn", "target:country:cn"]);
    expect(rels(x, "CRITICIZES")).toEqual(["country:vn>country:cn"]);
  });

  it("reads the agent through its vessel and the target after 'at' (water cannon)", () => {
    const x = extractBody("Two Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat.");
    expect(events(x)).toEqual([["coercion", "170", "COERCE", "occurred", ""]]);
    expect(roles(x, "coercion")).toEqual(["source:org:cn:coast-guard", "target:country:vn"]);
  });

  it("counts an intergovernmental body as many parties, and reads 'the next meeting' as a noun", () => {
    const x = extractBody(
      "Ministers will raise the dispute at the next meeting of the African Union in October.",
    );
    expect(events(x)).toEqual([["meeting", "036", "AGREE", "planned", "2021-10"]]);
    expect(roles(x, "meeting")).toEqual(["participant:org:african-union"]);
  });

  it("takes the direct object of 'meet', past a role prefix, and reads 'is due to' as planned", () => {
    const x = extractBody(
      "Greek Prime Minister Nikos Pappas is due to meet Turkish President Emre Aksoy on Monday.",
    );
    expect(events(x)).toEqual([["meeting", "036", "AGREE", "planned", "2021-07-12"]]);
    expect(roles(x, "meeting")).toEqual(["participant:person:nikos-pappas", "participant:person:emre-aksoy"]);
  });

  it("gives a month modifier to the noun it modifies, not to the trigger before it", () => {
    const x = extractBody("The EU would adopt new sanctions before the December summit of EU leaders.");
    expect(events(x)).toEqual([
      ["sanctions", "163", "COERCE", "planned", ""],
      ["summit", "036", "AGREE", "planned", "2021-12"],
    ]);
  });

  it("reads a halt of transit or imports as an embargo", () => {
    const x = extractBody("Latvia halted fertiliser imports last year.");
    expect(events(x)).toEqual([["sanctions", "163", "COERCE", "occurred", "2020"]]);
    expect(x.events[0]?.label).toBe("Fertiliser imports halted (Latvia)");
  });

  it("makes the actor before 'of'/'for' the agent of a gerund trigger", () => {
    const x = extractBody(
      "Chad accused Sudan of arming rebels near the border. Peru criticized Bolivia for expelling three journalists last week.",
    );
    expect(events(x)).toEqual([
      ["aid", "072", "AID", "alleged", ""],
      // "last week" (published Friday 2021-07-09): the month of that week's Thursday.
      ["expulsion", "174", "COERCE", "occurred", "2021-07"],
    ]);
    expect(roles(x, "aid")).toEqual(["source:country:sd"]);
    expect(roles(x, "expulsion")).toEqual(["source:country:bo"]);
  });
});

describe("evaluative criticism", () => {
  const x = extractBody(
    "A Chinese coast guard ship fired water cannon at a Vietnamese boat. Vietnam’s foreign minister Tran Van Minh said the attack was “illegal and unacceptable.”",
  );
  it("makes a condemning statement a criticism of the state behind the event it refers to", () => {
    expect(x.statements.map((s) => [s.speakerId, s.cameo, s.targetIds?.join(",")])).toEqual([
      ["person:tran-van-minh", "111", "country:cn"],
    ]);
    expect(rels(x, "CRITICIZES")).toEqual(["person:tran-van-minh>country:cn", "country:vn>country:cn"]);
  });

  it("leaves plain statements alone", () => {
    const y = extractBody("Vietnam’s foreign minister Tran Van Minh said the talks were useful.");
    expect(y.statements[0]?.cameo).toBe("010");
    expect(rels(y, "CRITICIZES")).toEqual([]);
  });
});

describe("new date expressions (published Friday 2021-07-09)", () => {
  const one = (text: string) =>
    findDates(text, "2021-07-09").map((d) => `${d.text}|${d.value}|${d.precision}`);
  it("reads 'the end of the year' as the current year", () =>
    expect(one("sanctions must be extended by the end of the year")).toEqual([
      "the end of the year|2021|year",
    ]));
  it("reads a month used as a modifier in a future clause", () =>
    expect(one("it will be adopted at the December summit")).toEqual(["the December|2021-12|month"]));
  it("reads a past month modifier after the publication month as last year", () =>
    expect(one("the row began after the October elections")).toEqual(["the October|2020-10|month"]));
});
