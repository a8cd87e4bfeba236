// Role phrases before a name (role-phrases.ts).
import { describe, expect, it } from "vitest";
import { entityDoc, extractBody, person, relationPairs, rels } from "../helpers.ts";

const affiliations = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");

type X = ReturnType<typeof extractBody>;
const people = (x: X) => x.actors.filter((a) => a.kind === "Person").map((a) => a.id);

describe("a phrase ending in a post and the body it serves", () => {
  it("reads 'A spokesman for the U.S. embassy in Lima, X,' as the embassy's spokesman", () => {
    const x = extractBody(
      "A spokesman for the U.S. embassy in Lima, Tomas Vidal, said the visa rules stood.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:tomas-vidal>org:us:embassy"]);
  });
  it("reads past a written-out rank between the phrase and the name", () => {
    const x = extractBody(
      "A spokesman for Chile’s defence ministry, Senior Colonel Tomas Vidal, called the drill routine.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:tomas-vidal>org:cl:ministry-of-defense"]);
  });
  it("reads a portfolio after the title ('Peru’s Minister for the Amazon, X,')", () => {
    const x = extractBody("Peru’s Minister for the Amazon, Ana Soto, said the fires were out.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>country:pe"]);
  });
  it("keeps only the last noun phrase of a long clause", () => {
    const x = extractBody(
      "The ministry said in a statement that it had summoned the Chilean charge d’affaires, Ana Soto, and handed her a note.",
    );
    expect(people(x)).toEqual(["person:ana-soto"]);
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>country:cl"]);
  });
  it("does not read a long clause without a post as a role phrase", () => {
    const x = extractBody(
      "The ministry said in a statement that it had met the owners of the ship, Ana Soto, and handed them a note.",
    );
    expect(people(x)).toEqual([]);
  });
});

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

describe("affiliation from a pre-name title", () => {
  it("extends the title over a possessive ministry: speaks for the ministry, part of the country", () => {
    const x = extractBody("Peru’s foreign ministry spokeswoman Ana Rojas said the vote was fair.");
    expect(x.actors.find((a) => a.id === "person:ana-rojas")).toMatchObject({
      title: "Foreign Ministry Spokeswoman",
      countryId: "country:pe",
    });
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:ana-rojas>org:pe:ministry-of-foreign-affairs"]);
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-rojas>org:pe:ministry-of-foreign-affairs"]);
    expect(rels(x, "PART_OF")).toEqual(["org:pe:ministry-of-foreign-affairs>country:pe"]);
  });

  it("extends over lower-case modifiers to an international body ('EU trade commissioner')", () => {
    const x = extractBody("EU trade commissioner Jan Berg said talks would continue.");
    expect(x.actors.find((a) => a.id === "person:jan-berg")?.title).toBe("Trade Commissioner");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:jan-berg>org:eu"]);
  });

  it("binds a demonym-led ministry title ('Chilean defence ministry spokesman')", () => {
    const x = extractBody("Chilean defence ministry spokesman Luis Soto said the drills were routine.");
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:luis-soto>org:cl:ministry-of-defense"]);
    expect(x.actors.find((a) => a.id === "person:luis-soto")?.title).toBe("Defence Ministry Spokesman");
  });
});

describe("possessive pronouns in role phrases", () => {
  it("strips 'its' from the title and takes the state from the previous sentence's subject", () => {
    const x = extractBody(
      "Paraguay rejected the offer from Chile. Its foreign minister, Tomás Villca, said the terms were unfair.",
    );
    expect(person(x, "person:tomas-villca")).toMatchObject({
      title: "Foreign Minister",
      countryId: "country:py",
    });
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:tomas-villca>country:py"]);
  });
});

describe("a rank word after the post", () => {
  it("reads 'minister delegate for X' and 'ambassador-designate to X' as posts before a name", () => {
    const a = entityDoc(
      "Ghana’s minister delegate for defence, Kofi Boateng, on Monday told reporters it was over.",
    );
    expect([...a.actors.keys()]).toContain("person:kofi-boateng");
    const b = entityDoc(
      "Peru’s ambassador-designate to Chile, Rosa Quispe, on Monday told reporters it was over.",
    );
    expect([...b.actors.keys()]).toContain("person:rosa-quispe");
  });
});

describe("a post after a closing quotation", () => {
  it("reads '“…,” said the ministry’s spokesman, X.' as X's post", () => {
    const doc = entityDoc(
      "Peru’s health ministry asked for help. “The river rose at night,” said the ministry’s spokesman, Luis Condori.",
    );
    expect([...doc.actors.keys()]).toContain("person:luis-condori");
  });
});

describe("a body's abbreviation inside a pre-name title", () => {
  it("ties 'Ministry of Trade (MoT) spokesman X' to the ministry and lets X speak for it", () => {
    const x = extractBody(
      "Ghana banned poultry imports. Ministry of Trade (MoT) spokesman Kojo Owusu said the ban was temporary.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:kojo-owusu>org:gh:ministry-of-trade"]);
  });
  it("keeps the abbreviation out of the title", () => {
    const x = extractBody(
      "Ghana banned poultry imports. Ministry of Trade (MoT) spokesman Kojo Owusu said the ban was temporary.",
    );
    expect(x.actors.find((a) => a.id === "person:kojo-owusu")?.title).toBe("Ministry of Trade Spokesman");
  });
});
