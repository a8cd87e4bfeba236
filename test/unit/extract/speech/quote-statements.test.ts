import { describe, expect, it } from "vitest";
import { extractBody, rels, saidWithVerb, statementRows, statementTexts } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("quote statements: a quoted object opening a reported clause", () => {
  it("keeps the whole clause when the quote is the object of an accusation", () => {
    expect(
      said(
        "Peru's foreign ministry spokeswoman Rosa Quispe accused “outside actors” of stirring unrest along the border.",
      ),
    ).toContain("person:rosa-quispe|“outside actors” of stirring unrest along the border");
  });

  it("keeps the whole clause when the quote is the object of an appeal", () => {
    expect(
      said("Foreign Minister Tomas Varga urged “all parties” to return to talks before the winter."),
    ).toContain("person:tomas-varga|“all parties” to return to talks before the winter");
  });

  it("keeps the quoted words alone when nothing of the clause follows the quote", () => {
    expect(said("Foreign Minister Tomas Varga said “we will not be intimidated.”")).toContain(
      "person:tomas-varga|we will not be intimidated.",
    );
  });
});

describe("quote statements: a second act joined by 'but'", () => {
  it("ends the embedding clause before 'but said'", () => {
    const out = said(
      "Senator Paul Okafor said the sanctions “punish the wrong people” but said Nigeria would comply with them.",
    );
    expect(out).toContain("person:paul-okafor|the sanctions “punish the wrong people”");
  });
});

describe("quote statements: a bare quotation after an attributed one", () => {
  it("goes on in the same voice within the paragraph", () => {
    const out = said(
      "Minister Ana Ruiz spoke after the vote. “We respect the result,” Ruiz said. “The work starts now.”",
    );
    expect(out).toContain("person:ana-ruiz|The work starts now.");
  });

  it("does not carry the voice past a sentence without a quote", () => {
    const out = said(
      "“We respect it,” Minister Ana Ruiz said. The vote was close. “Nothing is settled.”\n\nThe count ended.\n\n“The work starts now.”",
    );
    expect(out.some((x) => x.endsWith("|Nothing is settled."))).toBe(false);
    expect(out.some((x) => x.endsWith("|The work starts now."))).toBe(false);
  });

  it("carries it into a bare quoted paragraph right after (wire copy leaves those unattributed)", () => {
    const out = said("“We respect the result,” Minister Ana Ruiz said.\n\n“The work starts now.”");
    expect(out).toContain("person:ana-ruiz|The work starts now.");
  });
});

describe("quote statements: a quotation inside a relative clause of the reported clause", () => {
  it("stores the whole clause, relative clause and quotation included", () => {
    const out = said(
      "Minister Ana Ruiz said the tip came from the coast guard, which had tracked the trawler “for many weeks.”",
    );
    expect(out).toContain(
      "person:ana-ruiz|the tip came from the coast guard, which had tracked the trawler “for many weeks.”",
    );
  });
});

describe("quote statements: a quotation after a verb inside another's clause", () => {
  it("belongs to the outer speaker", () => {
    expect(
      said("Minister Ana Ruiz said the bloc’s members had agreed that trade “must stay open to all.”"),
    ).toEqual(["person:ana-ruiz|the bloc’s members had agreed that trade “must stay open to all.”"]);
  });
});

describe("quoted phrase inside a reported clause", () => {
  it("makes one quote statement (the whole clause, per the guide), not a cut paraphrase plus a quote", () => {
    const x = extractBody(
      "Tehran said the drill was a warning to “reckless actors” of Israel and its partners.",
    );
    expect(statementRows(x)).toEqual([
      [
        "quote",
        "country:ir",
        "said",
        "130",
        "the drill was a warning to “reckless actors” of Israel and its partners",
        ["country:il"],
      ],
    ]);
    expect(x.statements[0]?.targetIds).toEqual(["country:il"]);
    expect(rels(x, "THREATENS")).toEqual(["country:ir>country:il"]);
  });
  it("keeps punctuation inside a quoted phrase from ending the clause", () => {
    const x = extractBody("Peru said the talks were “constructive, the best in years” and would resume.");
    expect(statementRows(x)).toEqual([
      [
        "quote",
        "country:pe",
        "said",
        "010",
        "the talks were “constructive, the best in years” and would resume",
        [],
      ],
    ]);
  });
  it("keeps a quotation that is the whole object of the verb a plain quote", () => {
    const x = extractBody("Chile said “we will not accept this.”");
    expect(statementRows(x)).toEqual([
      ["quote", "country:cl", "said", "010", "we will not accept this.", []],
    ]);
    expect(x.relations).toEqual([]);
  });
});

describe("speaker after the clause", () => {
  it("reads a national body after the quote", () => {
    const x = extractBody("“We will not accept this,” the Turkish foreign ministry said.");
    expect(statementTexts(x)).toEqual([
      ["org:tr:ministry-of-foreign-affairs", "said", "010", "We will not accept this,"],
    ]);
  });
  it("makes no statement for an unnamed speaker", () => {
    const x = extractBody("“We will not accept this,” officials said. Officials urged Egypt to wait.");
    expect(x.statements).toEqual([]);
  });
  it("reads an inverted named speaker with an appositive role, quoted or not", () => {
    const x = extractBody(
      "“The bridge stays closed,” said Maria Lopez, the mayor of Lima. The plan is dead, said Maria Lopez.",
    );
    expect(statementTexts(x)).toEqual([
      ["person:maria-lopez", "said", "010", "The bridge stays closed,"],
      ["person:maria-lopez", "said", "010", "The plan is dead"],
    ]);
  });
  it("resolves a pronoun speaker after the quote", () => {
    const x = extractBody(
      "Peruvian Foreign Minister Ana Rojas spoke in Quito. “We will not accept this,” she told reporters.",
    );
    expect(statementTexts(x)).toEqual([["person:ana-rojas", "told", "010", "We will not accept this,"]]);
  });
  it("attributes a quotation of several sentences to the speaker after its last sentence", () => {
    const x = extractBody(
      "“We will not accept this. It is a provocation,” Greek Foreign Minister Nikos Pappas said.",
    );
    expect(statementTexts(x)).toEqual([
      ["person:nikos-pappas", "said", "111", "We will not accept this. It is a provocation,"],
    ]);
    expect(x.statements[0]?.evidence.length).toBe(2);
  });
});

describe("quotations over paragraphs and nested quotes", () => {
  it("gives the continuation the speaker of the open part", () => {
    const x = extractBody("Nikos Pappas, the Greek foreign minister, said: “We will wait.\n\n“Then we act.”");
    expect(statementTexts(x)).toEqual([
      ["person:nikos-pappas", "said", "010", "We will wait."],
      ["person:nikos-pappas", "said", "010", "Then we act."],
    ]);
  });
});

describe("reporting verbs with a non-speech sense", () => {
  it("reads a quotation after a colon ('replied: “…”')", () => {
    expect(
      saidWithVerb(
        "Pavel Ostrov said the bridge was open. Asked about the tolls, Ostrov replied: “Nobody pays.”",
      ),
    ).toContain("person:pavel-ostrov|replied|010|Nobody pays.");
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

describe("quote boundaries", () => {
  it("ends a quoted phrase's clause before ', adding that …' (no duplicate of the participle's clause)", () => {
    expect(
      said("Tomas Varga said the deal was “fair to both sides,” adding that Kyiv would sign it."),
    ).toEqual([
      "person:tomas-varga|the deal was “fair to both sides,”",
      "person:tomas-varga|Kyiv would sign it",
    ]);
  });

  it("continues the voice of a quote that closed the paragraph before into a bare quoted paragraph", () => {
    expect(said("“The deal is fair,” Tomas Varga said.\n\n“Both sides gain.”")).toEqual([
      "person:tomas-varga|The deal is fair,",
      "person:tomas-varga|Both sides gain.",
    ]);
  });

  it("does not continue it over a sentence in between", () => {
    expect(said("“The deal is fair,” Tomas Varga said.\n\nKenya disagreed.\n\n“Both sides gain.”")).toEqual([
      "person:tomas-varga|The deal is fair,",
    ]);
  });
});

describe("quote statements: a free relative 'what it called “…”' inside a reported clause", () => {
  it("keeps the named phrase in the speaker's clause as one statement", () => {
    expect(
      said(
        "Peru’s foreign ministry said it would take the case to the U.N. Security Council over what it called “a blatant violation of Peruvian waters.”",
      ),
    ).toEqual([
      "org:pe:ministry-of-foreign-affairs|it would take the case to the U.N. Security Council over what it called “a blatant violation of Peruvian waters.”",
    ]);
  });

  it("reads 'said that X had protested over what it termed …' and 'what she described as …' alike", () => {
    expect(
      said(
        "The state broadcaster said on Monday that Quito had filed a protest with the Chilean embassy over what it termed “hostile propaganda” against its navy.",
      ),
    ).toEqual([
      "org:ec:state-broadcaster|Quito had filed a protest with the Chilean embassy over what it termed “hostile propaganda” against its navy",
    ]);
    expect(
      said(
        "Minister Ana Ruiz said Lima would answer what she described as “a campaign of lies” in the courts.",
      ),
    ).toEqual(["person:ana-ruiz|Lima would answer what she described as “a campaign of lies” in the courts"]);
  });

  it("leaves 'rejected what it called “…”' (no clause around it) to the naming verb", () => {
    expect(said("Bolivia’s foreign ministry rejected what it called “megaphone diplomacy.”")).toEqual([
      "org:bo:ministry-of-foreign-affairs|megaphone diplomacy.",
    ]);
  });

  it("leaves an infinitive's free relative to the one addressed ('urged Y to explain what he called')", () => {
    expect(
      said("Chile urged Peru’s ambassador, Paulo Reis, to explain what he called “routine” patrols."),
    ).toContain("person:paulo-reis|routine");
  });
});
