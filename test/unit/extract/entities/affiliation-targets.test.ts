// Where a role phrase with no body or state of its own points (affiliation-targets.ts, people.ts).
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../src/extract/types.ts";
import { extractBody, relationPairs, rels } from "../helpers.ts";

describe("a body word in the post", () => {
  it("ties 'a ministry spokesman' to the latest ministry named before", () => {
    const x = extractBody(
      "Peru’s foreign ministry summoned the envoy on Monday, a ministry spokesman, Tomas Vidal, said.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:tomas-vidal>org:pe:ministry-of-foreign-affairs"]);
  });
  it("prefers the post before a written-out rank ('ministry spokesman Rear Admiral X')", () => {
    const x = extractBody(
      "Chile’s defence ministry said the drill was over. “It went well,” ministry spokesman Rear Admiral Tomas Vidal said.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:tomas-vidal>org:cl:ministry-of-defense"]);
  });
  it("gives no ministry when none was named before", () => {
    const x = extractBody("A ministry spokesman, Tomas Vidal, said the talks were over.");
    expect(rels(x, "SPEAKS_FOR")).toEqual([]);
  });
});

describe("an earlier unnamed holder of the post", () => {
  it("ties 'Ambassador X' to the state of an earlier 'Peru’s ambassador'", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Chile summoned Peru’s ambassador on Monday. The ministry handed a note to Ambassador Ana Soto.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>country:pe"]);
  });
  it("ties 'Secretary-General X' to the bloc of an earlier 'the bloc’s secretary-general'", () => {
    const x = extractBody(
      "ASEAN states agreed to meet, the bloc’s secretary-general said. Secretary-General Lina Tran said talks would start.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:lina-tran>org:asean"]);
  });
});

describe("the home state and its most specific body", () => {
  it("gives a bare title in a dateline story the home state", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru recalled its envoy. Interior Minister Ana Soto said it was final.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>country:pe"]);
  });
  it("ties a foreign minister to the home state's foreign ministry when the story names it", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru recalled its envoy, the foreign ministry said. Foreign Minister Ana Soto called it final.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>org:pe:ministry-of-foreign-affairs"]);
  });
  it("ties a lawmaker to the parliament the story names", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru expelled a diplomat who watched a member of parliament. The lawmaker, Ana Soto, said she was relieved.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>org:pe:parliament"]);
  });
  it("gives a 'Government spokesman' the state itself", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru accused Chile of spying, the foreign ministry said. Government spokesman Ana Soto said it would respond.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:ana-soto>country:pe"]);
  });
  it("gives no home state to an ambassador or to a story without a dateline", () => {
    const a = extractBody("LIMA, June 3 (Andina) — Rain fell in Peru. Ambassador Ana Soto said nothing.");
    expect(rels(a, "AFFILIATED_WITH")).toEqual([]);
    const b = extractBody("Rain fell in Peru. Interior Minister Ana Soto said it was final.");
    expect(rels(b, "AFFILIATED_WITH")).toEqual([]);
  });
  it("reads the reporting context past a place and past a unit of the body", () => {
    const x = extractBody(
      "The U.S. Navy’s Gulf-based Fifth Fleet said a boat came close. “It was unsafe,” fleet spokesman Cmdr. Ana Soto said.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:ana-soto>org:us:navy"]);
  });
  it("does not read 'Washington added a list' as Washington speaking", () => {
    const x = extractBody(
      "Cuba is angry after Washington added a dozen firms to a list. Minister Ana Soto said it was wrong.",
    );
    // The sentence before is about Cuba (discourse-states.ts), not about Washington.
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>country:cu"]);
  });
});

describe("the body after a titled name", () => {
  it("ties 'State Secretary X of the foreign ministry' to that ministry", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru protested. State Secretary Ana Soto of the foreign ministry said so.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>org:pe:ministry-of-foreign-affairs"]);
  });
});

describe("a later appositive post of a person already named", () => {
  it("adds the body or state the later post names ('Soto, a former Chilean ambassador, …')", () => {
    const x = extractBody(
      "ASEAN states met, the bloc’s secretary-general said. Secretary-General Ana Soto said talks would start. Soto, a former Chilean ambassador to Lima, added that the plan was ready.",
    );
    expect(rels(x, "AFFILIATED_WITH").sort()).toEqual([
      "person:ana-soto>country:cl",
      "person:ana-soto>org:asean",
    ]);
  });
  it("adds nothing for a later post that names no body or state", () => {
    const x = extractBody(
      "ASEAN states met, the bloc’s secretary-general said. Secretary-General Ana Soto said talks would start. Soto, a former diplomat, added that the plan was ready.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-soto>org:asean"]);
  });
});

describe("a portfolio word before 'Minister'", () => {
  it("ties 'Deputy Energy Minister X' to the energy ministry the story names", () => {
    const x = extractBody(
      "Chile’s energy ministry said the plant would close. Deputy Energy Minister Raul Ortega said talks would go on.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:raul-ortega>org:cl:ministry-of-energy"]);
  });
  it("keeps the state when that ministry is not in the story", () => {
    const x = extractBody(
      "Chile said the plant would close. Energy Minister Raul Ortega said talks would go on.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:raul-ortega>country:cl"]);
  });
  it("does not read 'Prime Minister' as a ministry", () => {
    const x = extractBody(
      "Chile’s prime ministry said so. Chilean Prime Minister Raul Ortega said talks would go on.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:raul-ortega>country:cl"]);
  });
});

describe("a role phrase after a closing quotation", () => {
  it("reads 'Her Chilean counterpart, X,' after a sentence that ends in a quote", () => {
    const x = extractBody(
      "Peruvian Foreign Minister Ana Ruiz said the plan was “dead.” Her Chilean counterpart, Raul Ortega, said it was not.",
    );
    expect(rels(x, "AFFILIATED_WITH").sort()).toEqual([
      "person:ana-ruiz>country:pe",
      "person:raul-ortega>country:cl",
    ]);
  });
});

describe("a plural post and its holders", () => {
  it("reads 'the two countries’ defence ministers, A’s X and B’s Y' as two people of two ministries", () => {
    const x = extractBody(
      "The pact was signed by the two countries’ defence ministers, Chile’s Raul Ortega and Peru’s Ana Ruiz, on Monday. Both defence ministries said so: Chile’s defence ministry and Peru’s defence ministry.",
    );
    expect(rels(x, "AFFILIATED_WITH").sort()).toEqual([
      "person:ana-ruiz>org:pe:ministry-of-defense",
      "person:raul-ortega>org:cl:ministry-of-defense",
    ]);
  });
  it("ties each holder to the state when no ministry is named", () => {
    const x = extractBody(
      "Talks were led by their foreign ministers, Chile’s Raul Ortega and Peru’s Ana Ruiz.",
    );
    expect(rels(x, "AFFILIATED_WITH").sort()).toEqual([
      "person:ana-ruiz>country:pe",
      "person:raul-ortega>country:cl",
    ]);
  });
  it("reads holders named before their state ('A of Chile and B of Peru')", () => {
    const x = extractBody(
      "The foreign ministers, Raul Ortega of Chile and Ana Ruiz of Peru, signed the accord.",
    );
    expect(rels(x, "AFFILIATED_WITH").sort()).toEqual([
      "person:ana-ruiz>country:pe",
      "person:raul-ortega>country:cl",
    ]);
  });
  it("reads them after 'their' and with a comma list of three", () => {
    const x = extractBody(
      "The summit was chaired by their interior ministers, Raul Ortega of Chile, Ana Ruiz of Peru and Luis Mora of Bolivia.",
    );
    expect(rels(x, "AFFILIATED_WITH").sort()).toEqual([
      "person:ana-ruiz>country:pe",
      "person:luis-mora>country:bo",
      "person:raul-ortega>country:cl",
    ]);
  });
  it("ties a holder named before the state to the ministry the story names", () => {
    const x = extractBody(
      "The defence ministers, Raul Ortega of Chile and Ana Ruiz of Peru, will meet again. Chile’s defence ministry and Peru’s defence ministry confirmed the date.",
    );
    expect(rels(x, "AFFILIATED_WITH").sort()).toEqual([
      "person:ana-ruiz>org:pe:ministry-of-defense",
      "person:raul-ortega>org:cl:ministry-of-defense",
    ]);
  });
  it("needs a government post for holders named before their state too", () => {
    const x = extractBody("The two coaches, Raul Ortega of Chile and Ana Ruiz of Peru, shook hands.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual([]);
  });
  it("needs a government post", () => {
    const x = extractBody(
      "Talks were watched by the two teams’ coaches, Chile’s Raul Ortega and Peru’s Ana Ruiz.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual([]);
  });
});

describe("a post held at a place", () => {
  it("ties 'Chile’s ambassador to Peru, X,' to Chile", () => {
    const x = extractBody("Chile’s ambassador to Peru, Ana Ruiz, was summoned on Monday.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-ruiz>country:cl"]);
  });
  it("ties 'X, Chile’s envoy to the United Nations,' to Chile, not the UN", () => {
    const x = extractBody("Ana Ruiz, Chile’s envoy to the United Nations, said the vote was unfair.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-ruiz>country:cl"]);
  });
  it("gives 'The ambassador to Peru, X,' no state rather than Peru", () => {
    const x = extractBody("The ambassador to Peru, Ana Ruiz, said so.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual([]);
  });
});

describe("a post in a relative clause", () => {
  it("ties 'X, who heads the Chilean navy,' to that navy", () => {
    const x = extractBody("Ana Ruiz, who heads the Chilean navy, said the ships were ready.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-ruiz>org:cl:navy"]);
  });
  it("reads nothing from 'X, who visited Peru,'", () => {
    const x = extractBody("Ana Ruiz, who visited Peru last year, said the deal was bad.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual([]);
  });
  it("makes 'X, who speaks for Peru’s foreign ministry,' its spokesperson", () => {
    const x = extractBody(
      "Raul Ortega, who speaks for Peru’s foreign ministry, said the talks would resume.",
    );
    expect(rels(x, "SPEAKS_FOR")).toEqual(["person:raul-ortega>org:pe:ministry-of-foreign-affairs"]);
  });
});

describe("a portfolio secretary", () => {
  it("ties 'Interior Secretary X' to the interior ministry the story names", () => {
    const x = extractBody(
      "Chile’s interior ministry said the crossing would stay shut. Chilean Interior Secretary Tomas Vidal said the checkpoint was illegal.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:tomas-vidal>org:cl:ministry-of-interior"]);
  });
  it("keeps the state when the ministry is not named", () => {
    const x = extractBody("Chilean Interior Secretary Tomas Vidal said the checkpoint was illegal.");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:tomas-vidal>country:cl"]);
  });
});

describe("a governor with the central bank in the story", () => {
  const affiliations = (body: string) =>
    extractBody(body)
      .relations.filter((r) => r.kind === "AFFILIATED_WITH")
      .map((r) => `${r.sourceId} ${r.targetId}`);

  it("ties 'Governor X' to the central bank named before", () => {
    expect(
      affiliations(
        "LIMA, May 3 — Peru’s central bank raised rates. Governor Ana Ruiz said prices would ease.",
      ),
    ).toContain("person:ana-ruiz org:pe:central-bank");
  });

  it("ties a governor to the state when no central bank is named (negative case)", () => {
    expect(
      affiliations("LIMA, May 3 — Peru closed a road. Governor Ana Ruiz said it would reopen."),
    ).toContain("person:ana-ruiz country:pe");
  });
});

describe("bare 'President X' titles", () => {
  const people = (x: Extraction) =>
    x.actors.filter((a) => a.kind === "Person").map((a) => [a.id, a.title ?? "", a.countryId ?? ""]);
  it("takes the state from a later demonym + leader noun that can only mean X", () => {
    const x = extractBody(
      "Talks between Chile and Peru ended on Monday. President Ana Rojas met Peruvian Prime Minister Luis Vega in Lima, the first such visit by a Chilean leader in 12 years.",
    );
    expect(people(x)).toEqual([
      ["person:ana-rojas", "President", "country:cl"],
      ["person:luis-vega", "Prime Minister", "country:pe"],
    ]);
    expect(rels(x, "AFFILIATED_WITH")).toEqual([
      "person:luis-vega>country:pe",
      "person:ana-rojas>country:cl",
    ]);
  });
  it("gives no affiliation when the other person's country is unknown", () => {
    const x = extractBody(
      "President Ana Rojas met Prime Minister Luis Vega in Lima, the first such visit by a Chilean leader in 12 years.",
    );
    expect(people(x)).toEqual([
      ["person:ana-rojas", "President", ""],
      ["person:luis-vega", "Prime Minister", ""],
    ]);
  });
  it("gives no affiliation when the demonym matches the other person's country", () => {
    const x = extractBody(
      "President Ana Rojas met Chilean Prime Minister Luis Vega in Lima, the first visit by a Chilean leader.",
    );
    expect(people(x)).toEqual([
      ["person:ana-rojas", "President", ""],
      ["person:luis-vega", "Prime Minister", "country:cl"],
    ]);
  });
});

describe("affiliation from a pre-name title", () => {
  it("takes the state from a reporting subject in the previous sentence", () => {
    const x = extractBody(
      "Spain met Chile and Chile met Spain again. Germany said it backed the plan. Finance Minister Karl Weber called for calm.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:karl-weber>country:de"]);
  });

  it("gives no affiliation rather than the most-mentioned country", () => {
    const x = extractBody(
      "Ministers of Spain and Chile met. A deal between Spain and Chile was signed in Madrid. Minister Pablo Ruiz said the deal was fair.",
    );
    expect(x.actors.find((a) => a.id === "person:pablo-ruiz")?.title).toBe("Minister");
    expect(rels(x, "AFFILIATED_WITH")).toEqual([]);
  });
});

describe("a head of mission and the embassy the story names", () => {
  it("ties an ambassador or chargé d'affaires to the state's embassy when it appears", () => {
    const x = extractBody(
      "Peru summoned Chile’s ambassador, Tomas Riquelme, on Monday. The Chilean embassy declined to comment.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toContain("person:tomas-riquelme>org:cl:embassy");
  });

  it("keeps the state when no embassy of it is named", () => {
    const x = extractBody("Peru summoned Chile’s ambassador, Tomas Riquelme, on Monday.");
    expect(rels(x, "AFFILIATED_WITH")).toContain("person:tomas-riquelme>country:cl");
  });
});

describe("a minister for a uniformed service", () => {
  it("ties a police minister to the state, not to the police", () => {
    const x = extractBody("The pact was signed by Chile’s police minister, Ana Soto, on Monday.");
    expect(rels(x, "AFFILIATED_WITH")).toContain("person:ana-soto>country:cl");
    expect(rels(x, "AFFILIATED_WITH")).not.toContain("person:ana-soto>org:cl:police");
  });

  it("still ties a navy commander to the navy", () => {
    const x = extractBody("Peru’s navy commander, Admiral Jorge Ruiz, said the ship was seized.");
    expect(rels(x, "AFFILIATED_WITH")).toContain("person:jorge-ruiz>org:pe:navy");
  });
});

// A head of mission belongs to their state's embassy when the article names it (mostSpecific).
const affiliatedWith = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");

describe("embassy posts", () => {
  it("ties an ambassador named by title to the embassy the article names", () => {
    const found = affiliatedWith(
      "Peru summoned Norwegian Ambassador Tomas Halvorsen on Monday. Norway’s embassy in Lima said the fishing boats had kept to international waters.",
    );
    expect(found).toContain("person:tomas-halvorsen>org:no:embassy");
    expect(found).not.toContain("person:tomas-halvorsen>country:no");
  });
  it("ties a chargé d'affaires in an appositive to the embassy", () => {
    const found = affiliatedWith(
      "The ministry summoned Chile’s chargé d’affaires, Marta Quiroga, on Friday. The Chilean embassy in La Paz said it would reply in writing.",
    );
    expect(found).toContain("person:marta-quiroga>org:cl:embassy");
  });
  it("keeps the state when the article names no embassy", () => {
    const found = affiliatedWith(
      "Peru summoned Norwegian Ambassador Tomas Halvorsen on Monday to protest the arrest of two fishermen.",
    );
    expect(found).toContain("person:tomas-halvorsen>country:no");
  });
  it("keeps the state when only another state's embassy appears", () => {
    const found = affiliatedWith(
      "Peru summoned Norwegian Ambassador Tomas Halvorsen on Monday. The Danish embassy in Lima said it had not been consulted.",
    );
    expect(found).not.toContain("person:tomas-halvorsen>org:no:embassy");
  });
  it("does not move an envoy to an international body or a special envoy", () => {
    const found = affiliatedWith(
      "Ghana’s ambassador to the United Nations, Kofi Mensah-Bonsu, said the council should meet. Ghana’s embassy in Lome said talks would resume.",
    );
    expect(found).not.toContain("person:kofi-mensah-bonsu>org:gh:embassy");
  });
});
