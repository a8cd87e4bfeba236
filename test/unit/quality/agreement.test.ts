// Agreement between two annotations of one article, scored by the extractor's own matching rule.
import { describe, expect, it } from "vitest";
import { agreement, annotationAsFound } from "../../../src/quality/agreement.ts";
import { type Gold, KINDS } from "../../../src/quality/score.ts";

const first: Gold = {
  articleId: "2030-01-02-ruritania-summons-envoy",
  source: "test/corpus/dev/2030-01-02-ruritania-summons-envoy.txt",
  entities: [
    { id: "country:rt" },
    { id: "country:gv" },
    { id: "person:ana-lind" },
    { id: "org:rt:ministry-of-foreign-affairs" },
  ],
  statements: [
    { speakerId: "person:ana-lind", text: "the patrol had entered Ruritanian waters without permission" },
    {
      speakerId: "org:rt:ministry-of-foreign-affairs",
      text: "the envoy would be asked to explain the incursion",
    },
    { speakerId: "country:gv", text: "its boats had stayed in international waters throughout" },
  ],
  events: [
    { type: "intrusion", cameo: "150", dates: ["2030-01-01"] },
    { type: "diplomatic-summons", cameo: "114", dates: ["2030-01-02"] },
  ],
  relations: [
    { kind: "ACCUSES", sourceId: "country:rt", targetId: "country:gv" },
    { kind: "COOPERATES_WITH", sourceId: "country:rt", targetId: "org:rt:ministry-of-foreign-affairs" },
  ],
};

describe("annotationAsFound", () => {
  it("keeps every item, with event dates as date values and a missing code as no code", () => {
    const found = annotationAsFound({ ...first, events: [{ type: "visit", dates: ["2030-02"] }] });
    expect(found.actors.map((a) => a.id)).toEqual(first.entities.map((e) => e.id));
    expect(found.statements).toHaveLength(3);
    expect(found.events).toEqual([{ type: "visit", cameo: "", label: "", dates: [{ value: "2030-02" }] }]);
    expect(found.relations).toHaveLength(2);
  });
});

describe("agreement", () => {
  it("is perfect for an annotation against itself", () => {
    const a = agreement(first, structuredClone(first));
    for (const kind of KINDS) expect([a.scores[kind].precision, a.scores[kind].recall]).toEqual([1, 1]);
    expect(a.speakers).toMatchObject({ found: 3, right: 3 });
  });

  it("counts each difference once, on the side it falls", () => {
    const second: Gold = {
      ...structuredClone(first),
      entities: first.entities.slice(0, 3),
      statements: [
        first.statements[0]!,
        // Same words, another speaker: found by text, misattributed, and no statement match.
        { speakerId: "country:rt", text: "the envoy would be asked to explain the incursion" },
      ],
      events: [
        { type: "intrusion", cameo: "150", dates: ["2030-01-01"] },
        { type: "diplomatic-summons", cameo: "114", dates: ["2029-12-31"] },
      ],
      relations: [
        // The symmetric kind matches in either direction; the accusation's reverse does not.
        { kind: "COOPERATES_WITH", sourceId: "org:rt:ministry-of-foreign-affairs", targetId: "country:rt" },
        { kind: "ACCUSES", sourceId: "country:gv", targetId: "country:rt" },
      ],
    };
    const a = agreement(first, second);
    expect(a.scores.entities).toMatchObject({ gold: 4, predicted: 3, matched: 3 });
    expect(a.scores.statements).toMatchObject({ gold: 3, predicted: 2, matched: 1 });
    expect(a.scores.events).toMatchObject({ gold: 2, predicted: 2, matched: 1 });
    expect(a.scores.relations).toMatchObject({ gold: 2, predicted: 2, matched: 1 });
    expect(a.speakers).toMatchObject({ found: 2, right: 1 });
    expect(a.speakers.misattributed[0]).toMatchObject({
      foundSpeaker: "country:rt",
      goldSpeaker: "org:rt:ministry-of-foreign-affairs",
    });
  });

  it("refuses annotations of two different articles", () => {
    expect(() => agreement(first, { ...first, articleId: "2030-01-03-other" })).toThrow(/different articles/);
  });
});
