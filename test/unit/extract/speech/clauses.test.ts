import { describe, expect, it } from "vitest";
import { clauseEnd, complementStart } from "../../../../src/extract/speech/clauses.ts";
import { entityDoc, extractBody, rels, saidPairs, speakerTexts, statementRows } from "../helpers.ts";

/** The reported clause that starts right after `said `, as clauseEnd cuts it. */
function clauseAfterSaid(body: string): string {
  const doc = entityDoc(body);
  const from = body.indexOf("said ") + "said ".length;
  const s = doc.sentences.find((x) => x.start <= from && from < x.end);
  if (!s) throw new Error("no sentence");
  return body.slice(from, clauseEnd(doc, s, from));
}

describe("clauseEnd", () => {
  it("reads past an appositive that sits between a short subject and its verb", () => {
    expect(
      clauseAfterSaid(
        "Minister Ana Ruiz said the envoy, a career diplomat from Lima, had been told to leave within a week.",
      ),
    ).toBe("the envoy, a career diplomat from Lima, had been told to leave within a week");
  });

  it("reads past a relative clause and an irregular past verb after it", () => {
    expect(
      clauseAfterSaid("Mr Oduya said the levy, which starts in March, broke an earlier pledge to traders."),
    ).toBe("the levy, which starts in March, broke an earlier pledge to traders");
  });

  it("reads past a dashed list between the subject and a modal", () => {
    expect(
      clauseAfterSaid("Ms Tan said the three partners — Chile, Peru and Ecuador — would pool their patrols."),
    ).toBe("the three partners — Chile, Peru and Ecuador — would pool their patrols");
  });

  it("still ends the clause at a trailing appositive with no verb after it", () => {
    expect(
      clauseAfterSaid("Mr Haddad said the talks had failed, the latest setback for the two neighbours."),
    ).toBe("the talks had failed");
  });

  it("still ends the clause when a long clause comes before the comma", () => {
    expect(
      clauseAfterSaid(
        "Ms Berg said the coast guard had stopped the trawler near the cape, a move that has angered the fleet.",
      ),
    ).toBe("the coast guard had stopped the trawler near the cape");
  });
});

describe("complementStart after a time adverbial", () => {
  const start = (body: string) => {
    const doc = entityDoc(body);
    const verbEnd = body.indexOf("said") + "said".length;
    const s = doc.sentences.find((x) => x.start <= verbEnd && verbEnd < x.end);
    if (!s) throw new Error("no sentence");
    const from = complementStart(doc, s, verbEnd);
    return from === undefined ? undefined : body.slice(from, from + 12);
  };

  it("skips a weekday, with or without 'on' and a part of the day", () => {
    expect(start("Ghana said on Monday it had closed the crossing.")).toBe("it had close");
    expect(start("Ghana said Tuesday evening the crossing was shut.")).toBe("the crossing");
    expect(start("The ministry said late on Friday Ghana would reply.")).toBe("Ghana would ");
  });

  it("skips a dated or relative time before the clause", () => {
    expect(start("Ghana said on March 3 it had closed the crossing.")).toBe("it had close");
    expect(start("Ghana said earlier this week the crossing was shut.")).toBe("the crossing");
  });

  it("does not read a time adverbial alone as a clause", () => {
    expect(start("Ghana said on Monday.")).toBeUndefined();
    expect(start("Ghana said on Monday in a statement.")).toBeUndefined();
  });
});

describe("complementStart with an approximate number", () => {
  it("reads 'said about 300 people …' as a clause, but not 'said about the talks'", () => {
    const at = (body: string) => {
      const doc = entityDoc(body);
      const verbEnd = body.indexOf("said") + 4;
      const s = doc.sentences[0];
      if (!s) throw new Error("no sentence");
      return complementStart(doc, s, verbEnd);
    };
    expect(at("Ghana said about 300 people had crossed the border.")).toBe(11);
    expect(at("Ghana said about the talks that nothing had changed.")).not.toBe(11);
  });
});

describe("a warning to a named actor is a threat", () => {
  it("turns an unquoted 'was a warning to X' clause into CAMEO 130 with a THREATENS relation", () => {
    const x = extractBody("Iran said the test was a warning to Israel.");
    expect(statementRows(x)).toEqual([
      ["paraphrase", "country:ir", "said", "130", "the test was a warning to Israel", ["country:il"]],
    ]);
    expect(x.statements[0]?.targetIds).toEqual(["country:il"]);
    expect(rels(x, "THREATENS")).toEqual(["country:ir>country:il"]);
  });
  it("needs a named target: a warning to nobody in particular stays a statement", () => {
    const x = extractBody("Iran said the test was a warning to its enemies.");
    expect(statementRows(x)).toEqual([
      ["paraphrase", "country:ir", "said", "010", "the test was a warning to its enemies", []],
    ]);
    expect(rels(x, "THREATENS")).toEqual([]);
  });
});

describe("an adverbial with an '-ed' adjective before 'that'", () => {
  it("skips 'in a televised address' to the clause after 'that'", () => {
    expect(
      speakerTexts(
        "Prime Minister Ilse Varga said in a televised address that Hungary would not bow to pressure.",
      ),
    ).toEqual(["person:ilse-varga|Hungary would not bow to pressure"]);
  });
});

describe("a time adverbial, then a parenthetical, before 'that'", () => {
  it("reads 'warned on Monday, before the vote, that …'", () => {
    expect(
      speakerTexts("Chile’s central bank warned on Monday, before the vote, that prices would rise."),
    ).toEqual(["org:cl:central-bank|prices would rise"]);
  });

  it("reads the clause after 'that' but never the parenthetical's own verb as said (negative case)", () => {
    expect(speakerTexts("Peru said on Monday, after talks collapsed, that it would appeal.")).toEqual([
      "country:pe|it would appeal",
    ]);
  });
});

describe("a parenthetical between the verb and 'that'", () => {
  it("reads past ', however,' and ', in a statement,'", () => {
    expect(speakerTexts("Rui Matos acknowledged, however, that the gauge had failed.")).toEqual([
      "person:rui-matos|the gauge had failed",
    ]);
    expect(speakerTexts("Rui Matos said, in a statement, that the gauge had failed.")).toEqual([
      "person:rui-matos|the gauge had failed",
    ]);
  });

  it("does not read a parenthetical that holds a clause break ('said, after a pause. That …')", () => {
    expect(speakerTexts("Rui Matos said nothing, as usual. That was all.")).toEqual([]);
  });
});

describe("a verb in a relative or adverbial clause with its own subject", () => {
  it("keeps ', where farmers protested …' inside the reported clause and gives it no speaker", () => {
    expect(
      speakerTexts(
        "Chile’s foreign ministry said the deal would help the region, where farmers protested against shortages.",
      ),
    ).toEqual([
      "org:cl:ministry-of-foreign-affairs|the deal would help the region, where farmers protested against shortages",
    ]);
  });

  it("ends the reported clause before ', because traders complained'", () => {
    expect(
      speakerTexts(
        "Ghana said on Monday it would reopen the border, because traders complained about losses.",
      ),
    ).toEqual(["country:gh|it would reopen the border"]);
  });

  it("still credits an actor that is the subject inside the clause (', where Ghana said …')", () => {
    expect(speakerTexts("Togo closed the road, where Ghana said the raids had started.")).toEqual([
      "country:gh|the raids had started",
    ]);
  });
});

describe("a relative clause inside a reported clause with a second predicate after it", () => {
  it("keeps ', which …, and did not …' in the clause", () => {
    expect(
      speakerTexts(
        "Rui Matos said Chile preferred the commission, which meets in July, and did not recognise the court.",
      ),
    ).toEqual([
      "person:rui-matos|Chile preferred the commission, which meets in July, and did not recognise the court",
    ]);
  });

  it("keeps a trailing relative that describes the noun ('…, which meets in July.')", () => {
    expect(speakerTexts("Rui Matos said Chile preferred the commission, which meets in July.")).toEqual([
      "person:rui-matos|Chile preferred the commission, which meets in July",
    ]);
  });
});

describe("a description of the noun before the comma stays in the reported clause", () => {
  it("keeps ', which …' and ', who …' relatives", () => {
    expect(
      clauseAfterSaid("Mr Kallas said the raiders came from the Red Hand faction, which controls the hills."),
    ).toBe("the raiders came from the Red Hand faction, which controls the hills");
    expect(clauseAfterSaid("The police said they had detained a courier, who is being held in Tartu.")).toBe(
      "they had detained a courier, who is being held in Tartu",
    );
  });

  it("keeps an appositive after a name ('…, a gang that …', '…, the militia founded …')", () => {
    expect(
      clauseAfterSaid("Ms Varga said the boats belonged to Black Tide, a cartel that Quito outlawed in May."),
    ).toBe("the boats belonged to Black Tide, a cartel that Quito outlawed in May");
    expect(
      clauseAfterSaid("The army said its troops had fought the FNR, the militia founded by exiled officers."),
    ).toBe("its troops had fought the FNR, the militia founded by exiled officers");
  });

  it("keeps a subordinate clause of the speaker's ('…, as it was obliged to …', '…, before …')", () => {
    expect(
      clauseAfterSaid("The ministry said Lima had not warned Quito, as it was obliged to under the treaty."),
    ).toBe("Lima had not warned Quito, as it was obliged to under the treaty");
    expect(
      clauseAfterSaid("He said the soldiers had crossed the river, before dawn on Monday, and burned a hut."),
    ).toBe("the soldiers had crossed the river, before dawn on Monday, and burned a hut");
  });

  it("still ends the clause at a comment on the whole clause or a second attribution (negative cases)", () => {
    expect(clauseAfterSaid("Mr Roos said the envoy had left Oslo, a move that angered Moscow.")).toBe(
      "the envoy had left Oslo",
    );
    expect(clauseAfterSaid("Kyiv said drones had struck the depot, which Moscow denies.")).toBe(
      "drones had struck the depot",
    );
    expect(
      clauseAfterSaid("Ms Lund said patrols had stopped two boats near Bodø, a coast guard officer said."),
    ).toBe("patrols had stopped two boats near Bodø");
    expect(clauseAfterSaid("Mr Roos said the talks ended in Riga, the third such round this year.")).toBe(
      "the talks ended in Riga",
    );
  });

  it("does not take a two-word comment for a clause ('said nothing, as usual')", () => {
    expect(speakerTexts("Rui Matos said nothing, as usual. That was all.")).toEqual([]);
  });
});

describe("'in a statement carried by <outlet>'", () => {
  it("skips the outlet before 'that …'", () => {
    expect(
      speakerTexts(
        "Algeria’s foreign ministry said in a statement carried by the state news agency APS that the border would stay closed.",
      ),
    ).toContain("org:dz:ministry-of-foreign-affairs|the border would stay closed");
  });

  it("closes a sentence after the outlet ('…, X said in a statement carried by APS.')", () => {
    expect(
      speakerTexts(
        "The border would stay closed, Algeria’s foreign ministry said in a statement carried by the state news agency APS.",
      ),
    ).toContain("org:dz:ministry-of-foreign-affairs|The border would stay closed");
  });

  it("still reads a finite verb before 'that' as the clause ('said the members had agreed that …')", () => {
    expect(speakerTexts("Chile said the members had agreed that talks would resume.")).toEqual([
      "country:cl|the members had agreed that talks would resume",
    ]);
  });
});

describe("'said in a report|letter|statement <participle> … that …'", () => {
  it.each([
    "in a report released on Tuesday that",
    "in a letter sent to the bloc that",
    "in its annual report published on Monday that",
    "in a joint statement issued by both ministries that",
  ])("skips the adverbial '%s' to the clause", (frame) => {
    expect(
      saidPairs(`Estonia’s interior ministry said ${frame} the attack had been carried out by a group.`),
    ).toEqual([["org:ee:ministry-of-interior", "the attack had been carried out by a group"]]);
  });
});

describe("reporting frames around a reported clause", () => {
  describe("a source frame after a reported clause", () => {
    it.each(["according to state radio", "citing officials in Oslo", "quoting a police report"])(
      "is no part of the words ('…, %s')",
      (frame) => {
        expect(saidPairs(`Norwegian officials said the bridge would stay shut, ${frame}.`)).toEqual([
          ["country:no", "the bridge would stay shut"],
        ]);
      },
    );

    it("leaves a clause that merely contains the words alone", () => {
      expect(saidPairs("Norwegian officials said the bridge was shut according to plan.")).toEqual([
        ["country:no", "the bridge was shut according to plan"],
      ]);
    });
  });

  describe("'was quoted (by Y) as saying'", () => {
    it("credits the person quoted, not the outlet quoting them", () => {
      expect(
        saidPairs(
          "Norwegian Transport Minister Pavel Ostrov was quoted by the daily Nordlys Tidende as saying the bridge would stay shut.",
        ),
      ).toEqual([["person:pavel-ostrov", "the bridge would stay shut"]]);
    });

    it("keeps the outlet as the speaker when the outlet itself reports", () => {
      const pairs = saidPairs(
        "Norwegian Transport Minister Pavel Ostrov visited Tromsø. The daily Nordlys Tidende reported the bridge would stay shut.",
      );
      expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
    });
  });

  describe("'the <demonym> <title>' closing an attribution", () => {
    it("is the holder of that title from that country", () => {
      expect(
        saidPairs(
          "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The bridge would stay shut, the Norwegian transport minister said.",
        ),
      ).toEqual([["person:pavel-ostrov", "The bridge would stay shut"]]);
    });

    it("is nobody when the demonym names another country than the holder's", () => {
      const pairs = saidPairs(
        "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The bridge would stay shut, the Swedish transport minister said.",
      );
      expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
    });
  });

  describe("'the <portfolio> <title>' as a later reference", () => {
    it("resolves only to a holder whose title has the portfolio", () => {
      const pairs = saidPairs(
        "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The defence minister said the bridge would stay shut.",
      );
      expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
      expect(
        saidPairs(
          "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday. The transport minister said the bridge would stay shut.",
        ),
      ).toEqual([["person:pavel-ostrov", "the bridge would stay shut"]]);
    });
  });

  describe("where the words were published, after a closing reporting verb", () => {
    it.each([
      "on Telegram",
      "in a post on X",
      "on its website",
      "at a regular news briefing",
      "in a televised address",
      "in an interview with Nordlys",
      "on the sidelines of a fisheries summit",
    ])("reads '…, the ministry said %s.'", (where) => {
      expect(saidPairs(`The bridge was shut, Norway's transport ministry said ${where}.`)).toEqual([
        ["org:no:ministry-of-transport", "The bridge was shut"],
      ]);
    });

    it("does not read a clause that goes on after the platform", () => {
      expect(
        saidPairs("The bridge was shut, Norway's transport ministry said on its website, which crashed.").map(
          ([, text]) => text,
        ),
      ).not.toContain("The bridge was shut, Norway's transport ministry said on its website");
    });
  });

  describe("irregular past tenses in a reported clause", () => {
    it("keeps 'its air defences shot down two drones' as a clause", () => {
      expect(saidPairs("Norway said its air defences shot down two drones.")).toEqual([
        ["country:no", "its air defences shot down two drones"],
      ]);
    });

    it("still drops a noun-phrase object ('announced the new fleet')", () => {
      expect(saidPairs("Norway announced the new fleet on Monday.")).toEqual([]);
    });
  });

  describe("'over what it called “…”'", () => {
    it("credits the main clause's subject, not a state named in between", () => {
      expect(
        saidPairs(
          "Norway summoned the Swedish envoy on Monday over what it called “a grave breach” of its waters.",
        ),
      ).toContainEqual(["country:no", "a grave breach"]);
    });
  });

  describe("'In <capital>, the government said'", () => {
    it("is the government of the state whose capital frames the sentence", () => {
      expect(
        saidPairs(
          "Norway summoned the Swedish envoy on Monday.\n\nIn Stockholm, the government said the boats had left.",
        ),
      ).toEqual([["country:se", "the boats had left"]]);
    });

    it("falls back to the story's state without a frame", () => {
      expect(
        saidPairs(
          "Norway summoned the Swedish envoy on Monday.\n\nLater, the government said the boats had left.",
        ),
      ).toEqual([["country:no", "the boats had left"]]);
    });
  });

  describe("an inverted verb before a title reference", () => {
    const LEAD = "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday.\n\n";
    it.each(["the minister", "the minister, who took office in May", "the Norwegian transport minister"])(
      "reads '“…,” said %s'",
      (who) => {
        expect(saidPairs(`${LEAD}“The bridge stays shut,” said ${who}.`)).toEqual([
          ["person:pavel-ostrov", "The bridge stays shut,"],
        ]);
      },
    );

    it("does not credit a holder of another title ('said the defence minister')", () => {
      expect(
        saidPairs(`${LEAD}“The bridge stays shut,” said the defence minister.`).map(([who]) => who),
      ).not.toContain("person:pavel-ostrov");
    });
  });

  describe("', with X saying …'", () => {
    it("ends the first clause and gives the participle its own speaker", () => {
      expect(
        saidPairs(
          "Norway accused Sweden of bad faith, with Transport Minister Pavel Ostrov saying the bridge would stay shut.",
        ),
      ).toEqual([
        ["country:no", "Sweden of bad faith"],
        ["person:pavel-ostrov", "the bridge would stay shut"],
      ]);
    });

    it("leaves a plain 'with' phrase inside the clause", () => {
      expect(saidPairs("Norway said the bridge would reopen, with tolls cut by half.")).toEqual([
        ["country:no", "the bridge would reopen, with tolls cut by half"],
      ]);
    });
  });

  describe("a reported clause whose subject has a name in apposition", () => {
    it("runs past 'the envoy, Name, a <post>,' to its verb", () => {
      expect(
        saidPairs(
          "Norway said the envoy, Lars Berglund, a first secretary at the Swedish embassy, had met two officers “on six occasions”.",
        ),
      ).toEqual([
        [
          "country:no",
          "the envoy, Lars Berglund, a first secretary at the Swedish embassy, had met two officers “on six occasions”",
        ],
      ]);
    });

    it("still ends the clause at a trailing appositive ('…, the latest blow')", () => {
      expect(saidPairs("Norway said the bridge had been shut, the latest blow to trade.")).toEqual([
        ["country:no", "the bridge had been shut"],
      ]);
    });
  });

  describe("a protest's object", () => {
    it("is no statement ('protested against …', 'complained over …')", () => {
      expect(saidPairs("Norway protested against Sweden's decision to close the bridge.")).toEqual([]);
      expect(saidPairs("Norway complained over the closure of the bridge.")).toEqual([]);
    });

    it("keeps what a protest says ('protested that …')", () => {
      expect(saidPairs("Norway protested that the bridge had been closed without notice.")).toEqual([
        ["country:no", "the bridge had been closed without notice"],
      ]);
    });
  });

  describe("conditions and claims that are not words said", () => {
    it("drops a source's condition of anonymity ('…, a source said, asking not to be named')", () => {
      expect(
        saidPairs(
          "Norway's navy sent two ships to the bridge, a naval source said, asking not to be named.",
        ).map(([, text]) => text),
      ).not.toContain("not to be named");
    });

    it("drops a territorial claim ('claims the islands as its own territory')", () => {
      expect(saidPairs("Norway claims the Skerry Islands as its own territory.")).toEqual([]);
    });

    it("keeps a claim that something is so", () => {
      expect(saidPairs("Norway claimed the islands had been Norwegian since 1920.")).toEqual([
        ["country:no", "the islands had been Norwegian since 1920"],
      ]);
    });
  });

  describe("'…, X was quoted as saying (by Y).' closing a clause", () => {
    it("credits X with the clause before", () => {
      expect(
        saidPairs(
          "The bridge would reopen on Friday, Norwegian Transport Minister Pavel Ostrov was quoted as saying by the daily Nordlys.",
        ),
      ).toEqual([["person:pavel-ostrov", "The bridge would reopen on Friday"]]);
    });

    it("does not read a clause that goes on after the outlet", () => {
      expect(
        saidPairs(
          "The bridge would reopen, Transport Minister Pavel Ostrov was quoted as saying by Nordlys, which later corrected it.",
        ).map(([, text]) => text),
      ).not.toContain("The bridge would reopen");
    });
  });

  describe("'on condition of anonymity' after a closing verb", () => {
    it.each(["told Reuters on condition of anonymity", "said on condition of anonymity"])(
      "is no part of the words ('…, a Norwegian official %s.')",
      (tail) => {
        expect(
          saidPairs(
            `Norway shut the bridge on Monday. The closure would last a week, a Norwegian official ${tail}.`,
          ),
        ).toEqual([["country:no", "The closure would last a week"]]);
      },
    );
  });
});

describe("a reported clause opening with a figure", () => {
  it.each([
    [
      "Ana Ruiz, a spokeswoman for the Chilean navy, said 40 fishermen were still missing.",
      "40 fishermen were still missing",
    ],
    ["Peru said on Monday 3,500 tonnes of fish had been seized.", "3,500 tonnes of fish had been seized"],
    ["The Chilean navy said 1.5 million litres of fuel had leaked.", "1.5 million litres of fuel had leaked"],
  ])("reads the clause of %s", (body, text) => {
    expect(saidPairs(body).map(([, t]) => t)).toContain(text);
  });

  it("does not read a bare figure after the verb as a clause (negative case)", () => {
    expect(saidPairs("The Chilean navy said 14.")).toEqual([]);
  });
});

describe("a venue or medium between the verb and a clause with no 'that'", () => {
  it("reads the clause after 'in a statement', 'on social media', 'at a news conference', a place", () => {
    expect(speakerTexts("Rui Matos said in a statement the bridge would stay shut.")).toEqual([
      "person:rui-matos|the bridge would stay shut",
    ]);
    expect(speakerTexts("Rui Matos wrote on Facebook his deputy had resigned.")).toEqual([
      "person:rui-matos|his deputy had resigned",
    ]);
    expect(speakerTexts("Rui Matos said at a news conference Quito was to blame.")).toEqual([
      "person:rui-matos|Quito was to blame",
    ]);
    expect(speakerTexts("Rui Matos said on Friday in Porto the convoy had been stopped.")).toEqual([
      "person:rui-matos|the convoy had been stopped",
    ]);
  });

  it("keeps a noun phrase whole ('the government of Chile had …')", () => {
    expect(speakerTexts("Rui Matos said in an interview the government of Chile had misled him.")).toEqual([
      "person:rui-matos|the government of Chile had misled him",
    ]);
  });

  it("reads no clause without a subject and a finite verb (negative cases)", () => {
    expect(speakerTexts("Rui Matos said at the summit in Quito.")).toEqual([]);
    expect(speakerTexts("Rui Matos said in a statement issued after the talks had ended.")).toEqual([]);
    expect(speakerTexts("Rui Matos, asked by reporters whether the fee was fair, smiled.")).toEqual([]);
  });
});

describe("a second predicate of the reported clause ('said it had … and had asked …')", () => {
  it.each([
    [
      "Chile’s foreign ministry said it had summoned Peru’s envoy and had asked for an explanation of the raid.",
      "it had summoned Peru’s envoy and had asked for an explanation of the raid",
    ],
    [
      "Chile’s foreign ministry said Santiago wanted the crew freed at once and had demanded access to the men.",
      "Santiago wanted the crew freed at once and had demanded access to the men",
    ],
    [
      "Chile’s foreign ministry said the navy would escort the ferries and would urge Peru to keep its boats away.",
      "the navy would escort the ferries and would urge Peru to keep its boats away",
    ],
    [
      "Chile’s foreign ministry said it had closed the pass and had also warned Peru “not to test our patience.”",
      "it had closed the pass and had also warned Peru “not to test our patience.”",
    ],
  ])("keeps the second predicate in the one statement (%s)", (body, text) => {
    expect(saidPairs(body)).toEqual([["org:cl:ministry-of-foreign-affairs", text]]);
  });

  it("leaves 'and' with a verb of the speaker's own (no auxiliary) a second act", () => {
    const pairs = saidPairs(
      "Chile’s foreign ministry said the talks had failed and accused Peru of stalling.",
    );
    expect(pairs).toContainEqual(["org:cl:ministry-of-foreign-affairs", "the talks had failed"]);
    expect(pairs).toContainEqual(["org:cl:ministry-of-foreign-affairs", "Peru of stalling"]);
  });
});

describe("embeddedSubject: a role or pronoun inside the reported clause refers back", () => {
  const one = (body: string) => speakerTexts(body);

  it("keeps 'said the ambassador had assured …' as the outer speaker's one statement", () => {
    expect(
      one(
        "Peru’s ambassador, Ana Ruiz, met the minister on Monday. The Peruvian foreign ministry said the ambassador had assured her hosts that the vessel would be returned.",
      ),
    ).toEqual([
      "org:pe:ministry-of-foreign-affairs|the ambassador had assured her hosts that the vessel would be returned",
    ]);
  });

  it("keeps 'told reporters that his officers had warned …' whole", () => {
    const out = one(
      "Chilean navy commander Tomas Vidal told reporters that his officers had warned the trawler twice before boarding it.",
    );
    expect(out).toEqual(["person:tomas-vidal|his officers had warned the trawler twice before boarding it"]);
  });

  it("keeps 'said she had told …' and 'said the envoy had insisted …' whole", () => {
    expect(
      one("Bolivian Foreign Minister Rosa Mamani said she had told the envoy that the talks were over."),
    ).toEqual(["person:rosa-mamani|she had told the envoy that the talks were over"]);
    expect(
      one("Ecuador’s foreign ministry said the envoy had insisted that no troops crossed the border."),
    ).toEqual([
      "org:ec:ministry-of-foreign-affairs|the envoy had insisted that no troops crossed the border",
    ]);
  });

  it("still lets a person named inside the clause speak for themself", () => {
    const out = one("Ecuador’s foreign ministry said Ana Ruiz had warned that the border would close.");
    expect(out.some((x) => x.startsWith("person:ana-ruiz|"))).toBe(true);
  });
});
