// National bodies whose country is implied, paired or named by a portfolio (national-bodies.ts).
import { describe, expect, it } from "vitest";
import { entityDoc, extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const ids = (x: X) => x.actors.map((a) => a.id).sort();
const partOf = (x: X) =>
  x.relations.filter((r) => r.kind === "PART_OF").map((r) => `${r.sourceId}>${r.targetId}`);

describe("bodies coordinated with a bound body", () => {
  it("gives 'soldiers' after 'Peruvian police and' the same country", () => {
    const x = extractBody("Peruvian police and soldiers cleared the road on Monday.");
    expect(ids(x)).toContain("org:pe:armed-forces");
    expect(partOf(x)).toContain("org:pe:armed-forces>country:pe");
  });
  it("does not bind 'soldiers' after a plain noun and 'and'", () => {
    const x = extractBody("Peru said farmers and soldiers cleared the road on Monday.");
    expect(ids(x)).not.toContain("org:pe:armed-forces");
  });
});

describe("its/their forces", () => {
  it("gives 'its troops' the nearest country before it in the sentence", () => {
    const x = extractBody("Chile demanded that Lima withdraw its troops from the border.");
    expect(ids(x)).toContain("org:pe:armed-forces");
  });
  it("gives the body of a trailing attribution tag the clause's subject, not the nearest country", () => {
    const x = extractBody("Bolivia closed its border with Chile on Tuesday, its interior ministry said.");
    expect(ids(x)).toContain("org:bo:ministry-of-interior");
    expect(ids(x)).not.toContain("org:cl:ministry-of-interior");
    expect(x.statements.map((s) => s.speakerId)).toEqual(["org:bo:ministry-of-interior"]);
  });
  it("reads a tag with a verb after an adverb the same way", () => {
    const x = extractBody("Ghana recalled its envoy from Togo on Monday, its foreign ministry later said.");
    expect(ids(x)).toContain("org:gh:ministry-of-foreign-affairs");
    expect(ids(x)).not.toContain("org:tg:ministry-of-foreign-affairs");
  });
  it("keeps the nearest country for 'its' inside the clause", () => {
    const x = extractBody("Peru told Bolivia to pull back its troops, the ministry said.");
    expect(ids(x)).toContain("org:bo:armed-forces");
  });
  it("gives a sentence opening on 'Its' the first country of the sentence before", () => {
    const x = extractBody(
      "Uruguay backed Asunción in the dispute. Its foreign ministry said the toll broke the treaty.",
    );
    expect(ids(x)).toContain("org:uy:ministry-of-foreign-affairs");
    expect(x.statements.map((st) => st.speakerId)).toEqual(["org:uy:ministry-of-foreign-affairs"]);
  });
  it("does not reach across a sentence end for the owner", () => {
    const x = extractBody("Peru protested. The statement said its troops were ready.");
    expect(ids(x)).not.toContain("org:pe:armed-forces");
  });
});

describe("paired bodies", () => {
  it("gives 'both navies' one navy per state of the story's pair", () => {
    const x = extractBody("Peru and Ecuador agreed to hold drills. Both navies will send a frigate.");
    expect(ids(x)).toEqual(expect.arrayContaining(["org:pe:navy", "org:ec:navy"]));
    expect(partOf(x)).toEqual(expect.arrayContaining(["org:pe:navy>country:pe", "org:ec:navy>country:ec"]));
  });
  it("names no navy without a coordinated pair of states before", () => {
    const x = extractBody("Peru said both navies would sail. Ecuador agreed.");
    expect(ids(x).filter((id) => id.endsWith(":navy"))).toEqual([]);
  });
});

describe("portfolio ministries without a key", () => {
  it("reads 'Chile’s mining ministry' as org:cl:ministry-of-mining", () => {
    const x = extractBody("Chile’s mining ministry said output would rise.");
    expect(ids(x)).toContain("org:cl:ministry-of-mining");
    expect(partOf(x)).toContain("org:cl:ministry-of-mining>country:cl");
  });
  it("takes the portfolio as a title spells it out elsewhere in the story", () => {
    const x = extractBody(
      "Energy Resources Minister Tomas Vidal spoke first. Chile’s energy ministry said output would rise.",
    );
    expect(ids(x)).toContain("org:cl:ministry-of-energy-resources");
  });
  it("needs a country right before the portfolio, or a definite article (then the home state's)", () => {
    const x = extractBody("Chile said a mining ministry would be set up.");
    expect(ids(x).filter((id) => id.includes("ministry-of-mining"))).toEqual([]);
    const y = extractBody("Chile said the mining ministry would publish data.");
    expect(ids(y).filter((id) => id.includes("ministry-of-mining"))).toEqual(["org:cl:ministry-of-mining"]);
  });
});

describe("intelligence and legislatures", () => {
  it("reads 'Russia’s military intelligence service' as the intelligence body, not the armed forces", () => {
    const x = extractBody("He passed documents to Russia’s military intelligence service, prosecutors said.");
    expect(ids(x)).toContain("org:ru:intelligence");
    expect(ids(x)).not.toContain("org:ru:armed-forces");
  });
  it("reads 'told parliament' in a dateline story as the home state's parliament", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru recalled its envoy. Minister Ana Soto told parliament the move was final.",
    );
    expect(ids(x)).toContain("org:pe:parliament");
  });
  it("gives 'told parliament' no state in a story that opens on a pair of states", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru and Chile signed a pact. Minister Ana Soto told parliament it was final.",
    );
    expect(ids(x).filter((id) => id.endsWith(":parliament"))).toEqual([]);
  });
  it("reads 'the military' after a named army as that state's armed forces", () => {
    const x = extractBody(
      "LIMA, June 3 (Andina) — Peru rejected claims by Chile’s army. The military had shown no proof.",
    );
    expect(ids(x)).toContain("org:cl:armed-forces");
    expect(ids(x)).not.toContain("org:pe:armed-forces");
  });
});

describe("a bare body after bodies of that kind of two states", () => {
  it("binds a plain 'the navy says' to the home state when both navies came before", () => {
    const doc = entityDoc(
      "QUITO, May 3 — Ecuador’s navy seized a boat. In Bogotá, Colombia said its navy would help.\n\nSince January, the navy says it has seized 40 boats.",
    );
    expect(doc.mentions.filter((m) => m.text.endsWith("navy")).map((m) => m.actorId)).toEqual([
      "org:ec:navy",
      "org:co:navy",
      "org:ec:navy",
    ]);
  });

  it("keeps the latest state's body inside someone's reported words (negative case)", () => {
    const doc = entityDoc(
      "QUITO, May 3 — Ecuador’s navy seized a boat. Colombia’s navy helped.\n\nColombian Admiral Jorge Rey said the navy would stay.",
    );
    expect(
      doc.mentions
        .filter((m) => m.text === "navy")
        .map((m) => m.actorId)
        .at(-1),
    ).toBe("org:co:navy");
  });
});

describe("'its' opening the subject's own reported clause", () => {
  it.each([
    "Chile accused Peru of an incursion and said its navy had tracked the boats.",
    "Chile accused Peru of an incursion, saying its navy had tracked the boats.",
    "Chile protested to Peru on Monday, adding that its navy had tracked the boats.",
  ])("is the subject's country, not the nearest (%s)", (body) => {
    const x = extractBody(body);
    expect(ids(x)).toContain("org:cl:navy");
    expect(ids(x)).not.toContain("org:pe:navy");
  });
  it("keeps the nearest country for 'its' after another verb", () => {
    expect(ids(extractBody("Chile said Peru had moved its navy to the border."))).toContain("org:pe:navy");
  });
});

describe("'its' in a participle clause naming no country of its own", () => {
  it.each([
    "Chile expelled a Peruvian diplomat, accusing him of recruiting informants inside its navy.",
    "Chile summoned the Peruvian envoy on Monday, saying spies had approached officers of its navy.",
  ])("is the sentence subject's (%s)", (body) => {
    const x = extractBody(body);
    expect(ids(x)).toContain("org:cl:navy");
    expect(ids(x)).not.toContain("org:pe:navy");
  });
  it("keeps a country the participle clause names itself", () => {
    const x = extractBody("Chile expelled Peru's envoy, accusing Lima of moving its navy to the border.");
    expect(ids(x)).toContain("org:pe:navy");
  });
});

describe("paired bodies with the states named in the quantifier", () => {
  it.each([
    "Peru and Ecuador agreed to hold drills involving both countries’ navies.",
    "Peru and Ecuador signed a pact. Each country's navy will send a frigate.",
    "Peru and Ecuador signed a pact. The two nations’ navies will patrol the gulf.",
  ])("gives one body per state of the pair (%s)", (body) => {
    const x = extractBody(body);
    expect(ids(x)).toEqual(expect.arrayContaining(["org:pe:navy", "org:ec:navy"]));
  });
});

describe("plural bodies after coordinated country references", () => {
  it("gives each country of 'the Ruritanian and Osterlich navies' its own body", () => {
    const body = "The Danish and Estonian navies will hold a joint exercise from May 2.";
    expect(ids(extractBody(body))).toEqual(expect.arrayContaining(["org:dk:navy", "org:ee:navy"]));
  });

  it("reads lists of three, names as well as demonyms, and several kinds", () => {
    expect(ids(extractBody("Thai, Lao and Cambodian police seized the drugs."))).toEqual(
      expect.arrayContaining(["org:th:police", "org:la:police", "org:kh:police"]),
    );
    expect(ids(extractBody("Kenyan and Ugandan troops crossed the river."))).toEqual(
      expect.arrayContaining(["org:ke:armed-forces", "org:ug:armed-forces"]),
    );
    expect(ids(extractBody("The Chilean and Peruvian foreign ministries issued a joint statement."))).toEqual(
      expect.arrayContaining(["org:cl:ministry-of-foreign-affairs", "org:pe:ministry-of-foreign-affairs"]),
    );
  });

  it("gives a state whose armed forces have their own name that body ('Japanese and Philippine troops')", () => {
    expect(ids(extractBody("Japanese and Philippine troops will drill."))).toEqual(
      expect.arrayContaining(["org:jp:self-defense-forces", "org:ph:armed-forces"]),
    );
    expect(ids(extractBody("Japanese and Philippine troops will drill."))).not.toContain(
      "org:jp:armed-forces",
    );
  });

  it("leaves coordinated countries before other nouns alone (negative cases)", () => {
    const orgs = (body: string) => ids(extractBody(body)).filter((id) => id.startsWith("org:"));
    expect(orgs("Danish and Estonian officials met.")).toEqual([]);
    // A list broken by another word binds only the reference right before the noun.
    expect(orgs("Danish ships and Estonian navies met.")).toEqual([]);
  });
});

describe("a ministry named by its portfolio alone", () => {
  const orgs = (body: string) => ids(extractBody(body)).filter((id) => id.startsWith("org:"));

  it("gives 'the oil ministry' the home state, or the state of the same ministry named before", () => {
    expect(orgs("MUSCAT, May 2 — Oman blamed hackers for a breach of the oil ministry’s network.")).toEqual([
      "org:om:ministry-of-oil",
    ]);
    expect(
      orgs(
        "MUSCAT, May 2 — Oman protested. Iran’s fisheries ministry denied it. The fisheries ministry said no.",
      ),
    ).toEqual(["org:ir:ministry-of-fisheries"]);
  });

  it("leaves other words before 'ministry' and indefinite ones alone (negative cases)", () => {
    expect(orgs("MUSCAT, May 2 — Oman said the relevant ministry was silent.")).toEqual([]);
    expect(orgs("MUSCAT, May 2 — Oman said an oil ministry could be set up.")).toEqual([]);
  });
});

describe("'their' before a plural body stands for a pair of states", () => {
  const lead = "ACCRA, May 2 (GNA) — Ghana and Togo agreed on Monday to reopen a crossing.\n\n";
  const orgs = (body: string) => ids(extractBody(body)).filter((id) => id.startsWith("org:"));
  it("reads 'the two ministers … their coast guards' as the story's pair", () => {
    expect(orgs(`${lead}The two ministers set up a hotline between their coast guards.`)).toEqual([
      "org:gh:coast-guard",
      "org:tg:coast-guard",
    ]);
  });
  it("takes a pair named earlier in the same sentence", () => {
    expect(orgs(`${lead}Benin and Niger said their armies would patrol the river together.`)).toEqual(
      expect.arrayContaining(["org:bj:army", "org:ne:army"]),
    );
  });
  it("reads 'both … their respective navies' and a one-word 'coastguards'", () => {
    expect(orgs(`${lead}Both governments said their respective navies would hold drills.`)).toEqual([
      "org:gh:navy",
      "org:tg:navy",
    ]);
    expect(orgs(`${lead}Both sides will train their Coastguards together.`)).toEqual([
      "org:gh:coast-guard",
      "org:tg:coast-guard",
    ]);
  });
  it("adds nothing without a pair in view or for a plain plural noun", () => {
    expect(orgs(`${lead}Officials said their coast guards would meet in June.`)).toEqual([]);
    expect(orgs(`${lead}The fishermen said their boats were seized.`)).toEqual([]);
    expect(orgs(`${lead}Benin said their armies were ready.`)).toEqual([]);
  });
});

describe("coordinated states with a possessive before a plural body", () => {
  const orgs = (body: string) => ids(extractBody(body)).filter((id) => id.startsWith("org:"));
  it("gives each state of 'A and B’s navies' its body", () => {
    expect(orgs("Benin and Niger’s navies will hold drills in May.")).toEqual(["org:bj:navy", "org:ne:navy"]);
    expect(orgs("A pact between Benin and Niger’s coast guards was signed on Friday.")).toEqual([
      "org:bj:coast-guard",
      "org:ne:coast-guard",
    ]);
    expect(orgs("Benin and Niger's foreign ministries issued a joint statement.")).toEqual([
      "org:bj:ministry-of-foreign-affairs",
      "org:ne:ministry-of-foreign-affairs",
    ]);
  });
  it("keeps a singular body after the possessive the last state's alone", () => {
    expect(orgs("Benin and Niger’s navy chief met the press.")).toEqual(["org:ne:navy"]);
  });
});

describe("'through its' after an addressee: the means are the acting state's", () => {
  const lead = "ACCRA, May 2 (GNA) — Ghana closed a crossing with Togo.\n\n";
  const orgs = (body: string) => ids(extractBody(lead + body)).filter((id) => id.startsWith("org:"));
  it("gives 'lodged a protest with B through its embassy' to the protesting state", () => {
    expect(
      orgs("Benin lodged a protest with Niger through its embassy in Paris, the minister said."),
    ).toContain("org:bj:embassy");
  });
  it("reads 'to B via its' and a demonym addressee ('the Nigerien side') the same way", () => {
    expect(orgs("Benin conveyed its concern to Niger via its embassy in Abuja.")).toContain("org:bj:embassy");
    expect(orgs("Benin delivered a note to the Nigerien side through its embassy.")).toContain(
      "org:bj:embassy",
    );
  });
  it("keeps the nearest state inside a reported clause or for other links", () => {
    expect(orgs("Benin said Niger had acted through its embassy in Paris.")).toContain("org:ne:embassy");
    expect(orgs("Benin handed the men to Niger and its police.")).toContain("org:ne:police");
    expect(orgs("Benin protested to Niger over its embassy staff.")).toContain("org:ne:embassy");
  });
});

describe("'its' in a sentence that names no country", () => {
  it("reads the owner of 'its' as the subject of the sentence before", () => {
    const x = extractBody(
      "Chile dismissed the claim. The canal, its Ministry of Public Works said, was legal.",
    );
    expect(x.actors.map((a) => a.id)).toContain("org:cl:ministry-of-public-works");
  });
  it("does so for a keyed body named by its role", () => {
    const x = extractBody(
      "Peru accused Chile of theft. Chile denied it. The pass, its foreign ministry said, stays open.",
    );
    expect(x.actors.map((a) => a.id)).toContain("org:cl:ministry-of-foreign-affairs");
  });
  it("does so with another reporting verb in the tag", () => {
    const x = extractBody("Uruguay backed the plan. The vote, its Ministry of Livestock added, was close.");
    expect(x.actors.map((a) => a.id)).toContain("org:uy:ministry-of-livestock");
  });
  it("keeps a country named in the same sentence first, and needs the comma of a tag", () => {
    const x = extractBody("Chile dismissed the claim. Peru, its Ministry of Mines said, had no case.");
    expect(x.actors.map((a) => a.id)).toContain("org:pe:ministry-of-mines");
    const y = extractBody(
      "Peru sued Chile. Chile dismissed the claim. The report said its Ministry of Mines had erred.",
    );
    expect(y.actors.map((a) => a.id)).not.toContain("org:cl:ministry-of-mines");
  });
});

describe("'its' after a possessor or an adjective of another state", () => {
  const has = (body: string) => ids(extractBody(body));
  it("gives 'its' to the state named as a noun phrase, not to a possessor inside another phrase", () => {
    expect(has("Chile expelled Peru’s consul on Friday after its navy stopped two boats.")).toContain(
      "org:cl:navy",
    );
    expect(has("Kenya handed Uganda’s envoy a note after its police arrested six traders.")).toContain(
      "org:ke:police",
    );
  });
  it("passes over a demonym too ('an Argentine trawler … its coast guard')", () => {
    expect(
      has("Uruguay seized an Argentine trawler and said its coast guard had fired warning shots."),
    ).toContain("org:uy:coast-guard");
    expect(has("Ghana detained a Togolese pilot, whom its air force had forced to land.")).toContain(
      "org:gh:air-force",
    );
  });
  it("keeps the nearest state named as a noun phrase", () => {
    expect(has("Chile said Peru had moved its navy closer to the line.")).toContain("org:pe:navy");
  });
});
