import { describe, expect, it } from "vitest";
import type { Actor, Extraction, Statement } from "../../../src/extract/types.ts";
import { appearsAsName, inventedPeople, peopleOutsideGold } from "../../../src/quality/invented.ts";
import { speakerAccuracy } from "../../../src/quality/speakers.ts";
import { summarise, totals } from "../../../src/quality/summary.ts";

const BODY =
  "SEOUL, Apr. 15 (Yonhap) — Ministry spokeswoman Han Ji-soo said Thursday the drills would go ahead.";

function extraction(actors: Partial<Actor>[], statements: Partial<Statement>[] = []): Extraction {
  return {
    article: { id: "a", title: "t", publishedAt: "2021-04-15", body: BODY, contentHash: "" },
    sentences: [],
    actors: actors.map((a) => ({ kind: "Person", aliases: [], mentions: [], id: "", name: "", ...a })),
    statements: statements.map((s, i) => ({
      id: `a/statement/${i}`,
      kind: "paraphrase",
      verb: "said",
      aboutIds: [],
      cameo: "010",
      evidence: [],
      speakerId: "",
      text: "",
      ...s,
    })),
    events: [],
    relations: [],
  };
}

describe("speaker accuracy", () => {
  const gold = [
    { speakerId: "person:han-ji-soo", text: "the drills would go ahead" },
    { speakerId: "org:kr:ministry-of-unification", text: "deeply regrettable" },
    { speakerId: "country:kp", text: "a routine step in the five-year plan" },
  ];

  it("pairs statements by text alone and counts the ones with the gold speaker", () => {
    const x = extraction(
      [],
      [
        { speakerId: "person:han-ji-soo", text: "the drills would go ahead" },
        { speakerId: "person:yonhap", text: "“deeply regrettable”" },
        { speakerId: "country:kp", text: "something nobody annotated" },
      ],
    );
    const s = speakerAccuracy(x, gold);
    expect([s.found, s.right]).toEqual([2, 1]);
    expect(s.misattributed).toEqual([
      {
        text: "“deeply regrettable”",
        foundSpeaker: "person:yonhap",
        goldSpeaker: "org:kr:ministry-of-unification",
      },
    ]);
  });

  it("does not count a fragment sharing too few words as found", () => {
    const x = extraction([], [{ speakerId: "country:kp", text: "a routine step" }]);
    expect(speakerAccuracy(x, gold).found).toBe(0);
  });

  it("prefers the gold statement with the same speaker when one text has two speakers", () => {
    const twice = [
      { speakerId: "country:cn", text: "groundless slander" },
      { speakerId: "person:wang-wenbin", text: "groundless slander" },
    ];
    const x = extraction([], [{ speakerId: "person:wang-wenbin", text: "groundless slander" }]);
    expect(speakerAccuracy(x, twice)).toMatchObject({ found: 1, right: 1, misattributed: [] });
  });
});

describe("invented people", () => {
  it("knows a name written in the text as a name", () => {
    expect(appearsAsName("Han Ji-soo", BODY)).toBe(true);
    expect(appearsAsName("Han", BODY)).toBe(true);
    expect(appearsAsName("Said Thursday", BODY)).toBe(false); // written "said Thursday"
    expect(appearsAsName("Han Ji", BODY)).toBe(false); // a name cut inside a word
  });

  it("lists people absent from the gold whose names are not in the text as names", () => {
    const x = extraction([
      { id: "person:han-ji-soo", name: "Han Ji-soo" },
      { id: "person:yonhap", name: "Yonhap" },
      { id: "person:said-thursday", name: "Said Thursday" },
      { id: "person:kim-chol", name: "Kim Chol" },
      { id: "country:kr", kind: "Country", name: "Seoul Thursday" },
    ]);
    expect(peopleOutsideGold(x, [{ id: "person:han-ji-soo" }]).map((p) => p.id)).toEqual([
      "person:yonhap",
      "person:said-thursday",
      "person:kim-chol",
    ]);
    const found = inventedPeople(x, [{ id: "person:han-ji-soo" }]);
    expect(found).toEqual([
      { id: "person:said-thursday", name: "Said Thursday" },
      { id: "person:kim-chol", name: "Kim Chol" },
    ]);
  });
});

describe("set totals", () => {
  it("adds up matches over articles before dividing (micro average)", () => {
    const t = totals([
      { gold: 10, predicted: 10, matched: 10 },
      { gold: 2, predicted: 4, matched: 0 },
    ]);
    expect([t.precision, t.recall]).toEqual([10 / 14, 10 / 12]);
    expect(totals([]).f1).toBe(1);
  });

  it("summarises speaker accuracy and invented people with their article", () => {
    const score = {
      gold: 1,
      predicted: 1,
      matched: 1,
      precision: 1,
      recall: 1,
      f1: 1,
      missed: [],
      spurious: [],
    };
    const scores = { entities: score, statements: score, events: score, relations: score };
    const s = summarise([
      {
        articleId: "a",
        extractedId: "a",
        scores,
        speakers: { found: 3, right: 2, misattributed: [{ text: "t", foundSpeaker: "x", goldSpeaker: "y" }] },
        invented: [{ id: "person:said-thursday", name: "Said Thursday" }],
        unannotatedPeople: [],
      },
      {
        articleId: "b",
        extractedId: "b",
        scores,
        speakers: { found: 1, right: 1, misattributed: [] },
        invented: [],
        unannotatedPeople: [{ id: "person:quang-ngai", name: "Quang Ngai" }],
      },
    ]);
    expect(s.speakers).toEqual({ found: 4, right: 3, accuracy: 0.75 });
    expect(s.misattributed[0]?.articleId).toBe("a");
    expect(s.invented).toEqual([{ articleId: "a", id: "person:said-thursday", name: "Said Thursday" }]);
    expect(s.unannotatedPeople).toEqual([{ articleId: "b", id: "person:quang-ngai", name: "Quang Ngai" }]);
    expect(s.overall).toMatchObject({ gold: 8, matched: 8, f1: 1 });
  });
});
