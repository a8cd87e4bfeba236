// General rules for acts reported in wire copy: coordinated verbs sharing a subject, separate acts
// of different agents or past dates, subjects across a relative clause, report dates, information
// sharing pledges, protest notes and raids. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "./helpers.ts";

type X = ReturnType<typeof extractBody>;
const events = (x: X) =>
  x.events.map((e) => [
    e.type,
    e.cameo,
    e.dates.map((d) => d.value).join(","),
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);

describe("acts in wire copy", () => {
  it("gives a verb coordinated with an earlier trigger that trigger's agent", () => {
    const x = extractBody(
      "Peru’s navy seized a cargo ship near Callao on Tuesday and detained its crew.",
      "June 10, 2022",
    );
    expect(events(x)).toEqual([
      ["seizure", "171", "2022-06-07", "source:org:pe:navy"],
      ["arrest", "173", "", "participant:org:pe:navy"],
    ]);
  });

  it("keeps past acts of different agents apart and reads a subject across a relative clause", () => {
    const x = extractBody(
      "Norway expelled two Iranian diplomats in 2019. Denmark, which joined the pact long ago, expelled four Iranian diplomats in May 2021.",
      "June 10, 2022",
    );
    expect(events(x)).toEqual([
      ["expulsion", "174", "2019", "source:country:no,target:country:ir"],
      ["expulsion", "174", "2021-05", "source:country:dk,target:country:ir"],
    ]);
  });

  it("leaves the day of a report off the reported act", () => {
    const x = extractBody(
      "Kenya’s police said Friday they had raided a warehouse in Mombasa and seized smuggled cargo.",
      "June 10, 2022",
    );
    expect(events(x).map((e) => [e[0], e[2]])).toEqual([
      ["raid", ""],
      ["seizure", ""],
    ]);
  });

  it("reads a pledge to exchange data as planned cooperation of both parties", () => {
    const x = extractBody("Chile and Bolivia agreed on Monday to exchange border data.", "June 10, 2022");
    expect(events(x)).toEqual([
      ["cooperation", "030", "2022-06-06", "participant:country:cl,participant:country:bo"],
    ]);
    expect(x.relations.map((r) => `${r.kind} ${r.sourceId} ${r.targetId}`)).toContain(
      "COOPERATES_WITH country:cl country:bo",
    );
  });

  it("reads a protest note sent to a state as a protest criticising it", () => {
    const x = extractBody(
      "The foreign ministry said Ghana had sent a protest note to Togo.",
      "June 10, 2022",
    );
    expect(events(x)).toEqual([["diplomatic-protest", "114", "", "source:country:gh,target:country:tg"]]);
    expect(x.relations.map((r) => `${r.kind} ${r.sourceId} ${r.targetId}`)).toContain(
      "CRITICIZES country:gh country:tg",
    );
  });
});
