// Tests of src/extract/events/split-particles.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { particleFollows, splitForms } from "../../../../src/extract/events/split-particles.ts";
import { entityDoc, kinds } from "../helpers.ts";

describe("a phrasal verb split by its object", () => {
  it("knows the verb word and particle of each joined form", () => {
    const parts = splitForms([
      { text: "sent back", form: "past" },
      { text: "send back", form: "base" },
      { text: "expel", form: "base" },
    ]);
    expect(parts.get("sent")).toEqual([{ particle: "back", form: "past" }]);
    expect(parts.has("expel")).toBe(false);
  });

  it("is read as the joined verb", () => {
    expect(kinds("Chile sent 112 migrants back to Peru on Monday.")).toContain("expulsion 174 2022-06-06");
    expect(kinds("Chile flew 40 Peruvians home on Monday.")).toContain("expulsion 174 2022-06-06");
    expect(kinds("Peru called Chile's ambassador in on Monday.")).toContain("envoy-summoned 114 2022-06-06");
    expect(kinds("Chile handed the two fishermen over to Peru on Monday.")).toContain(
      "release 084 2022-06-06",
    );
  });

  it("not across a clause break, nor with a long gap", () => {
    const body =
      "Chile sent a letter, and the migrants went back. Chile sent the letter to all the people of the town back.";
    const doc = entityDoc(body, "2022-06-10");
    const [first, second] = doc.sentences;
    if (!first || !second) throw new Error("two sentences");
    expect(particleFollows(doc, first, first.start + 10, "back")).toBe(false);
    expect(particleFollows(doc, second, second.start + 10, "back")).toBe(false);
    expect(kinds("The minister flew back to Lima on Monday.")).toEqual([]);
  });
});
