// Speech constructions found missing on the round-6 probe articles, on invented sentences: withheld
// speech ("declined to say whether"), plural nouns that look like -s verbs ("reports from"), a summing-up
// noun phrase after a closing attribution, an "-ed" adjective in the adverbial before "that".
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("withheld speech is no statement", () => {
  it("'declined to say whether …' gives nothing, the 'but said …' clause after it does", () => {
    expect(
      said(
        "Its director, Pavel Rusu, declined to say whether the plant would close, but said the pumps were working.",
      ),
    ).toEqual(["person:pavel-rusu|the pumps were working"]);
  });

  it("'refused to comment' and 'would not say whether' give nothing", () => {
    expect(said("Minister Olga Ciobanu refused to comment on the talks.")).toEqual([]);
    expect(said("Minister Olga Ciobanu would not say whether Chile had been told.")).toEqual([]);
  });

  it("keeps 'would not say' that reports a clause when no 'whether' follows (negative case)", () => {
    expect(said("Chile said on Monday it would not say the talks had failed.")).toEqual([
      "country:cl|it would not say the talks had failed",
    ]);
  });
});

describe("an -s form before 'from'/'by' is a plural noun", () => {
  it("reads 'reports from herders showed …' inside the reported clause", () => {
    expect(
      said(
        "Chile’s foreign ministry said satellite pictures and reports from fishermen showed new buoys in the bay.",
      ),
    ).toEqual([
      "org:cl:ministry-of-foreign-affairs|satellite pictures and reports from fishermen showed new buoys in the bay",
    ]);
  });

  it("still reads 'reports' as a verb before a clause (negative case)", () => {
    expect(said("The Andean Herald reports that the border was shut.")).toEqual([
      "org:andean-herald|the border was shut",
    ]);
  });
});

describe("a closing attribution followed by a summing-up noun phrase", () => {
  it("reads the lead clause before ', the ministry said, the latest …'", () => {
    expect(
      said(
        "Peru protested to Chile on Monday after a Chilean patrol boat entered its waters, Peru’s foreign ministry said, the third such incident this year.",
      ),
    ).toEqual([
      "org:pe:ministry-of-foreign-affairs|Peru protested to Chile on Monday after a Chilean patrol boat entered its waters",
    ]);
  });

  it("leaves a lead clause alone when no attribution closes it (negative case)", () => {
    expect(said("Peru protested to Chile on Monday, the third such protest this year.")).toEqual([]);
  });
});

describe("an adverbial with an '-ed' adjective before 'that'", () => {
  it("skips 'in a televised address' to the clause after 'that'", () => {
    expect(
      said("Prime Minister Ilse Varga said in a televised address that Hungary would not bow to pressure."),
    ).toEqual(["person:ilse-varga|Hungary would not bow to pressure"]);
  });
});

describe("counted collective subjects", () => {
  it("'the three Andean states have said' credits the three states named together earlier", () => {
    const out = said(
      "Peru, Bolivia and Ecuador signed a water pact in May. Chile criticised the pact. Colombia closed its border with Panama, and the three Andean states have said they will leave the forum.",
    );
    expect(out.filter((x) => x.endsWith("|they will leave the forum")).map((x) => x.split("|")[0])).toEqual([
      "country:pe",
      "country:bo",
      "country:ec",
    ]);
  });

  it("does not credit a pair to 'the three states' (negative case)", () => {
    const out = said("Peru and Chile signed a pact. Later the three states have said they will meet.");
    expect(out.some((x) => x.startsWith("country:pe|"))).toBe(false);
  });
});

describe("a company named by its kind speaks as 'the company'", () => {
  it("credits 'The company said …' to 'the Lima firm Andes Pesca' named before", () => {
    const out = said(
      "The trawler’s owner, the Lima firm Andes Pesca, said the crew had done nothing wrong. The company said it had hired lawyers.",
    );
    expect(out).toEqual([
      "org:andes-pesca|the crew had done nothing wrong",
      "org:andes-pesca|it had hired lawyers",
    ]);
  });
});

describe("a role phrase with a possessive owner before an appositive name", () => {
  it("keeps 'She said she had summoned Peru’s ambassador, X, …' as the speaker's clause", () => {
    expect(
      said(
        "Foreign Minister Ana Ruiz spoke in Santiago. She said she had summoned Peru’s ambassador, Jorge Quispe, and handed him a note.",
      ),
    ).toEqual(["person:ana-ruiz|she had summoned Peru’s ambassador, Jorge Quispe, and handed him a note"]);
  });

  it("takes a possessive name of several words whole ('South Korea’s ambassador, X')", () => {
    expect(
      said(
        "Foreign Minister Ana Ruiz spoke in Santiago. She said she had summoned South Korea’s ambassador, Kim Dae-ho, and handed him a note.",
      ),
    ).toEqual([
      "person:ana-ruiz|she had summoned South Korea’s ambassador, Kim Dae-ho, and handed him a note",
    ]);
  });

  it("never starts the role phrase inside a name ('The European Union’s spokeswoman, X')", () => {
    expect(
      said("The European Union’s foreign policy spokeswoman, Anna Berg, said the talks were useful."),
    ).toEqual(["person:anna-berg|the talks were useful"]);
  });

  it("still reads a whole short role clause before the name (negative case)", () => {
    expect(said("The Peruvian ambassador, Jorge Quispe, said the note was unfair.")).toEqual([
      "person:jorge-quispe|the note was unfair",
    ]);
  });
});

describe("a second quoted phrase inside a clause already taken whole", () => {
  it("gives one statement for 'said the navy had been “A” in waters that remain “B” under …'", () => {
    expect(
      said(
        "Chile’s foreign ministry said the navy had been “acting lawfully” in waters that remain “under dispute” under the 1881 treaty.",
      ),
    ).toEqual([
      "org:cl:ministry-of-foreign-affairs|the navy had been “acting lawfully” in waters that remain “under dispute” under the 1881 treaty",
    ]);
  });

  it("keeps two quotations of two sentences apart (negative case)", () => {
    expect(
      said("“We acted lawfully,” Minister Ana Ruiz said. “The waters are ours,” she added."),
    ).toHaveLength(2);
  });
});

describe("a closing definite body after a clause naming another actor", () => {
  it("credits '…flew into Chilean airspace, the ministry said' to the ministry named earlier", () => {
    const out = said(
      "Chile’s foreign ministry protested on Monday. The jet flew into Chilean airspace and left, the ministry said.",
    );
    expect(out).toContain("org:cl:ministry-of-foreign-affairs|The jet flew into Chilean airspace and left");
  });

  it("keeps a named subject right before the verb (negative case)", () => {
    const out = said("Chile’s foreign ministry protested. The jet flew over the coast, Peru said.");
    expect(out).toContain("country:pe|The jet flew over the coast");
  });
});

describe("'a spokesman for the <generic head>'", () => {
  it("credits 'A spokesman for the alliance said …' to the alliance named before", () => {
    expect(
      said("NATO said it was watching. A spokesman for the alliance said the drills would go ahead."),
    ).toContain("org:nato|the drills would go ahead");
  });

  it("does not invent a body when none of that kind was named (negative case)", () => {
    expect(
      said("Peru said it was watching. A spokesman for the alliance said the drills would go ahead."),
    ).toEqual(["country:pe|it was watching"]);
  });
});

describe("a time adverbial, then a parenthetical, before 'that'", () => {
  it("reads 'warned on Monday, before the vote, that …'", () => {
    expect(said("Chile’s central bank warned on Monday, before the vote, that prices would rise.")).toEqual([
      "org:cl:central-bank|prices would rise",
    ]);
  });

  it("reads the clause after 'that' but never the parenthetical's own verb as said (negative case)", () => {
    expect(said("Peru said on Monday, after talks collapsed, that it would appeal.")).toEqual([
      "country:pe|it would appeal",
    ]);
  });
});

describe("a stance verb opening a 'that' clause after other words", () => {
  it("keeps 'told lawmakers in a closed briefing that it suspected X of …' whole, as an accusation", () => {
    const x = extractBody(
      "Peru’s intelligence service told lawmakers in a closed briefing that it suspected the Shining Path of planting the bomb.",
    );
    expect(x.statements.map((s) => `${s.speakerId}|${s.text}`)).toEqual([
      "org:pe:intelligence|it suspected the Shining Path of planting the bomb",
    ]);
    expect(x.statements[0]?.cameo).not.toBe("010");
  });

  it("leaves an inner verb with another subject to that subject (negative case)", () => {
    const out = said(
      "Peru’s foreign ministry told reporters in a briefing that Chile accused Bolivia of spying.",
    );
    expect(out[0]?.startsWith("org:pe:ministry-of-foreign-affairs|")).toBe(true);
  });
});

describe("one act for a clause that runs into its own verb's quotation", () => {
  it("gives one statement for 'said in a note that it had asked both sides “to …”'", () => {
    const out = said(
      "Chile’s foreign ministry said in a note that it had asked both sides “to avoid any escalation”.",
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^org:cl:ministry-of-foreign-affairs\|.*both sides “to avoid any escalation”/);
  });
});

describe("a speech verb inside a hyphenated compound is no verb", () => {
  it("keeps 'would share early-warning data “…”' one clause of the speaker", () => {
    const out = said(
      "Minister Ana Ruiz said the members would share early-warning data “against any threat”.",
    );
    expect(out).toEqual(["person:ana-ruiz|the members would share early-warning data “against any threat”"]);
  });

  it("still reads the sentence's own verb beside such a compound (negative case)", () => {
    expect(said("Chile said the much-criticised plan would go ahead.")).toEqual([
      "country:cl|the much-criticised plan would go ahead",
    ]);
  });
});

describe("an unnamed official quoted by an outlet named only by a definite noun", () => {
  it("credits 'The broadcaster quoted an unnamed official as saying …' to the outlet's state", () => {
    const out = said(
      "Peru’s state broadcaster, TV Peru, reported the arrests. The broadcaster quoted an unnamed official as saying Peru would “answer firmly”.",
    );
    expect(out).toContain("country:pe|Peru would “answer firmly”");
  });

  it("credits nobody when no outlet of that kind was named (negative case)", () => {
    const out = said(
      "Peru said talks were over. The broadcaster quoted an unnamed official as saying Peru would “answer firmly”.",
    );
    expect(out).toEqual(["country:pe|talks were over"]);
  });
});
