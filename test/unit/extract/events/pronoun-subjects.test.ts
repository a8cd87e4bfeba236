// Tests of src/extract/events/pronoun-subjects.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { acts, extractBody, sources, summary } from "../helpers.ts";

describe("a body's own forces", () => {
  it("makes the reporting body the agent of 'its warplanes had struck'", () => {
    const x = extractBody(
      "The Nigerian army said in a statement that its warplanes had struck three militant camps on Tuesday.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["org:ng:army"]);
  });

  it("gives a person speaking no forces", () => {
    const x = extractBody(
      "Analyst Musa Bello said its warplanes had struck three militant camps on Tuesday.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });
});

describe("pronoun subjects", () => {
  it("adds the speaker to 'she and her <demonym> counterpart'", () => {
    const x = extractBody(
      "Peruvian Foreign Minister Rosa Vidal said she and her Chilean counterpart would meet in Arica in June.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["meeting 036 [2023-06]"]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual(["person:rosa-vidal", "country:cl"]);
  });

  it("reads a sentence-opening 'They' as the parties of the act just told", () => {
    const x = extractBody(
      "Peru and Chile agreed on Monday to resume talks on fishing. They also agreed to set up a hotline between their coast guards.",
      "May 3, 2023",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting", "cooperation"]);
    expect(x.events[1]?.participants.map((p) => p.actorId)).toEqual(["country:pe", "country:cl"]);
  });

  it("leaves a 'They' with no two-party act before it alone", () => {
    const x = extractBody("Peru raised fees. They also agreed to set up a hotline.", "May 3, 2023");
    expect(x.events.map((e) => e.type)).not.toContain("cooperation");
  });
});

describe("planned events in reported speech", () => {
  it("gives a reported pronoun subject ('X said it would …') the speaker's role", () => {
    const x = extractBody("The European Commission said it would present new sanctions in June.");
    expect(x.events[0]?.participants).toEqual([{ actorId: "org:european-commission", role: "participant" }]);
  });
});

describe("agents of reported clauses", () => {
  it("reads 'the ministry said it had conveyed “…protest” to X' as the ministry's protest", () => {
    const x = extractBody(
      "Chile’s foreign ministry said in a statement that it had conveyed “grave concern and strong protest” to Peru.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => e.type)).toEqual(["diplomatic-protest"]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toContain("org:cl:ministry-of-foreign-affairs");
  });

  it("does not give a person's reported clause an agent from the pronoun", () => {
    const x = extractBody(
      "Minister Ana Ruiz said in Lima that it had sent a “strong protest” to Bolivia.",
      "June 10, 2022",
    );
    expect(x.events.filter((e) => e.participants.some((p) => p.role === "source"))).toEqual([]);
  });
});

describe("a named actor before 'and his|her' counterpart (published Friday 2022-06-10)", () => {
  it("joins the counterpart's state as a party of the meeting", () => {
    expect(
      acts(
        "Peru's foreign minister, Ana Soto, said the border was calm. Soto and her Chilean counterpart will meet in Lima on July 5.",
      ),
    ).toEqual([["meeting", "036", "2022-07-05", "person:ana-soto country:cl"]]);
    expect(
      acts(
        "Peru's foreign minister, Ana Soto, spoke in Lima. Soto and her Bolivian counterpart held talks in La Paz on Tuesday.",
      ),
    ).toEqual([["meeting", "040", "2022-06-07", "person:ana-soto country:bo"]]);
    expect(
      acts("The Peruvian defence minister and his Chilean counterpart met in Arica on Tuesday.").map(
        (a) => a[3],
      ),
    ).toEqual(["country:pe country:cl"]);
  });

  it("needs 'and' with a possessive right before the counterpart", () => {
    expect(
      acts(
        "Peru's foreign minister, Ana Soto, spoke in Lima. Soto said a Chilean counterpart might meet her in Lima next week.",
      ).map((a) => a[3]),
    ).not.toContain("person:ana-soto country:cl");
  });
});
