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
