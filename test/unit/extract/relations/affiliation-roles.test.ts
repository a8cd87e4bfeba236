// AFFILIATED_WITH from role nouns added to seed/knowledge/roles.json (fellow, scholar, negotiator, …).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const affiliations = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");

describe("affiliation role nouns", () => {
  it("ties a fellow or scholar to the institute named after 'at'", () => {
    expect(
      affiliations(
        "Marta Quispe, a senior fellow at the International Crisis Group, said the talks would resume.",
      ),
    ).toEqual(["person:marta-quispe>org:international-crisis-group"]);
  });
  it("ties a negotiator to the state of the possessive before the role", () => {
    expect(affiliations("Peru’s chief negotiator, Marta Quispe, said the talks would resume.")).toEqual([
      "person:marta-quispe>country:pe",
    ]);
  });
  it("ties nobody to a body they only criticise", () => {
    expect(affiliations("Marta Quispe, a critic of the World Bank, said the talks would resume.")).toEqual(
      [],
    );
  });
  it("ties a titled person to the state named nearest the title, not the sentence's subject", () => {
    expect(affiliations("Peru met Bolivian President Marco Quispe on Tuesday.")).toEqual([
      "person:marco-quispe>country:bo",
    ]);
  });
  it("keeps the first state of a compound demonym", () => {
    expect(affiliations("The Turkish Cypriot leader, Emre Kaya, said the talks would resume.")).toEqual([
      "person:emre-kaya>country:tr",
    ]);
  });
});
