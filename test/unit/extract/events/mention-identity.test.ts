// Tests of src/extract/events/mention-identity.ts, on made-up text.
import { describe, expect, it } from "vitest";
import {
  coordinatedNouns,
  datedEitherSideOfReport,
} from "../../../../src/extract/events/mention-identity.ts";
import type { Extraction } from "../../../../src/extract/types.ts";
import { extractBody, summary } from "../helpers.ts";

describe("mentions of one act", () => {
  it("joins coordinated event nouns of one type", () => {
    const x = extractBody(
      "The European Union will impose travel bans and asset freezes on six officials of Belarus from June 1.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["sanctions 163 [2023-06-01]"]);
  });

  it("keeps a plan apart from a past act on the same object", () => {
    const x = extractBody(
      "Finland said it would close two border crossings with Russia from July 1. Finland shut the Vaalimaa crossing in March 2022.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["border-closure 191 [2023-07-01]", "border-closure 191 [2022-03]"]);
  });

  it("reads undated passives as a breakdown of a dated arrest", () => {
    const x = extractBody(
      "Police in Chile arrested 12 people on Tuesday. Eight suspects were detained in Santiago. Four others were arrested in Arica.",
      "May 4, 2023",
    );
    expect(summary(x)).toEqual(["arrest 173 [2023-05-02]"]);
  });

  it("compares mention dates with the report's", () => {
    const m = (value: string) => ({
      trigger: {} as never,
      participants: [],
      dates: [{ start: 0, end: 0, text: "", value, precision: "month" as const }],
    });
    expect(datedEitherSideOfReport(m("2023-07"), m("2022-03"), "2023-05-03")).toBe(true);
    expect(datedEitherSideOfReport(m("2023-05"), m("2022-03"), "2023-05-03")).toBe(false);
    expect(coordinatedNouns(m("2023-07"), m("2023-07"), "")).toBe(false);
  });
});

describe("intrusions told by verbs of motion", () => {
  it("dates an intrusion from a later 'flew … into' sentence", () => {
    const x = extractBody(
      "Latvia said a Russian military drone violated its airspace. The drone flew about three kilometres into Latvian airspace on Monday night.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2023-05-01]"]);
  });
});

describe("a meeting held at a summit is the summit", () => {
  const ev = (x: Extraction) =>
    x.events.map((e) => [
      e.type,
      e.status,
      e.participants.map((p) => p.actorId),
      e.dates.map((d) => d.value),
      e.placeName ?? "",
    ]);
  it("merges 'meet again at the X summit in <city> in <month>' into one planned summit", () => {
    const x = extractBody(
      "Chilean President Ana Rojas met Peruvian President Luis Vega on Monday. The two leaders are expected to meet again at the G20 summit in Tokyo in May.",
    );
    expect(ev(x).filter((e) => e[1] === "planned")).toEqual([
      ["summit", "planned", ["person:ana-rojas", "person:luis-vega", "org:g20"], ["2022-05"], "Tokyo"],
    ]);
  });
  it("keeps the meeting's place when the summit has none", () => {
    const x = extractBody("Chile and Peru will meet in Lima at the G20 summit in May.");
    expect(ev(x)).toEqual([
      ["summit", "planned", ["country:cl", "country:pe", "org:g20"], ["2022-05"], "Lima"],
    ]);
  });
  it("keeps a meeting and a summit apart when the meeting is not held at it", () => {
    const x = extractBody("Chile and Peru will meet in Lima and attend the G20 summit in May.");
    expect(ev(x).map((e) => e[0])).toEqual(["meeting", "summit"]);
  });
});

describe("particles and clause scope", () => {
  it("a bare definite event noun after an earlier event of its type is no new event", () => {
    const x = extractBody(
      "Chile and Peru agreed to resume talks on fishing rights. Ecuador said members of Varnex would follow the talks closely.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual(["country:cl", "country:pe"]);
  });
});
