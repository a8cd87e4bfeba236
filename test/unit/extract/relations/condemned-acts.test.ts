// A party outside a joint act that condemns it criticises its parties (condemned-acts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const criticises = (x: X) => relationPairs(x, "CRITICIZES");

describe("condemning a joint act", () => {
  it("reads 'C criticised the deal' after 'A and B signed an agreement' as criticism of both", () => {
    const x = extractBody(
      "Kazakhstan and Uzbekistan signed a water-sharing agreement on Monday. Turkmenistan criticised the deal, saying it had not been consulted.",
    );
    expect(criticises(x)).toEqual(["country:tm>country:kz", "country:tm>country:uz"]);
  });
  it("reads nothing when one state signed the act 'with' another (the signer answers for it)", () => {
    const x = extractBody(
      "Kazakhstan signed a water-sharing agreement with China on Monday. Turkmenistan criticised the deal, saying it had not been consulted.",
    );
    expect(criticises(x)).toEqual([]);
  });
});
