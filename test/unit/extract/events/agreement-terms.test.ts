// Tests of src/extract/events/agreement-terms.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const types = (body: string) => kinds(body).map((k) => k.split(" ")[0]);

describe("acts an agreement only provides for", () => {
  it("are terms, not events: the signing is the act", () => {
    for (const body of [
      "Chile and Peru signed a security pact in May that provides for joint patrols, intelligence sharing and the handover of suspects.",
      "Chile and Peru signed an accord on Monday allowing for joint naval exercises.",
      "The treaty, signed by Chile and Peru in March, provided for joint patrols along the river.",
      "Chile and Peru signed a memorandum on Monday that sets out joint exercises and regular talks.",
    ])
      expect(types(body)).toEqual(["agreement"]);
  });

  it("an act told on its own, after the terms, is still an event", () => {
    expect(
      kinds(
        "Chile and Peru signed an accord on Monday that provides for joint exercises. The two navies will hold joint naval exercises in July.",
      ),
    ).toContain("military-exercise 062 2022-07");
    expect(
      types("Chile and Peru signed an accord on Monday, and their navies held joint patrols on Tuesday."),
    ).toContain("military-exercise");
  });
});
