// Tests of src/extract/speech/hearers.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { afterHearer, hearerBeforeThat, hearerLength } from "../../../../src/extract/speech/hearers.ts";
import { saidPairs, saidWithVerb } from "../helpers.ts";

describe("the hearer of 'told'", () => {
  it.each([
    ["state television", " state television the bridge was shut."],
    ["an outlet by name", " Reuters the bridge was shut."],
    ["a named outlet with an article", " The Daily Clarion the bridge was shut."],
    ["an outlet after its kind", " the state news agency Pravdinfo the bridge was shut."],
    ["people", " Norwegian diplomats the bridge was shut."],
    ["a hearer and a time", " Reuters on Monday the bridge was shut."],
  ])("skips %s before a clause without 'that'", (_name, rest) => {
    expect(rest.slice(afterHearer(rest) ?? 0)).toBe(" the bridge was shut.");
  });

  it("ends the clause at a hearer followed by circumstances and a comma or full stop", () => {
    expect(afterHearer(" Reuters by telephone, “not one.”")).toBeNull();
    expect(hearerLength(" state radio in an interview.")).toBe(" state radio in an interview".length);
  });

  it("leaves 'that' clauses, infinitives and colons to the other readers", () => {
    expect(afterHearer(" reporters that the bridge was shut.")).toBeUndefined();
    expect(afterHearer(" Norway to shut the bridge.")).toBeUndefined();
    expect(afterHearer(" reporters: “Shut.”")).toBeUndefined();
  });
});

describe("statements framed by 'told' and a hearer", () => {
  it("drops the hearer from a clause without 'that'", () => {
    expect(
      saidWithVerb("Transport Minister Pavel Ostrov told state radio the bridge would stay shut."),
    ).toEqual(["person:pavel-ostrov|told|010|the bridge would stay shut"]);
    expect(
      saidWithVerb("Transport Minister Pavel Ostrov told Norwegian diplomats the bridge would stay shut."),
    ).toEqual(["person:pavel-ostrov|told|010|the bridge would stay shut"]);
  });

  it("reads a closing attribution with a hearer and circumstances", () => {
    expect(
      saidWithVerb("The bridge will stay shut, Transport Minister Pavel Ostrov told Reuters by telephone."),
    ).toEqual(["person:pavel-ostrov|told|010|The bridge will stay shut"]);
  });

  it("does not read the hearer as the second half of a split quote", () => {
    const texts = saidWithVerb(
      "Transport Minister Pavel Ostrov spoke on Monday. “The bridge stays shut,” Ostrov told Reuters by telephone, “for a month.”",
    ).map((x) => x.split("|")[3]);
    expect(texts).not.toContain("Reuters by telephone, “for a month.”");
  });

  it("keeps an infinitive after a hearer as the appeal ('told Norway to …')", () => {
    expect(saidPairs("Transport Minister Pavel Ostrov told Norway to shut the bridge.")).toEqual([
      ["person:pavel-ostrov", "Norway to shut the bridge"],
    ]);
  });
});

describe("'told <a briefing> … that …'", () => {
  it.each([
    "Ana Ruiz told a regular news conference in Lima on Monday that the talks had failed.",
    "Ana Ruiz told the weekly press briefing that the talks had failed.",
    "Ana Ruiz told reporters in Lima that the talks had failed.",
  ])("reads the clause after 'that' in %s", (body) => {
    expect(saidPairs(body)).toContainEqual(["person:ana-ruiz", "the talks had failed"]);
  });

  it("finds 'that' only after a hearer (negative case)", () => {
    expect(hearerBeforeThat(" a regular news conference in Lima that the talks failed")).toBe(
      " a regular news conference in Lima that".length,
    );
    expect(hearerBeforeThat(" the plan that had failed")).toBeUndefined();
    expect(hearerBeforeThat(" Peru to say that it had failed")).toBeUndefined();
  });
});
