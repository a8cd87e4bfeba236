// Tests of src/extract/events/mention-identity.ts, on made-up text.
import { describe, expect, it } from "vitest";
import {
  coordinatedNouns,
  datedEitherSideOfReport,
} from "../../../../src/extract/events/mention-identity.ts";
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

describe("particles and clause scope", () => {
  it("a bare definite event noun after an earlier event of its type is no new event", () => {
    const x = extractBody(
      "Chile and Peru agreed to resume talks on fishing rights. Ecuador said members of Varnex would follow the talks closely.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual(["country:cl", "country:pe"]);
  });
});

describe("two past mentions of one type dated to the same day", () => {
  const of = (type: string, body: string) =>
    summary(extractBody(body, "June 10, 2022")).filter((k) => k.startsWith(type));

  it("are one act when one's states are the other's", () => {
    expect(
      of(
        "diplomatic-protest",
        "Peru lodged a protest with Chile on Thursday over the arrests. Deputy Minister Ana Ruiz handed a protest note to Chile’s ambassador on Thursday morning, the ministry said.",
      ),
    ).toEqual(["diplomatic-protest 114 [2022-06-09]"]);
    expect(
      of(
        "military-attack",
        "Kenya and Somalia gave conflicting accounts on Tuesday of a clash near Mandera. Kenyan police said a patrol had come under fire from across the border shortly after midnight on Tuesday.",
      ).length,
    ).toBeLessThanOrEqual(1);
  });

  it("are one act when the later mention names no party", () => {
    expect(
      of(
        "agreement",
        "Fiji and Tonga signed an agreement on Thursday to patrol their shared waters. The memorandum of understanding, signed in Suva by the two foreign ministers, runs for five years.",
      ),
    ).toEqual(["agreement 057 [2022-06-09]"]);
  });

  it("stay two when one names a party the other lacks, or one is a plan", () => {
    expect(
      of(
        "meeting",
        "Chile and Peru held talks in Lima on Monday. Peru also met the Red Cross in Lima on Monday to discuss the detainees.",
      ),
    ).toHaveLength(2);
    expect(
      of(
        "expulsion",
        "Peru expelled a Chilean diplomat on Monday. Bolivia expelled an Argentine consul on Monday.",
      ),
    ).toHaveLength(2);
  });
});
