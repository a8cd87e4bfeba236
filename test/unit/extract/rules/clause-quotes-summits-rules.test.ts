// General rules (third round), each on made-up text: quoted phrases inside a reported clause, threats
// stated as "a warning to X", meetings held at a named summit, and bare "President X" titles.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const st = (x: X) => x.statements.map((s) => [s.kind, s.speakerId, s.verb, s.cameo, s.text, s.aboutIds]);
const rels = (x: X, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);

describe("quoted phrase inside a reported clause", () => {
  it("makes one quote statement (the whole clause, per the guide), not a cut paraphrase plus a quote", () => {
    const x = extractBody(
      "Tehran said the drill was a warning to “reckless actors” of Israel and its partners.",
    );
    expect(st(x)).toEqual([
      [
        "quote",
        "country:ir",
        "said",
        "130",
        "the drill was a warning to “reckless actors” of Israel and its partners",
        ["country:il"],
      ],
    ]);
    expect(x.statements[0]?.targetIds).toEqual(["country:il"]);
    expect(rels(x, "THREATENS")).toEqual(["country:ir>country:il"]);
  });
  it("does not read a noun '-ing' form after a determiner as a reporting verb", () => {
    const x = extractBody("Chile said the ruling was a blessing for Peru.");
    expect(st(x)).toEqual([
      ["paraphrase", "country:cl", "said", "010", "the ruling was a blessing for Peru", ["country:pe"]],
    ]);
  });
  it("keeps punctuation inside a quoted phrase from ending the clause", () => {
    const x = extractBody("Peru said the talks were “constructive, the best in years” and would resume.");
    expect(st(x)).toEqual([
      [
        "quote",
        "country:pe",
        "said",
        "010",
        "the talks were “constructive, the best in years” and would resume",
        [],
      ],
    ]);
  });
  it("keeps a quotation that is the whole object of the verb a plain quote", () => {
    const x = extractBody("Chile said “we will not accept this.”");
    expect(st(x)).toEqual([["quote", "country:cl", "said", "010", "we will not accept this.", []]]);
    expect(x.relations).toEqual([]);
  });
});

describe("a warning to a named actor is a threat", () => {
  it("turns an unquoted 'was a warning to X' clause into CAMEO 130 with a THREATENS relation", () => {
    const x = extractBody("Iran said the test was a warning to Israel.");
    expect(st(x)).toEqual([
      ["paraphrase", "country:ir", "said", "130", "the test was a warning to Israel", ["country:il"]],
    ]);
    expect(x.statements[0]?.targetIds).toEqual(["country:il"]);
    expect(rels(x, "THREATENS")).toEqual(["country:ir>country:il"]);
  });
  it("needs a named target: a warning to nobody in particular stays a statement", () => {
    const x = extractBody("Iran said the test was a warning to its enemies.");
    expect(st(x)).toEqual([
      ["paraphrase", "country:ir", "said", "010", "the test was a warning to its enemies", []],
    ]);
    expect(rels(x, "THREATENS")).toEqual([]);
  });
});

describe("a meeting held at a summit is the summit", () => {
  const ev = (x: X) =>
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

describe("bare 'President X' titles", () => {
  const people = (x: X) =>
    x.actors.filter((a) => a.kind === "Person").map((a) => [a.id, a.title ?? "", a.countryId ?? ""]);
  it("takes the state from a later demonym + leader noun that can only mean X", () => {
    const x = extractBody(
      "Chile and Peru agreed to restore ties. President Ana Rojas met Peruvian Prime Minister Luis Vega in Lima, the first such visit by a Chilean leader in 12 years.",
    );
    expect(people(x)).toEqual([
      ["person:ana-rojas", "President", "country:cl"],
      ["person:luis-vega", "Prime Minister", "country:pe"],
    ]);
    expect(rels(x, "AFFILIATED_WITH")).toEqual([
      "person:luis-vega>country:pe",
      "person:ana-rojas>country:cl",
    ]);
  });
  it("gives no affiliation when the other person's country is unknown", () => {
    const x = extractBody(
      "President Ana Rojas met Prime Minister Luis Vega in Lima, the first such visit by a Chilean leader in 12 years.",
    );
    expect(people(x)).toEqual([
      ["person:ana-rojas", "President", ""],
      ["person:luis-vega", "Prime Minister", ""],
    ]);
  });
  it("gives no affiliation when the demonym matches the other person's country", () => {
    const x = extractBody(
      "President Ana Rojas met Chilean Prime Minister Luis Vega in Lima, the first visit by a Chilean leader.",
    );
    expect(people(x)).toEqual([
      ["person:ana-rojas", "President", ""],
      ["person:luis-vega", "Prime Minister", "country:cl"],
    ]);
  });
  it("reads one word after a title as a person, but not a known place or country word", () => {
    const x = extractBody("President Lula met Peruvian Prime Minister Luis Vega. President Santiago spoke.");
    expect(people(x)).toEqual([
      ["person:lula", "President", ""],
      ["person:luis-vega", "Prime Minister", "country:pe"],
    ]);
  });
});
