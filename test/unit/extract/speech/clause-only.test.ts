// Tests of src/extract/speech/clause-only.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, saidWithVerb } from "../helpers.ts";

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
    expect(saidWithVerb(`Pavel Ostrov ${verb} that the bridge had been closed for a week.`)).toEqual([
      `person:pavel-ostrov|${verb}|010|the bridge had been closed for a week`,
    ]);
  });

  it("reads a platform or a time between the verb and 'that' ('posted on social media that …')", () => {
    expect(saidWithVerb("Pavel Ostrov posted on social media on Sunday that the bridge was open.")).toEqual([
      "person:pavel-ostrov|posted|010|the bridge was open",
    ]);
  });

  it("reads a hearer before 'that' only for verbs that take one ('assured traders that …')", () => {
    expect(saidWithVerb("Pavel Ostrov assured traders that the bridge would reopen.")).toEqual([
      "person:pavel-ostrov|assured|010|the bridge would reopen",
    ]);
  });

  it("reads them closing an attribution ('…, Name countered.')", () => {
    expect(
      saidWithVerb("Norway closed the bridge first, Transport Minister Pavel Ostrov countered."),
    ).toEqual(["person:pavel-ostrov|countered|010|Norway closed the bridge first"]);
  });

  it("ignores the non-speech senses", () => {
    const body =
      "Norway recalled its ambassador from Oslo on Monday. Troops responded with warning shots. " +
      "Police charged two men with smuggling. The army posted extra troops at the bridge. " +
      "Pavel Ostrov maintained close ties with the bank.";
    expect(saidWithVerb(body)).toEqual([]);
  });

  it("does not take a quoted phrase right after the verb as a quotation it frames", () => {
    expect(
      saidWithVerb("Pavel Ostrov said Norwegian troops had responded “in kind” to the shelling.").map(
        (x) => x.split("|")[1],
      ),
    ).toEqual(["said"]);
  });

  it("does not make a name a person from a non-speech sense ('Marlow Holdings recalled the batch')", () => {
    const x = extractBody("Marlow Holdings recalled the batch on Monday.");
    expect(x.actors.filter((a) => a.kind === "Person")).toEqual([]);
  });
});
