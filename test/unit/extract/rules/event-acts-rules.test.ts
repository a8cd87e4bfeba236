// General rules for acts reported in wire copy: coordinated verbs sharing a subject, separate acts
// of different agents or past dates, subjects across a relative clause, report dates, information
// sharing pledges, protest notes and raids. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

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
      ["arrest", "173", "2022-06-07", "participant:org:pe:navy"],
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

describe("expulsions and coordinated dates", () => {
  it("reads 'ordered … diplomats to leave' as an expulsion, and 'ordered troops' as none", () => {
    const x = extractBody(
      "Latvia ordered two Belarusian diplomats in Riga to leave on Monday. Belarus ordered troops to the border.",
      "June 10, 2022",
    );
    expect(events(x)).toEqual([["expulsion", "174", "2022-06-06", "source:country:lv,target:country:by"]]);
  });

  it("gives an act coordinated with a dated act that date", () => {
    const x = extractBody(
      "Latvian police raided six offices on Tuesday and detained four people.",
      "June 10, 2022",
    );
    expect(events(x).map((e) => [e[0], e[2]])).toEqual([
      ["raid", "2022-06-07"],
      ["arrest", "2022-06-07"],
    ]);
  });

  it("resolves a month of last year", () => {
    const x = extractBody("Latvia expelled three Russian diplomats in March last year.", "June 10, 2022");
    expect(events(x).map((e) => e[2])).toEqual(["2021-03"]);
  });

  it("does not read criticism of 'the expulsion' as aimed at the speaker's own retaliation", () => {
    const x = extractBody(
      "Latvia expelled a Belarusian diplomat on Monday, and Belarus retaliated by ordering a Latvian diplomat to leave. Belarus’s foreign ministry called the expulsion “unacceptable.”",
      "June 10, 2022",
    );
    expect(
      x.relations.filter((r) => r.kind === "CRITICIZES").map((r) => `${r.sourceId} ${r.targetId}`),
    ).toContain("country:by country:lv");
  });
});

describe("agents of force", () => {
  it("reads a body coordinated with plain nouns as the subject ('X police and soldiers used …')", () => {
    const x = extractBody(
      "Peruvian police and soldiers used water cannon on Tuesday against protesters.",
      "June 10, 2022",
    );
    // "soldiers" is the same state's armed forces: both bodies are agents.
    expect(events(x)).toEqual([
      ["coercion", "170", "2022-06-07", "source:org:pe:police,source:org:pe:armed-forces"],
    ]);
  });

  it("reads a demonym right before an act's noun as its agent", () => {
    const x = extractBody("Chad condemned Libyan air strikes near the border.", "June 10, 2022");
    expect(events(x).map((e) => [e[0], e[3]])).toContainEqual(["military-attack", "source:country:ly"]);
  });
});

describe("deployments by sending or stationing", () => {
  it("reads 'would send police officers to X next month' as a planned deployment", () => {
    const x = extractBody(
      "Kenya said it would send 200 police officers to Haiti next month.",
      "June 10, 2022",
    );
    expect(events(x)).toEqual([["deployment", "154", "2022-07", "participant:country:ke"]]);
    expect(x.events[0]?.status).toBe("planned");
  });

  it("does not read a police station as stationing", () => {
    const x = extractBody("Officers at the police station in Lima questioned two men.", "June 10, 2022");
    expect(x.events).toEqual([]);
  });
});

describe("material aid", () => {
  it("reads 'to provide 20 million euros for …' and 'supplied wheat to X' as aid (CAMEO 070)", () => {
    const x = extractBody(
      "The World Bank will provide 20 million euros for new clinics. Turkey supplied wheat to Lebanon in May.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([
      ["aid", "070"],
      ["aid", "070"],
    ]);
  });
});
