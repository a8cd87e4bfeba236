// A stance against "them"/"him"/"her" is against the actor meant (pronoun-targets.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const accuses = (x: X) => relationPairs(x, "ACCUSES");

describe("a pronoun object", () => {
  it("reads 'expelled two Chilean diplomats, accusing them of spying' as an accusation of Chile", () => {
    expect(accuses(extractBody("Peru expelled two Chilean diplomats, accusing them of spying."))).toEqual([
      "country:pe>country:cl",
    ]);
  });
  it("never points the pronoun at the speaker's own side", () => {
    expect(
      accuses(extractBody("Peru recalled two Peruvian diplomats, accusing them of leaking secrets.")),
    ).toEqual([]);
  });
});

describe("a plural pronoun after a coordinated pair", () => {
  it("reads 'warned Chile and the United States … and accused them' as an accusation of both", () => {
    const x = extractBody(
      "Bolivia warned Chile and the United States against new naval drills on Monday and accused them of planning a blockade.",
    );
    expect(accuses(x)).toEqual(["country:bo>country:cl", "country:bo>country:us"]);
  });
  it("keeps 'him' to the one person meant", () => {
    const x = extractBody(
      "Peru expelled Chile’s consul and Bolivia’s attaché, Juan Rojas, on Monday, accusing him of spying.",
    );
    expect(accuses(x)).not.toContain("country:pe>country:cl");
  });
});
