// A counterpart holds the same portfolio in the other state (counterpart-posts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const affiliated = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");

describe("counterpart posts", () => {
  it("ties a counterpart to the other state's ministry of the same portfolio when it is named", () => {
    const found = affiliated(
      "The pact was signed in Lima by Peruvian Defence Minister Ana Ruiz and her Chilean counterpart, Luis Vera. Chile’s defence ministry said the patrols would start in May.",
    );
    expect(found).toContain("person:luis-vera>org:cl:ministry-of-defense");
    expect(found).not.toContain("person:luis-vera>country:cl");
  });
  it("keeps the state when that ministry is not in the article", () => {
    const found = affiliated(
      "The pact was signed in Lima by Peruvian Defence Minister Ana Ruiz and her Chilean counterpart, Luis Vera.",
    );
    expect(found).toContain("person:luis-vera>country:cl");
  });
  it("takes the portfolio of the antecedent's post, not another ministry of the state", () => {
    const found = affiliated(
      "Peruvian Foreign Minister Ana Ruiz met her Chilean counterpart, Luis Vera, in Lima. Chile’s defence ministry said the patrols would start in May.",
    );
    expect(found).not.toContain("person:luis-vera>org:cl:ministry-of-defense");
  });
});
