// A release told in the passive of a pronoun or plain noun for people taken just before
// ("He was released after questioning"). Made-up text only; published Friday 2022-06-10.
import { describe, expect, it } from "vitest";
import { extractBody, kinds } from "../helpers.ts";

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

describe("a release told by its own complement or by a bare count", () => {
  const types = (body: string) => extractBody(body, "June 6, 2024").events.map((e) => e.type);

  it.each([
    "“We are relieved,” she said. He was released from custody in Lima on Tuesday, his lawyer said.",
    "The court ruled on Monday. She was freed from jail in Quito on Tuesday.",
    "They were released from police custody in La Paz on Tuesday, the ministry said.",
    "Four fishermen were detained by the navy on Sunday. Two were freed on Tuesday after their families paid a fine.",
    "Police arrested nine protesters on Sunday; three were released on Tuesday.",
  ])("reads a release in %j", (body) => {
    expect(types(body)).toContain("release");
  });

  it.each([
    // a document released from an archive is no person freed
    "The minister said the report was released from the archive on Monday.",
    // a bare count with no taking told before is nobody's release
    "Two were released on Tuesday, the ministry said.",
    // a count inside a clause is not the subject of the passive
    "The ministry said that the two were released on Tuesday.",
  ])("reads no release in %j", (body) => {
    expect(types(body)).not.toContain("release");
  });
});

describe("'all 12', 'the 14' released after a detention", () => {
  it.each([
    "Peruvian police detained 14 people on Monday. All 14 were released on bail in the evening.",
    "Peruvian police detained 14 people on Monday. The 14 were later released without charge.",
    "Peruvian police detained nine protesters on Monday. All nine were freed on Tuesday.",
  ])("reads a release in %j", (body) => {
    expect(kinds(body).filter((k) => k.startsWith("release 084"))).toHaveLength(1);
  });

  it("reads no release without a taking told before", () => {
    expect(
      kinds("All 12 were released in the evening, the company said.").filter((k) => k.startsWith("release")),
    ).toEqual([]);
  });
});
