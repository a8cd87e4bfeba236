// A post read after a name across "and"/"who" is someone else's (misread-posts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const affiliated = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");

describe("misread posts", () => {
  it("gives the first of two coordinated officials the state told before their name", () => {
    const found = affiliated(
      "The accord was signed in Suva by Tonga’s police minister, Sione Fifita, and New Zealand’s defence minister, Rachel Whitcombe.",
    );
    expect(found).toContain("person:sione-fifita>country:to");
    expect(found).not.toContain("person:sione-fifita>country:nz");
    expect(found).toContain("person:rachel-whitcombe>country:nz");
  });
  it("does not give a minister the state of the official coordinated after them", () => {
    const found = affiliated(
      "Talks were held between Ghana’s interior minister, Kofi Boateng, and Togolese Security Minister Yao Agbeko.",
    );
    expect(found).toContain("person:kofi-boateng>country:gh");
    expect(found).not.toContain("person:kofi-boateng>country:tg");
    expect(found).toContain("person:yao-agbeko>country:tg");
  });
  it("reads no post from a relative clause after the name", () => {
    const found = affiliated(
      "Prime Minister Sione Latu, who signed the pact with Australian Defence Minister Claire Whitlock, said Tonga could not police its waters alone.",
    );
    expect(found).not.toContain("person:sione-latu>country:au");
    expect(found).toContain("person:claire-whitlock>country:au");
  });
  it("keeps a post told in an appositive after the name", () => {
    const found = affiliated(
      "Kofi Boateng, Ghana’s interior minister, said the border would reopen on Monday.",
    );
    expect(found).toContain("person:kofi-boateng>country:gh");
  });
});
