// An attribution set in the middle of its clause (mid-clause.ts), on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, saidPairs } from "../helpers.ts";

describe("'<subject>, <speaker> said, <predicate>'", () => {
  it.each([
    [
      "Ecuador accused Peru on Monday. The patrol, the defence ministry said, had crossed the river at night.",
      "org:ec:ministry-of-defense",
      "had crossed the river at night",
    ],
    [
      "Norwegian Trade Minister Ola Berg met his Swedish counterpart. The talks, he added, would resume in May.",
      "person:ola-berg",
      "would resume in May",
    ],
    [
      "Danish Foreign Minister Ida Holm spoke on Monday. The seizure, she said on Tuesday, ran against the accord.",
      "person:ida-holm",
      "ran against the accord",
    ],
    [
      "Ecuador accused Peru on Monday. Such incursions, Ecuador’s foreign ministry said, were not new.",
      "org:ec:ministry-of-foreign-affairs",
      "were not new",
    ],
  ])("reads the predicate after the tag as what was said (%s)", (body, speaker, text) => {
    expect(saidPairs(body)).toContainEqual([speaker, text]);
  });

  it("leaves an adverbial opening alone ('On Monday, X said, …' has no subject before the tag)", () => {
    const pairs = saidPairs("Ecuador accused Peru. On Monday, Ecuador said, Peru had crossed the river.");
    expect(pairs.map(([, t]) => t)).not.toContain("had crossed the river");
  });

  it("leaves a subject that holds a verb of its own alone", () => {
    const pairs = saidPairs("Ecuador accused Peru. The patrol crossed the river, he said, had left.");
    expect(pairs.map(([, t]) => t)).not.toContain("had left");
  });

  it.each([
    [
      "Ecuador accused Peru on Monday. Agents who raided the warehouse, the defence ministry said, had seized forty rifles.",
      "org:ec:ministry-of-defense",
      "had seized forty rifles",
    ],
    [
      "Ecuador accused Peru on Monday. The fishermen held by Peru, Ecuador’s foreign ministry said, were still in custody.",
      "org:ec:ministry-of-foreign-affairs",
      "were still in custody",
    ],
    [
      "Ecuador accused Peru on Monday. The trucks, Ecuadorian officials said, had been stopped at the bridge.",
      "country:ec",
      "had been stopped at the bridge",
    ],
    [
      "Ecuador accused Peru on Monday. The shells, the defence ministry said in a statement issued in Quito, had landed near a school.",
      "org:ec:ministry-of-defense",
      "had landed near a school",
    ],
    [
      "Ecuador accused Peru on Monday. Sailors sent to the reef, Ecuador’s foreign ministry said in a statement, saw no markers.",
      "org:ec:ministry-of-foreign-affairs",
      "saw no markers",
    ],
  ])("reads a subject with a relative clause or participle, or a longer tag (%s)", (body, speaker, text) => {
    expect(saidPairs(body)).toContainEqual([speaker, text]);
  });

  it("leaves a subject whose own verb comes before its relative clause alone", () => {
    const pairs = saidPairs(
      "Ecuador accused Peru. Troops crossed the river that the patrol watched, he said, had left.",
    );
    expect(pairs.map(([, t]) => t)).not.toContain("had left");
  });

  it("needs a verb right after the tag", () => {
    const pairs = saidPairs(
      "Ecuador accused Peru. The patrol, the defence ministry said, a unit of marines.",
    );
    expect(pairs.map(([, t]) => t)).not.toContain("a unit of marines");
  });
});

describe("mid-clause tags with a hearer or an 'according to' frame", () => {
  it("reads '<subject>, X told reporters, <predicate>'", () => {
    expect(
      saidPairs(
        "Norwegian Trade Minister Ola Berg met his Swedish counterpart. The talks, Berg told reporters, would resume in May.",
      ),
    ).toContainEqual(["person:ola-berg", "would resume in May"]);
  });
  it.each([
    [
      "The patrol, according to the defence ministry, had crossed the river at night.",
      "had crossed the river at night",
    ],
    ["The patrol, according to Ecuador’s defence ministry, was armed.", "was armed"],
  ])("reads '%s' as the frame's source's words", (sentence, text) => {
    expect(saidPairs(`Ecuador accused Peru on Monday. ${sentence}`)).toContainEqual([
      "org:ec:ministry-of-defense",
      text,
    ]);
  });
  it("leaves a frame after an adverbial opening alone", () => {
    const pairs = saidPairs(
      "Ecuador accused Peru. On Monday, according to the defence ministry, had crossed the river.",
    );
    expect(pairs.map(([, t]) => t)).not.toContain("had crossed the river");
  });
});

describe("mid-clause tags: an adverb before the predicate, a quoted phrase inside it", () => {
  it("reads a predicate opening with an -ly adverb", () => {
    const pairs = saidPairs(
      "The Chilean embassy said on Monday that it regretted the incident. Santiago, the embassy said, firmly rejected any use of force.",
    );
    expect(pairs).toContainEqual(["org:cl:embassy", "firmly rejected any use of force"]);
  });

  it("gives a quoted phrase inside the predicate the whole predicate, as one statement", () => {
    const pairs = saidPairs(
      "Ecuador accused Peru on Monday. The fishermen, the defence ministry said, had been stopped by “armed men in grey boats” near the river mouth.",
    );
    expect(pairs).toContainEqual([
      "org:ec:ministry-of-defense",
      "had been stopped by “armed men in grey boats” near the river mouth",
    ]);
    expect(pairs.map(([, t]) => t)).not.toContain("armed men in grey boats");
  });

  it("takes a quoted predicate whole, and keeps a quote alone after an adverbial opener (negative case)", () => {
    const pairs = saidPairs(
      "Ecuador accused Peru on Monday. The patrol, the defence ministry said, was “a provocation.”",
    );
    expect(pairs.map(([, t]) => t)).toContain("was “a provocation.”");
    const other = saidPairs(
      "Ecuador accused Peru on Monday. In Quito, the defence ministry said, “We will respond.”",
    );
    expect(other.map(([, t]) => t)).toContain("We will respond.");
  });
});

describe("mid-clause attribution before a quoted or present-tense predicate", () => {
  const rows = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

  it("reads a quotation that opens the predicate, and what follows it in the clause", () => {
    expect(
      rows(
        "Chile’s foreign ministry spoke on Monday. The new maps, the ministry said, “ignore the spirit” of the 1984 treaty, and Santiago expected Lima to withdraw them.",
      ),
    ).toContain(
      "org:cl:ministry-of-foreign-affairs|“ignore the spirit” of the 1984 treaty, and Santiago expected Lima to withdraw them",
    );
    expect(
      rows("Foreign Minister Hugo Silva spoke on Monday. Those talks, he said, “were a waste of time.”"),
    ).toEqual(["person:hugo-silva|“were a waste of time.”"]);
  });

  it("reads a present-tense predicate ('belongs to', 'remains')", () => {
    expect(
      rows(
        "Navy commander Luis Soto spoke on Monday. The aircraft that spotted the boat, he noted, belongs to the regional patrol pact.",
      ),
    ).toEqual(["person:luis-soto|belongs to the regional patrol pact"]);
    expect(
      rows(
        "Foreign Minister Hugo Silva spoke on Monday. The treaty, he said, remains “the only basis” for talks.",
      ),
    ).toEqual(["person:hugo-silva|remains “the only basis” for talks"]);
  });

  it("does not read a quotation after an adverbial opening or a clause as a mid-clause predicate", () => {
    expect(
      rows(
        "Foreign Minister Hugo Silva spoke on Monday. Last year, he said, “talks failed” because of Peru.",
      ),
    ).not.toContain("person:hugo-silva|“talks failed” because of Peru");
    expect(
      rows(
        "Foreign Minister Hugo Silva spoke on Monday. Troops crossed the river, he said, “at night” and in boats.",
      ),
    ).not.toContain("person:hugo-silva|“at night” and in boats");
  });
});
