// Tests of src/extract/events/clause-dates.ts (the sieve's first step: a date goes to the act it is
// written with, and coordinated acts share it), on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, summary } from "../helpers.ts";

// Thursday, May 5, 2022.
const dated = (body: string) => summary(extractBody(body, "May 05, 2022"));

describe("a date goes to the act it is written with", () => {
  it("takes the act just before it", () => {
    expect(dated("Fiji seized a Chinese trawler on Friday.")).toEqual(["seizure 171 [2022-04-29]"]);
  });

  it("takes the noun it modifies", () => {
    expect(dated("Leaders met for the June summit in Suva.")).toEqual(["summit 036 [2022-06]"]);
  });

  it("reaches back past a long object and place with no clause between", () => {
    expect(
      dated(
        "Vanuatu police detained two trawlers and their 23 crew members in waters north of the outer islands on Tuesday.",
      ),
    ).toEqual(["seizure 171 [2022-05-03]"]);
  });

  it("resolves forwards for a planned act, and for a present schedule", () => {
    expect(dated("Samoa pledged to hold joint patrols with Tonga from January.")).toEqual([
      "military-exercise 062 [2023-01]",
    ]);
    expect(dated("The ceasefire between the two clans takes effect on Sunday.")).toEqual([
      "ceasefire 087 [2022-05-08]",
    ]);
  });

  it("leaves a report's day and a head clause's day to them", () => {
    expect(dated("Fiji said on Tuesday that it had expelled a Chinese diplomat.")).toEqual([
      "expulsion 174 []",
    ]);
    expect(dated("Fiji protested on Friday after Chinese sailors seized a fishing boat.")).toEqual([
      "seizure 171 []",
    ]);
  });
});

describe("coordinated acts share a date", () => {
  it("gives a date after the first verb to the second", () => {
    expect(dated("Palau police raided two warehouses on Monday and detained six men.")).toEqual([
      "raid 171 [2022-05-02]",
      "arrest 173 [2022-05-02]",
    ]);
  });

  it("gives a date closing the coordination to the first verb", () => {
    expect(dated("Palau police detained six men and seized their boat on Monday.")).toEqual([
      "arrest 173 [2022-05-02]",
      "seizure 171 [2022-05-02]",
    ]);
  });

  it("shares a date between a verb and a relative clause on its object", () => {
    expect(dated("Nauru police detained four sailors who strayed into its waters on April 14.")).toEqual([
      "arrest 173 [2022-04-14]",
      "intrusion 150 [2022-04-14]",
    ]);
  });

  it("dates a participle clause from the date closing its head clause", () => {
    expect(
      dated("Tonga raided camps used by smugglers near the coast on Monday, arresting 11 suspects."),
    ).toEqual(["raid 171 [2022-05-02]", "arrest 173 [2022-05-02]"]);
  });
});

describe("a relative clause in the simple present has no past day", () => {
  it("gives the day after it to the act before it", () => {
    expect(
      dated(
        "Swiss police searched the offices of the trust company that administers the accounts on Tuesday and took away files.",
      ),
      // taking files away is a seizure of its own (lexicon: things carried away), on the same day
    ).toEqual(["raid 171 [2022-05-03]", "seizure 171 [2022-05-03]"]);
    expect(dated("Fijian police raided the warehouse of a firm that imports tuna on Monday.")).toEqual([
      "raid 171 [2022-05-02]",
    ]);
    expect(
      dated("Tongan customs seized a container of a shipper which is based in Suva on Wednesday."),
    ).toEqual(["seizure 171 [2022-05-04]"]);
    expect(
      dated("Samoan police detained the crew of a trawler that usually fishes near the reef on Sunday."),
    ).toEqual(["seizure 171 [2022-05-01]"]);
  });

  it("leaves a past relative clause and a day to come to the later noun", () => {
    expect(dated("Fiji protested to China over the trawler that sank on Tuesday.")).toEqual([
      "diplomatic-protest 114 []",
    ]);
    expect(dated("Fiji will host talks with a group that meets in Suva next month.")).toEqual([
      "meeting 036 []",
    ]);
  });
});

describe("a plural noun after the relative pronoun is no present verb", () => {
  it("leaves a past relative clause's day to it", () => {
    expect(dated("Samoan police raided two camps which smugglers had used near the reef on Sunday.")).toEqual(
      ["raid 171 []"],
    );
  });
});
