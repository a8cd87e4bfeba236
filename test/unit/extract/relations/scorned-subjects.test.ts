// A reported clause that scorns another side named as its subject criticises that side; one that says
// it uses people as tools of pressure accuses it (scorned-subjects.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("scorned subjects", () => {
  it("reads deceit, betrayal and meddling said of another state as criticism of it", () => {
    expect(stances("Peru’s foreign ministry said Bolivia was “spreading lies about the canal.”")).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES org:pe:ministry-of-foreign-affairs>country:bo",
    ]);
    expect(
      stances("Peru’s foreign ministry said on Monday that La Paz had betrayed its neighbours."),
    ).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES org:pe:ministry-of-foreign-affairs>country:bo",
    ]);
    expect(stances("Peru’s foreign ministry said Bolivia kept interfering in Peruvian elections.")).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES org:pe:ministry-of-foreign-affairs>country:bo",
    ]);
  });
  it("reads a failure of duty and an order to stop as criticism", () => {
    expect(
      stances("Peru’s foreign ministry said Bolivia had “failed to rein in” its river patrols."),
    ).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES org:pe:ministry-of-foreign-affairs>country:bo",
    ]);
    expect(stances("Peru’s foreign ministry said Bolivia must stop pretending the dam is harmless.")).toEqual(
      ["CRITICIZES country:pe>country:bo", "CRITICIZES org:pe:ministry-of-foreign-affairs>country:bo"],
    );
  });
  it("reads an evaluating adjective only as what the subject is or how it acts", () => {
    expect(stances("Peru’s foreign ministry said Bolivia had acted recklessly on the lake.")).toEqual([
      "CRITICIZES country:pe>country:bo",
      "CRITICIZES org:pe:ministry-of-foreign-affairs>country:bo",
    ]);
    expect(
      stances(
        "Peru’s foreign ministry said Bolivia would publish a report on shameless price gouging by retailers.",
      ),
    ).toEqual([]);
  });
  it("reads using people as a weapon or a bargaining chip as an accusation", () => {
    expect(
      stances("Peru’s foreign ministry said Bolivia was using the detained fishermen as bargaining chips."),
    ).toEqual(["ACCUSES country:pe>country:bo", "ACCUSES org:pe:ministry-of-foreign-affairs>country:bo"]);
  });
  it("never criticises the speaker's own side nor a subject that is no party", () => {
    expect(stances("Peru’s foreign ministry said Peru would never bow to blackmail.")).toEqual([]);
    expect(stances("Peru’s foreign ministry said smugglers were stealing fuel near the border.")).toEqual([]);
    expect(stances("Peru’s foreign ministry said Bolivia was a reliable partner.")).toEqual([]);
  });
  it("reads blame laid on another side as an accusation", () => {
    expect(
      stances("Chile’s foreign ministry said Argentina bore full responsibility for the collision."),
    ).toEqual(["ACCUSES country:cl>country:ar", "ACCUSES org:cl:ministry-of-foreign-affairs>country:ar"]);
    expect(stances("Chile’s foreign ministry said Buenos Aires shares the blame for the spill.")).toEqual([
      "ACCUSES country:cl>country:ar",
      "ACCUSES org:cl:ministry-of-foreign-affairs>country:ar",
    ]);
    expect(stances("Chile’s foreign ministry said Argentina was solely to blame for the fire.")).toEqual([
      "ACCUSES country:cl>country:ar",
      "ACCUSES org:cl:ministry-of-foreign-affairs>country:ar",
    ]);
    expect(
      stances(
        "Chile’s foreign ministry said the government held Argentina “directly responsible” for the losses.",
      ),
    ).toEqual(["ACCUSES country:cl>country:ar", "ACCUSES org:cl:ministry-of-foreign-affairs>country:ar"]);
  });
  it("reads no blame in a duty or in the speaker's own responsibility", () => {
    expect(stances("Chile’s foreign ministry said Argentina shared the cost of the rescue.")).toEqual([]);
    expect(stances("Chile’s foreign ministry said Chile bore full responsibility for the rescue.")).toEqual(
      [],
    );
  });
});

describe("scorned subjects: the adjectives of condemned conduct", () => {
  it.each([
    "Peru’s foreign ministry said Bolivia was being unfriendly to its neighbours over the canal.",
    "Peru’s foreign ministry said Bolivia had acted in a way that was provocative.",
    "Peru’s foreign ministry said Bolivia’s navy was behaving in a heavy-handed way.",
    "Peru’s foreign ministry said Bolivia was utterly unjustified.",
    "Peru’s foreign ministry said Bolivia had been brazen in its claims over the canal.",
  ])("reads '%s' as criticism of Bolivia", (body) => {
    expect(stances(body)).toContain("CRITICIZES country:pe>country:bo");
  });
  it("reads no criticism when the adjective is a topic, not the subject's conduct", () => {
    expect(
      stances("Peru’s foreign ministry said Bolivia would host talks on how unfriendly the weather was."),
    ).not.toContain("CRITICIZES country:pe>country:bo");
  });
});
