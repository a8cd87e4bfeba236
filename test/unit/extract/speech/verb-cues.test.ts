import { describe, expect, it } from "vitest";
import {
  extractBody,
  saidPairs,
  saidWithVerb,
  speakerTexts,
  stancePairs,
  statementRows,
  statementTexts,
} from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.text}`);

describe("verbCues: an -s form after a preposition is a plural noun", () => {
  it("reads 'in comments', 'in remarks', 'after statements' as nouns, not speech acts", () => {
    for (const body of [
      "The Kenyan embassy, in comments carried by the news agency KNA, said the men were safe.",
      "The Chilean navy, in remarks published by the daily La Tercera, said two boats were seized.",
      "Peru, after statements from both capitals, said it would mediate.",
      "Bolivia, with claims of its own on the coast, urged calm.",
    ]) {
      const out = said(body);
      expect(out.some((x) => /\|(?:comments|remarks|statements|claims)\|/.test(x))).toBe(false);
    }
  });

  it("keeps an -s verb after a subject ('the ministry comments', 'Peru claims')", () => {
    expect(said("Peru claims the islands were never ceded.").some((x) => x.includes("|claims|"))).toBe(true);
  });
});

describe("verbCues: labels inside relative clauses", () => {
  it("reads 'what it called X' (no quotation) as a label, not a speech act", () => {
    const out = said(
      "Chile protested on Monday against what it called an unprecedented number of incursions.",
    );
    expect(out.some((x) => x.includes("|called|"))).toBe(false);
  });

  it("keeps the host clause whole across 'which it calls X'", () => {
    const out = said(
      "Foreign Minister Ana Ruiz said the strait, which it calls the Southern Passage, was open to all ships.",
    );
    expect(out).toEqual([
      "person:ana-ruiz|said|the strait, which it calls the Southern Passage, was open to all ships",
    ]);
  });

  it("still reads a quoted label as the speaker's words", () => {
    const out = said("Chile lodged a protest over the drills, which it called “a needless provocation.”");
    expect(out).toContain("country:cl|called|a needless provocation.");
  });
});

describe("verbCues: -s forms after a finite verb", () => {
  it("reads 'broke promises' as a verb and its object, not a second speech act", () => {
    const out = said("Minister Ana Ruiz said the levy broke promises Peru had made to traders.");
    expect(out).toEqual(["person:ana-ruiz|said|the levy broke promises Peru had made to traders"]);
  });
});

describe("quoted phrase inside a reported clause", () => {
  it("does not read a noun '-ing' form after a determiner as a reporting verb", () => {
    const x = extractBody("Chile said the ruling was a blessing for Peru.");
    expect(statementRows(x)).toEqual([
      ["paraphrase", "country:cl", "said", "010", "the ruling was a blessing for Peru", ["country:pe"]],
    ]);
  });
});

describe("evaluating verbs with a quotation", () => {
  it("does not read 'called' without a quotation, or 'called off', as speech", () => {
    const x = extractBody("Chile called a snap election. Greece called off talks with Turkey.");
    expect(x.statements).toEqual([]);
  });
  it("never reads a capitalised name as a verb ('the United States')", () => {
    const x = extractBody("Peru said the United States was a partner.");
    expect(statementTexts(x)).toEqual([["country:pe", "said", "010", "the United States was a partner"]]);
  });
});

describe("two reporting verbs in one sentence", () => {
  it("does not read an agentless passive ('had been denied access') as speech", () => {
    const x = extractBody("Chile told reporters that monitors had been denied access to the port.");
    expect(statementTexts(x)).toEqual([
      ["country:cl", "told", "010", "monitors had been denied access to the port"],
    ]);
  });
});

describe("a base-form verb inside a clause an earlier verb reports", () => {
  it("keeps 'said his government would defend … “…”' as one statement of the speaker", () => {
    expect(
      speakerTexts(
        "Trade Minister Lucia Prado said her government would defend its tariffs in Geneva “with total conviction.”",
      ),
    ).toEqual([
      "person:lucia-prado|her government would defend its tariffs in Geneva “with total conviction.”",
    ]);
  });

  it("still reads a base form after a clause break as its own verb ('…, and will deny …')", () => {
    expect(speakerTexts("Chile denied the report. Peru will deny it “in the strongest terms.”")).toContain(
      "country:pe|it “in the strongest terms.”",
    );
  });
});

describe("'<noun> suspected/accused of …' as a reduced relative", () => {
  it("reads no accusation in a participle that describes a noun", () => {
    expect(speakerTexts("Chilean police arrested two men suspected of smuggling fuel into Peru.")).toEqual(
      [],
    );
  });

  it("still reads the active verb with its object ('Peru accused Chile of …')", () => {
    expect(speakerTexts("Peru accused Chile of smuggling fuel.")).toEqual([
      "country:pe|Chile of smuggling fuel",
    ]);
  });
});

describe("multi-word speech predicates with a clause", () => {
  it.each(["expressed concern", "voiced concern", "expressed hope", "made clear"])(
    "reads '%s that …'",
    (verb) => {
      expect(saidWithVerb(`Transport Minister Lea Vidmar ${verb} that the ferry would resume.`)).toEqual([
        `person:lea-vidmar|${verb}|010|the ferry would resume`,
      ]);
    },
  );

  it("gives no statement for 'expressed concern over <noun phrase>'", () => {
    expect(
      saidWithVerb("Transport Minister Lea Vidmar expressed concern over the closure of the port of Koper."),
    ).toEqual([]);
  });
});

describe("unambiguous reporting verbs", () => {
  it.each([
    ["conceded", "010"],
    ["tweeted", "010"],
    ["retorted", "010"],
    ["contended", "010"],
    ["cautioned", "012"],
    ["predicted", "010"],
    ["pointed out", "010"],
  ])("reads 'Name %s that …'", (verb, cameo) => {
    expect(saidWithVerb(`Pavel Ostrov ${verb} that the bridge had been closed for a week.`)).toEqual([
      `person:pavel-ostrov|${verb}|${cameo}|the bridge had been closed for a week`,
    ]);
  });

  it("reads a criticism verb with its stance ('deplored …')", () => {
    const x = extractBody("Pavel Ostrov deplored that Norway had closed the bridge.");
    expect(x.statements.map((s) => [s.verb, s.cameo, s.text])).toEqual([
      ["deplored", "111", "Norway had closed the bridge"],
    ]);
  });
});

describe("withheld speech is no statement", () => {
  it("'declined to say whether …' gives nothing, the 'but said …' clause after it does", () => {
    expect(
      speakerTexts(
        "Its director, Pavel Rusu, declined to say whether the plant would close, but said the pumps were working.",
      ),
    ).toEqual(["person:pavel-rusu|the pumps were working"]);
  });

  it("'refused to comment' and 'would not say whether' give nothing", () => {
    expect(speakerTexts("Minister Olga Ciobanu refused to comment on the talks.")).toEqual([]);
    expect(speakerTexts("Minister Olga Ciobanu would not say whether Chile had been told.")).toEqual([]);
  });

  it("keeps 'would not say' that reports a clause when no 'whether' follows (negative case)", () => {
    expect(speakerTexts("Chile said on Monday it would not say the talks had failed.")).toEqual([
      "country:cl|it would not say the talks had failed",
    ]);
  });
});

describe("an -s form before 'from'/'by' is a plural noun", () => {
  it("reads 'reports from herders showed …' inside the reported clause", () => {
    expect(
      speakerTexts(
        "Chile’s foreign ministry said satellite pictures and reports from fishermen showed new buoys in the bay.",
      ),
    ).toEqual([
      "org:cl:ministry-of-foreign-affairs|satellite pictures and reports from fishermen showed new buoys in the bay",
    ]);
  });

  it("still reads 'reports' as a verb before a clause (negative case)", () => {
    expect(speakerTexts("The Andean Herald reports that the border was shut.")).toEqual([
      "org:andean-herald|the border was shut",
    ]);
  });
});

describe("a speech verb inside a hyphenated compound is no verb", () => {
  it("keeps 'would share early-warning data “…”' one clause of the speaker", () => {
    const out = speakerTexts(
      "Minister Ana Ruiz said the members would share early-warning data “against any threat”.",
    );
    expect(out).toEqual(["person:ana-ruiz|the members would share early-warning data “against any threat”"]);
  });

  it("still reads the sentence's own verb beside such a compound (negative case)", () => {
    expect(speakerTexts("Chile said the much-criticised plan would go ahead.")).toEqual([
      "country:cl|the much-criticised plan would go ahead",
    ]);
  });
});

describe("reporting verbs of wire copy: clause-only verbs, appeals and warnings", () => {
  const LEAD = "Norwegian Transport Minister Pavel Ostrov visited Tromsø on Monday.\n\n";

  describe("clause-only verbs added in round 9", () => {
    it.each(["underlined", "underscored", "highlighted", "repeated", "recounted", "objected", "agreed"])(
      "reads 'Ostrov %s that …' and '…, Ostrov %s.'",
      (verb) => {
        expect(saidPairs(`${LEAD}Ostrov ${verb} that the bridge had been shut for a week.`)).toEqual([
          ["person:pavel-ostrov", "the bridge had been shut for a week"],
        ]);
        expect(saidPairs(`${LEAD}The bridge had been shut for a week, Ostrov ${verb}.`)).toEqual([
          ["person:pavel-ostrov", "The bridge had been shut for a week"],
        ]);
      },
    );

    it("ignores their other senses", () => {
      expect(
        saidPairs(
          `${LEAD}Ostrov highlighted the risks on a map. The report repeated the figures. Both sides agreed a deal.`,
        ),
      ).toEqual([]);
    });
  });

  describe("appeals with a preposition before the hearer", () => {
    it.each([
      ["appealed to", "appealed to"],
      ["pleaded with", "pleaded with"],
    ])("reads 'Norway %s Sweden to …' as an appeal", (verb, shown) => {
      expect(saidWithVerb(`Norway ${verb} Sweden to reopen the bridge.`)).toEqual([
        `country:no|${shown}|020|Sweden to reopen the bridge`,
      ]);
    });

    it("does not read 'appealed to' without an infinitive as an appeal to do something", () => {
      expect(saidPairs("The plan appealed to Swedish voters.")).toEqual([]);
    });
  });

  describe("'warned X against …'", () => {
    it("keeps the object and what it was warned against", () => {
      expect(saidPairs("Norway warned Sweden against closing the bridge.")).toEqual([
        ["country:no", "Sweden against closing the bridge"],
      ]);
    });

    it("still drops a bare object of another verb ('defended the bridge')", () => {
      expect(saidPairs("Norway defended the bridge.")).toEqual([]);
    });
  });
});

describe("verbCues: an infinitive after a passive request or order", () => {
  it.each([
    "The Chilean ambassador was summoned to explain the incursion.",
    "Peru’s envoy was asked to clarify the remarks on Monday.",
    "Both governments have been urged to explain the delay to the commission.",
    "The Bolivian side was also called on to justify the new tariffs.",
  ])("reads no speech act of the subject (%s)", (body) => {
    expect(said(body).filter((x) => /\|(?:explain|clarify|justify)\|/.test(x))).toEqual([]);
  });

  it("gives the clause to the closing attribution instead", () => {
    const out = said(
      "Chile protested on Monday. The Peruvian side was asked to explain the purpose of the flights, Chile’s foreign ministry said.",
    );
    expect(out).toContain(
      "org:cl:ministry-of-foreign-affairs|said|The Peruvian side was asked to explain the purpose of the flights",
    );
  });

  it("keeps an infinitive after a modal", () => {
    const own = said("Foreign Minister Ana Rojas said Chile would explain that the talks had failed.");
    expect(own.some((x) => x.startsWith("person:ana-rojas|said|"))).toBe(true);
  });
});

describe("verbCues: nouns that look like reporting verbs", () => {
  it.each([
    "Chilean police raided two farms on Monday, arresting 14 suspects near the border.",
    "Peru’s navy seized a trawler in March, prompting protests outside Chile’s embassy in Lima.",
    "Chile closed the crossing on Friday, sparking complaints from Peruvian truckers.",
    "Peru has been under a World Bank “amber” warning over its debts since 2019.",
  ])("reads no speech act (%s)", (body) => {
    expect(said(body)).toEqual([]);
  });

  it.each([
    "Peru declared a state of emergency in three border provinces on Monday.",
    "Chile declared martial law in the north after the attack.",
    "The government declared a 30-day curfew in the capital.",
  ])("reads no speech act in an act of state (%s)", (body) => {
    expect(said(body).filter((x) => x.includes("|declared|"))).toEqual([]);
  });

  it("keeps a participle after a quotation closed by its comma and a declared clause", () => {
    expect(
      said("Chile’s foreign minister called the charge “absurd,” warning that talks could collapse.").some(
        (x) => x.includes("|warning|"),
      ),
    ).toBe(true);
    expect(
      said("Peru’s foreign ministry declared that the talks had failed.").some((x) =>
        x.includes("|declared|"),
      ),
    ).toBe(true);
    expect(said("Chile’s foreign ministry says 14 suspects were arrested.").length).toBeGreaterThan(0);
  });
});

describe("verbCues: the reporting verbs of criticism and praise in news copy", () => {
  const rows = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}`);

  it("reads blast, lash out at, hit out at and admonish as criticism in any tense", () => {
    expect(
      rows("Interior Minister Tomas Varga blasted Hungary on Tuesday for closing the crossing."),
    ).toEqual(["person:tomas-varga|blasted"]);
    expect(
      stancePairs(extractBody("The Slovak foreign ministry has blasted the Hungarian decision as reckless.")),
    ).toContain("CRITICIZES org:sk:ministry-of-foreign-affairs>country:hu");
    expect(
      stancePairs(extractBody("Sweden's trade minister, Karl Berg, hit out at Norway over the quota.")),
    ).toContain("CRITICIZES person:karl-berg>country:no");
    expect(
      stancePairs(extractBody("The Swedish foreign ministry admonished Norway for the delay.")),
    ).toContain("CRITICIZES org:se:ministry-of-foreign-affairs>country:no");
  });

  it("keeps the person who lashes out as the speaker of the clause after 'saying'", () => {
    const out = said(
      "Prime Minister Eva Lind lashed out at Norway, saying the quota would ruin Swedish fishermen.",
    );
    expect(out).toEqual(["person:eva-lind|lashed out at|the quota would ruin Swedish fishermen"]);
  });

  it("reads 'hit back' (a past the same as its base) as a finite speech verb", () => {
    expect(said("Norway hit back, saying the quota followed scientific advice.")).toEqual([
      "country:no|hit back|the quota followed scientific advice",
    ]);
    expect(rows("Norwegian officials hit back at Sweden on Friday over the complaint.")).toEqual([
      "country:no|hit back at",
    ]);
  });

  it("reads laud and bemoan as speech acts", () => {
    expect(rows("Defence Minister Karl Berg lauded Finland for its support.")).toEqual([
      "person:karl-berg|lauded",
    ]);
    expect(rows("President Eva Lind bemoaned the lack of progress in the talks.")).toEqual([
      "person:eva-lind|bemoaned",
    ]);
  });

  it("does not read the physical senses of blast and hit as speech", () => {
    expect(rows("Miners blasted a tunnel under the ridge last year.")).toEqual([]);
    expect(rows("Engineers from Sweden blasted through the rock to widen the canal.")).toEqual([]);
    expect(rows("A drone hit a fuel depot near the Swedish border on Sunday.")).toEqual([]);
  });
});

describe("verbCues: '-ed' forms in an adjective slot", () => {
  it.each([
    "Chile’s navy said it had detained 14 suspected smugglers near the port.",
    "Chile’s navy said it had detained two alleged spies near the port.",
    "Chile’s navy said it had questioned several accused traffickers near the port.",
    "Chile’s navy said Peru had denied its alleged role in the raid.",
  ])("reads no speech act in the adjective (%s)", (body) => {
    expect(said(body).map((x) => x.split("|")[1])).toEqual(["said"]);
  });

  it.each([
    ["Peru in 2019 accused Chile of moving the markers.", "accused"],
    ["Chile’s president, who visits Lima on March 12, said the talks would resume.", "said"],
  ])("keeps a verb after a year or a date (%s)", (body, verb) => {
    expect(said(body).map((x) => x.split("|")[1])).toContain(verb);
  });
});
