// Round 7: the reporting-verb family beyond the dev corpus. Unambiguous speech verbs (conceded,
// tweeted, retorted, cautioned, deplored, hailed …) report a clause anywhere; verbs with a common
// non-speech sense (maintained, countered, posted, recalled, responded, charged …) only before a
// "that" clause, a quotation set off by a colon or comma, or closing an attribution.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) =>
  extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.cameo}|${s.text}`);

describe("unambiguous reporting verbs", () => {
  it.each([
    ["conceded", "010"],
    ["tweeted", "010"],
    ["retorted", "010"],
    ["contended", "010"],
    ["cautioned", "012"],
    ["predicted", "010"],
    ["pointed out", "010"],
  ])("reads 'Name %s that …'", (verb, cameo) => {
    expect(said(`Pavel Ostrov ${verb} that the bridge had been closed for a week.`)).toEqual([
      `person:pavel-ostrov|${verb}|${cameo}|the bridge had been closed for a week`,
    ]);
  });

  it("reads a criticism verb with its stance ('deplored …')", () => {
    const x = extractBody("Pavel Ostrov deplored that Norway had closed the bridge.");
    expect(x.statements.map((s) => [s.verb, s.cameo, s.text])).toEqual([
      ["deplored", "111", "Norway had closed the bridge"],
    ]);
  });

  it("reads 'hailed X as Y' like 'dismissed X as Y'", () => {
    expect(said("Pavel Ostrov hailed the accord as a turning point.")).toEqual([
      "person:pavel-ostrov|hailed|051|the accord as a turning point",
    ]);
  });

  it("reads the clause before a sentence-final new verb ('…, Name retorted.')", () => {
    expect(said("The bridge was never closed, Pavel Ostrov retorted.")).toEqual([
      "person:pavel-ostrov|retorted|010|The bridge was never closed",
    ]);
  });
});

describe("reporting verbs with a non-speech sense", () => {
  it.each([
    "maintained",
    "countered",
    "admitted",
    "revealed",
    "disclosed",
    "recalled",
    "indicated",
    "signalled",
  ])("reads 'Name %s that …'", (verb) => {
    expect(said(`Pavel Ostrov ${verb} that the bridge had been closed for a week.`)).toEqual([
      `person:pavel-ostrov|${verb}|010|the bridge had been closed for a week`,
    ]);
  });

  it("reads a platform or a time between the verb and 'that' ('posted on social media that …')", () => {
    expect(said("Pavel Ostrov posted on social media on Sunday that the bridge was open.")).toEqual([
      "person:pavel-ostrov|posted|010|the bridge was open",
    ]);
  });

  it("reads a hearer before 'that' only for verbs that take one ('assured traders that …')", () => {
    expect(said("Pavel Ostrov assured traders that the bridge would reopen.")).toEqual([
      "person:pavel-ostrov|assured|010|the bridge would reopen",
    ]);
  });

  it("reads them closing an attribution ('…, Name countered.')", () => {
    expect(said("Norway closed the bridge first, Transport Minister Pavel Ostrov countered.")).toEqual([
      "person:pavel-ostrov|countered|010|Norway closed the bridge first",
    ]);
  });

  it("reads a quotation after a colon ('replied: “…”')", () => {
    expect(
      said("Pavel Ostrov said the bridge was open. Asked about the tolls, Ostrov replied: “Nobody pays.”"),
    ).toContain("person:pavel-ostrov|replied|010|Nobody pays.");
  });

  it("ignores the non-speech senses", () => {
    const body =
      "Norway recalled its ambassador from Oslo on Monday. Troops responded with warning shots. " +
      "Police charged two men with smuggling. The army posted extra troops at the bridge. " +
      "Pavel Ostrov maintained close ties with the bank.";
    expect(said(body)).toEqual([]);
  });

  it("does not take a quoted phrase right after the verb as a quotation it frames", () => {
    expect(
      said("Pavel Ostrov said Norwegian troops had responded “in kind” to the shelling.").map(
        (x) => x.split("|")[1],
      ),
    ).toEqual(["said"]);
  });

  it("does not make a name a person from a non-speech sense ('Marlow Holdings recalled the batch')", () => {
    const x = extractBody("Marlow Holdings recalled the batch on Monday.");
    expect(x.actors.filter((a) => a.kind === "Person")).toEqual([]);
  });
});
