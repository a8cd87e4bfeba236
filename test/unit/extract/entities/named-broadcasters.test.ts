// Tests of src/extract/entities/named-broadcasters.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { ids, speakerTexts } from "../helpers.ts";

describe("a state broadcaster introduced by its name", () => {
  it("reads 'the state broadcaster KTV' and a later bare 'KTV' as one outlet", () => {
    const out = speakerTexts(
      "Chile’s navy said the ship had left. The state broadcaster KTV quoted an admiral. KTV said the crew was safe.",
    );
    expect(out).toContain("org:ktv|the crew was safe");
  });

  it("keeps the national key when a country owns it (negative case)", () => {
    expect(ids("Chile’s state broadcaster KTV said the ship had left.")).toContain(
      "org:cl:state-broadcaster",
    );
  });
});

describe("an acronym with the word that follows it", () => {
  it("keeps the word after the acronym in the name ('RTV Slovenija')", () => {
    expect(ids("The minister told the public broadcaster RTV Ruritania that talks would go on.")).toContain(
      "org:rtv-ruritania",
    );
  });

  it("does not take a date after the acronym into the name", () => {
    expect(ids("He told the state broadcaster RTX Monday evening that he had resigned.")).toContain(
      "org:rtx",
    );
  });
});
