// A release told in the passive of a pronoun or plain noun for people taken just before
// ("He was released after questioning"). Made-up text only; published Friday 2022-06-10.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const releases = (body: string) => kinds(body).filter((k) => k.startsWith("release"));

describe("releases of people taken before, told by a referring subject", () => {
  it("reads a pronoun subject after an arrest in the sentence before", () => {
    expect(
      releases(
        "Chilean police arrested a Peruvian citizen near Arica last month on suspicion of spying. He was released after questioning.",
      ),
    ).toEqual(["release 084 "]);
  });

  it("reads 'eight of the men' and 'who' subjects, with an adverb before the verb", () => {
    expect(
      releases(
        "Gendarmes arrested 11 suspects at a checkpoint on Tuesday. Eight of the men were later released without charge.",
      ),
    ).toEqual(["release 084 "]);
    expect(
      releases(
        "Police raided the offices of a monitoring group on Monday and detained 35 of its staff, who were later released on bail.",
      ),
    ).toEqual(["release 084 "]);
  });

  it("dates 'four days later' from the taking in the sentence before", () => {
    expect(
      releases(
        "The Peruvian navy detained the fishermen on June 2 near Ilo. The men were freed on bail four days later.",
      ),
    ).toEqual(["release 084 2022-06-06"]);
  });

  it("reads no release without a taking of people before it", () => {
    expect(releases("The minister fell ill last week. He was released from hospital on Monday.")).toEqual([]);
    expect(releases("The minister said he was released.")).toEqual([]);
  });

  it("reads no release from an active verb with a pronoun subject", () => {
    expect(
      releases("Police detained two activists on Monday. They released a statement on Tuesday."),
    ).toEqual([]);
  });
});
