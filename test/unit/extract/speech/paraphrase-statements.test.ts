import { describe, expect, it } from "vitest";
import { extractBody, saidPairs, saidWithVerb, speakerTexts, statementTexts } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.text}`);

describe("paraphrase statements: participles", () => {
  it("lets a participle after a comma carry the clause", () => {
    const out = said("Peru recalled its ambassador on Monday, saying the border talks had failed.");
    expect(out.some((x) => x.endsWith("|the border talks had failed"))).toBe(true);
  });

  it("keeps a participle inside the complement as part of what was said", () => {
    const out = said(
      "The Peruvian foreign ministry said it had handed the envoy a note rejecting the new border map.",
    );
    expect(out).toContain(
      "org:pe:ministry-of-foreign-affairs|said|it had handed the envoy a note rejecting the new border map",
    );
  });
});

describe("paraphrase statements: a reporting verb after the clause", () => {
  it("reads the clause before ', X said on Friday, defending …'", () => {
    const out = said(
      "Kenya will send 400 police officers to the island next month, the interior ministry said on Friday, defending the plan against critics.",
    );
    expect(out).toContain(
      "org:ke:ministry-of-interior|said|Kenya will send 400 police officers to the island next month",
    );
  });

  it("reads the clause before ', X said in a statement.'", () => {
    const out = said("Troops will stay until the vote, the Malian army said in a statement.");
    expect(out.some((x) => x.endsWith("|said|Troops will stay until the vote"))).toBe(true);
  });

  it("does not read a clause when the verb takes an object after it", () => {
    const out = said("Kenya will send 400 officers, the ministry said the plan was final.");
    expect(out.some((x) => x.endsWith("|Kenya will send 400 officers"))).toBe(false);
  });
});

describe("paraphrase statements: a reporting verb inside another's clause", () => {
  it("keeps 'said the United States welcomed …' as one statement of the outer speaker", () => {
    const out = said(
      "The ministry of defence of Peru said the United States welcomed the plan and would send advisers.",
    );
    expect(out).toEqual([
      "org:pe:ministry-of-defense|said|the United States welcomed the plan and would send advisers",
    ]);
  });

  it("lets a named person inside the clause speak for themself", () => {
    const out = said("Peru’s state news agency Andina reported that Ana Ruiz described the plan as “fair.”");
    expect(out.some((x) => x.startsWith("person:ana-ruiz|"))).toBe(true);
  });
});

describe("two reporting verbs in one sentence", () => {
  it("gives 'told … that A, but called B “…”' two statements by the same speaker", () => {
    const x = extractBody(
      "Greek Foreign Minister Nikos Pappas told reporters that the talks had failed, but called the protest “a reckless stunt.”",
    );
    expect(statementTexts(x)).toEqual([
      ["person:nikos-pappas", "told", "010", "the talks had failed"],
      ["person:nikos-pappas", "called", "111", "the protest “a reckless stunt.”"],
    ]);
  });
});

describe("a closing 'according to' a named body", () => {
  it("credits a body named in full right before the sentence end", () => {
    expect(speakerTexts("Troops crossed the border in May, according to Chile’s foreign ministry.")).toEqual([
      "org:cl:ministry-of-foreign-affairs|Troops crossed the border in May",
    ]);
  });

  it.each([
    ["Troops crossed the border in May, according to the Chilean Army (CHA).", "org:cl:army"],
    [
      "Two patrol boats were sunk near the reef, according to the World Health Organization (WHO).",
      "org:who",
    ],
    [
      "The fence was cut in three places, according to Chile’s foreign ministry (MINREL).",
      "org:cl:ministry-of-foreign-affairs",
    ],
    [
      "Four villages were shelled overnight, according to the International Organization for Migration (IOM).",
      "org:iom",
    ],
  ])("credits a body whose abbreviation follows its name (%s)", (body, speaker) => {
    expect(speakerTexts(body).map((x) => x.split("|")[0])).toEqual([speaker]);
  });

  it("reads no speech act in a news outlet or a body's figures", () => {
    expect(speakerTexts("Troops crossed the border in May, according to Reuters.")).toEqual([]);
    expect(speakerTexts("Exports fell by a third, according to Chile’s foreign ministry figures.")).toEqual(
      [],
    );
  });

  it("gives the source the words of its relative clause ('…, according to X, which called …')", () => {
    expect(
      speakerTexts(
        "Peruvian boats fired flares at a patrol in March, according to Chile’s foreign ministry, which called the incident “a grave provocation.”",
      ),
    ).toEqual(["org:cl:ministry-of-foreign-affairs|the incident “a grave provocation.”"]);
  });
});

describe("'<clause>, the <modifiers> <speaker> reported.'", () => {
  it("reads the clause before the comma for a subject behind its determiner and modifiers", () => {
    expect(
      saidPairs(
        "TEHRAN, May 3 (Reuters) - Iran seized a tanker.\n\nThe navy stopped the vessel near the island on Monday, the semi-official Parsnews news agency reported.",
      ),
    ).toEqual([["org:parsnews-news-agency", "The navy stopped the vessel near the island on Monday"]]);
  });

  it("does not read across a conjunction before the subject ('…, and later Chile said')", () => {
    expect(saidPairs("The bridge reopened on Monday, and later Chile said nothing.")).not.toContainEqual([
      "country:cl",
      "The bridge reopened on Monday",
    ]);
  });
});

describe("a participle after a verb that already reported its clause", () => {
  it("gives 'said that A, adding that B' two statements", () => {
    expect(
      saidWithVerb(
        "Transport Minister Lea Vidmar said on Monday that the ferry would resume, adding that fares would fall.",
      ),
    ).toEqual([
      "person:lea-vidmar|said|010|the ferry would resume",
      "person:lea-vidmar|adding|010|fares would fall",
    ]);
  });

  it("gives 'urged X to A, warning that B' two statements", () => {
    expect(
      saidWithVerb(
        "Transport Minister Lea Vidmar urged Croatia to lift the ban, warning that tourism would suffer.",
      ),
    ).toEqual([
      "person:lea-vidmar|urged|020|Croatia to lift the ban",
      "person:lea-vidmar|warning|012|tourism would suffer",
    ]);
  });

  it("still lets the participle carry a verb with no clause of its own ('announced the ban, saying …')", () => {
    expect(
      saidWithVerb("Slovenia announced the ban on Friday, saying that the ferries needed repairs."),
    ).toEqual(["country:si|announced|010|the ferries needed repairs"]);
  });
});

describe("a vow's infinitive", () => {
  it("reads 'vowed to …' as what was sworn", () => {
    expect(saidWithVerb("Transport Minister Lea Vidmar vowed to keep the ferry running.")).toEqual([
      "person:lea-vidmar|vowed|030|to keep the ferry running",
    ]);
  });

  it("reads 'threatened to …' as the threat said", () => {
    expect(saidWithVerb("Transport Minister Lea Vidmar threatened to close the port.")).toEqual([
      "person:lea-vidmar|threatened|130|to close the port",
    ]);
  });

  it("gives a denied commitment no statement ('have not threatened to …')", () => {
    expect(saidWithVerb("Slovenia and Croatia have not threatened to close the port.")).toEqual([]);
  });

  it("leaves a promise or pledge of an act to the event reader", () => {
    expect(
      saidWithVerb("Slovenia promised to send two ferries. Croatia pledged to pay for the crews."),
    ).toEqual([]);
  });
});

describe("an 'according to' source with its role", () => {
  it("credits the person behind a role prefix, not the demonym", () => {
    expect(
      saidWithVerb("According to Slovenian Transport Minister Lea Vidmar, the ferry will resume."),
    ).toEqual(["person:lea-vidmar|according to|010|the ferry will resume"]);
  });

  it("skips the source's role appositive", () => {
    expect(
      saidWithVerb("According to Lea Vidmar, Slovenia’s transport minister, the ferry will resume."),
    ).toEqual(["person:lea-vidmar|according to|010|the ferry will resume"]);
  });
});

describe("a closing attribution with a role appositive after the name", () => {
  it("reads the lead clause ('…, Name, Slovenia’s transport minister, said.')", () => {
    expect(
      saidWithVerb("The ferry will resume in May, Lea Vidmar, Slovenia’s transport minister, said."),
    ).toEqual(["person:lea-vidmar|said|010|The ferry will resume in May"]);
  });
});

describe("unambiguous reporting verbs", () => {
  it("reads the clause before a sentence-final new verb ('…, Name retorted.')", () => {
    expect(saidWithVerb("The bridge was never closed, Pavel Ostrov retorted.")).toEqual([
      "person:pavel-ostrov|retorted|010|The bridge was never closed",
    ]);
  });
});

describe("a closing attribution followed by a summing-up noun phrase", () => {
  it("reads the lead clause before ', the ministry said, the latest …'", () => {
    expect(
      speakerTexts(
        "Peru protested to Chile on Monday after a Chilean patrol boat entered its waters, Peru’s foreign ministry said, the third such incident this year.",
      ),
    ).toEqual([
      "org:pe:ministry-of-foreign-affairs|Peru protested to Chile on Monday after a Chilean patrol boat entered its waters",
    ]);
  });

  it("leaves a lead clause alone when no attribution closes it (negative case)", () => {
    expect(speakerTexts("Peru protested to Chile on Monday, the third such protest this year.")).toEqual([]);
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
    const out = speakerTexts(
      "Peru’s foreign ministry told reporters in a briefing that Chile accused Bolivia of spying.",
    );
    expect(out[0]?.startsWith("org:pe:ministry-of-foreign-affairs|")).toBe(true);
  });
});

describe("one act for a clause that runs into its own verb's quotation", () => {
  it("gives one statement for 'said in a note that it had asked both sides “to …”'", () => {
    const out = speakerTexts(
      "Chile’s foreign ministry said in a note that it had asked both sides “to avoid any escalation”.",
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^org:cl:ministry-of-foreign-affairs\|.*both sides “to avoid any escalation”/);
  });
});

describe("a lead closed by its attribution and a circumstance", () => {
  it("reads the clause before ', the ministry said on Tuesday, as …'", () => {
    expect(
      speakerTexts(
        "Ghana will keep its border with Togo closed until the raids stop, Ghana’s interior ministry said on Tuesday, as hundreds of trucks waited at the crossing.",
      ),
    ).toEqual([
      "org:gh:ministry-of-interior|Ghana will keep its border with Togo closed until the raids stop",
    ]);
  });

  it("does not take the lead for a verb whose sentence goes on with a new clause ('…, but …')", () => {
    expect(speakerTexts("The raids must stop, Ghana said on Tuesday, but Togo disagreed.")).not.toContain(
      "country:gh|The raids must stop",
    );
  });
});

describe("a rebuttal in a relative clause ('…, a charge X denies')", () => {
  it("gives the denier no statement", () => {
    expect(
      speakerTexts(
        "Chadian officials have accused Sudan of arming the rebels, a charge Khartoum denies.",
      ).map((x) => x.split("|")[0]),
    ).toEqual(["country:td"]);
  });

  it("still reads a sentence-final denial with its subject after a comma ('…, Sudan denied.')", () => {
    expect(speakerTexts("The rebels were never armed by anyone, Sudan denied.")).toEqual([
      "country:sd|The rebels were never armed by anyone",
    ]);
  });
});

describe("according-to frames", () => {
  it("credits a named person closing a clause ('…, according to X, a lawmaker.')", () => {
    expect(
      speakerTexts("The bill has the support of three parties, according to Rui Matos, a lawmaker."),
    ).toEqual(["person:rui-matos|The bill has the support of three parties"]);
  });

  it.each([
    [
      "Chilean boats took most of the catch, according to the International Whaling Commission.",
      "Chilean boats took most of the catch",
    ],
    [
      "Clashes in the north have displaced 40,000 people since March, according to Human Rights Watch.",
      "Clashes in the north have displaced 40,000 people since March",
    ],
    [
      "The port handled half of the region’s grain last year, according to the Baltic Institute of Trade Studies, a think tank in Riga.",
      "The port handled half of the region’s grain last year",
    ],
    [
      "Prices of bread had doubled by the summer, according to the International Monetary Fund.",
      "Prices of bread had doubled by the summer",
    ],
  ])("credits an international body, institute or group closing the clause (%s)", (body, text) => {
    const out = speakerTexts(body);
    expect(out).toHaveLength(1);
    expect(out[0]?.endsWith(`|${text}`)).toBe(true);
  });

  it("gives no statement to a news outlet or a body's figures closing the clause", () => {
    expect(speakerTexts("Clashes have displaced 40,000 people, according to Reuters.")).toEqual([]);
    expect(speakerTexts("Clashes have displaced 40,000 people, according to Al Jazeera television.")).toEqual(
      [],
    );
    expect(
      speakerTexts("Prices of bread had doubled, according to International Monetary Fund figures."),
    ).toEqual([]);
  });
});

describe("verbs inside a clause closed by its attribution", () => {
  it("leaves the inner participle to the closing speaker", () => {
    expect(
      speakerTexts(
        "Ghana’s navy seized a trawler on Monday, accusing its crew of fishing illegally, Ghana’s defence ministry said on Tuesday.",
      ).map((x) => x.split("|")[0]),
    ).toEqual(["org:gh:ministry-of-defense"]);
  });

  it("keeps the inner act when the sentence is not closed by an attribution", () => {
    expect(
      speakerTexts("Ghana’s navy seized a trawler on Monday, accusing its crew of fishing illegally."),
    ).toEqual(["org:gh:navy|its crew of fishing illegally"]);
  });
});

describe("a closing attribution with a hearer or a role ('…, X told reporters.')", () => {
  it("reads the clause before 'X told the BBC on Monday'", () => {
    expect(
      speakerTexts("The talks had failed, Kenyan President Amos Njoroge told the BBC on Monday."),
    ).toEqual(["person:amos-njoroge|The talks had failed"]);
  });

  it("reads the clause before ', the foreign minister, X, said'", () => {
    expect(speakerTexts("The vote was rigged, the foreign minister, Amos Njoroge, said.")).toEqual([
      "person:amos-njoroge|The vote was rigged",
    ]);
  });

  it("does not take a clause that goes on after the hearer ('told reporters in Nairobi, where …')", () => {
    expect(
      speakerTexts("The vote was rigged, Amos Njoroge told reporters, where the count went on."),
    ).not.toContain("person:amos-njoroge|The vote was rigged");
  });
});

describe("a reported clause stops before a coordinated clause with its own speaker", () => {
  it("cuts '…, and the State Department said …' out of the first clause", () => {
    expect(
      speakerTexts(
        "The Pentagon said it had tracked the missile, and the State Department said it was consulting allies.",
      ),
    ).toEqual([
      "org:us:ministry-of-defense|it had tracked the missile",
      "org:us:ministry-of-foreign-affairs|it was consulting allies",
    ]);
  });

  it("keeps a lower-case coordinated clause inside ('said the vote was fair and the count was over')", () => {
    expect(speakerTexts("Ghana said the vote was fair and the count was over.")).toEqual([
      "country:gh|the vote was fair and the count was over",
    ]);
  });
});

describe("a vow or promise with an infinitive ('vowed to retaliate')", () => {
  it("is a statement of its own, its text the infinitive clause", () => {
    expect(
      speakerTexts(
        "Rui Matos, who represents the coast, vowed to block the treaty until the canal was closed.",
      ),
    ).toEqual(["person:rui-matos|to block the treaty until the canal was closed"]);
  });

  it("leaves other commitments to the events reader ('pledged to provide aid')", () => {
    expect(
      speakerTexts("Egypt welcomed the agreement and pledged to provide aid to both countries."),
    ).toEqual([]);
  });

  it("needs a verb after 'to' ('promised Togo a reply' has none)", () => {
    expect(speakerTexts("Ghana promised to Togo a reply.")).toEqual([]);
  });
});

describe("a closing attribution followed by a participle ('…, X said, adding that …')", () => {
  it("reads both the clause before and the participle's clause", () => {
    expect(
      speakerTexts(
        "Talks collapsed on Monday, Ghana’s foreign ministry said, adding that new talks were planned.",
      ),
    ).toEqual([
      "org:gh:ministry-of-foreign-affairs|Talks collapsed on Monday",
      "org:gh:ministry-of-foreign-affairs|new talks were planned",
    ]);
  });

  it("reads the clause before '…, Ghana said, calling it “…”' besides the quote", () => {
    expect(
      speakerTexts(
        "Togo’s troops crossed the border, Ghana said on Monday, calling the incursion “unacceptable.”",
      ),
    ).toEqual(["country:gh|Togo’s troops crossed the border", "country:gh|unacceptable."]);
  });

  it("keeps one statement for a rejection with its labelling participle ('rejected X, calling it “…”')", () => {
    expect(speakerTexts("Chad rejected the ruling against its ban, calling the decision “biased.”")).toEqual([
      "country:td|biased.",
    ]);
  });
});

describe("paraphrase statements: closing tags", () => {
  it("reads the lead clause when a time phrase follows the tag (', a week after …')", () => {
    const out = said(
      "Chile’s navy seized two Peruvian trawlers on Tuesday, the navy said on Thursday, a week after a similar case.",
    );
    expect(out).toContain("org:cl:navy|said|Chile’s navy seized two Peruvian trawlers on Tuesday");
  });
  it("gives '…, Chilean officials said' to Chile", () => {
    const out = said("Peru closed two border crossings on Wednesday, Chilean security officials said.");
    expect(out).toContain("country:cl|said|Peru closed two border crossings on Wednesday");
  });
  it("does not read a demonym before another noun as the speaker ('Chilean farmers said')", () => {
    const out = said("Peru closed two border crossings on Wednesday, Chilean farmers said.");
    expect(out.filter((x) => x.startsWith("country:cl|"))).toEqual([]);
  });
});

describe("paraphrase statements: an acronym before the closing verb", () => {
  it("reads '…, Chile’s Ministry of External Affairs (MEA) said' as the ministry's", () => {
    const out = said(
      "Chile closed its border with Peru on Tuesday, Chile’s Ministry of External Affairs (MEA) said.",
    );
    expect(out).toContain(
      "org:cl:ministry-of-foreign-affairs|said|Chile closed its border with Peru on Tuesday",
    );
  });
  it("needs the acronym to belong to the body before it", () => {
    const out = said("Chile closed its border with Peru on Tuesday, Chile’s foreign ministry (Lima) said.");
    expect(out.filter((x) => x.includes("closed its border"))).toEqual([]);
  });
});

describe("a closing subject 'the country’s <body>', maybe with its own name set off", () => {
  it.each([
    [
      "Estonia has closed two crossings, the country’s interior ministry said on Monday.",
      "org:ee:ministry-of-interior",
    ],
    ["Estonia has closed two crossings, the country’s intelligence service said.", "org:ee:intelligence"],
    [
      "Estonia has detained a customs officer, the country’s counter-intelligence service, the Internal Security Office (ISO), said on Monday.",
      "org:ee:intelligence",
    ],
    [
      "Estonia has detained a customs officer, the country’s spy agency, the Security Police Board, said.",
      "org:ee:intelligence",
    ],
  ])("credits the body with the clause before it (%s)", (body, id) => {
    const pairs = saidPairs(body);
    expect(pairs.map(([who]) => who)).toEqual([id]);
    expect(pairs[0]?.[1]).toMatch(/^Estonia has (?:closed two crossings|detained a customs officer)$/);
  });

  it("leaves a person's name set off after a body to the person", () => {
    expect(saidPairs("Estonia closed two crossings, the interior ministry, Mart Kask, said.")).toEqual([
      ["person:mart-kask", "Estonia closed two crossings"],
    ]);
  });
});

describe("a closing 'according to' frame naming a state body's document or a date", () => {
  it.each([
    "The crossings will stay shut, according to a statement issued by the interior ministry of Bolivia on Monday.",
    "The crossings will stay shut, according to a statement from Bolivia’s interior ministry late on Friday.",
    "Bolivia protested on Monday. The crossings will stay shut, according to an interior ministry statement.",
  ])("credits the body with the clause before it (%s)", (body) => {
    expect(saidPairs(body)).toContainEqual(["org:bo:ministry-of-interior", "The crossings will stay shut"]);
  });

  it("credits an international body with a date after it too", () => {
    expect(
      saidPairs("About 300 boats were seized, according to the Indian Ocean Tuna Commission on Monday."),
    ).toEqual([["org:indian-ocean-tuna-commission", "About 300 boats were seized"]]);
  });
});

describe("an outlet closing a sentence in which someone else speaks", () => {
  it.each([
    "Russia’s defence ministry said the flight was routine, the Borealis news agency reported.",
    "Russia’s defence ministry said the flight was routine, the state news agency Borealis reported.",
  ])("leaves the words to the inner speaker (%s)", (body) => {
    expect(saidPairs(`Norway protested on Monday. ${body}`)).toEqual([
      ["org:ru:ministry-of-defense", "the flight was routine"],
    ]);
  });
  it("keeps the outlet as speaker of a clause nobody else speaks", () => {
    expect(
      saidPairs("Norway protested on Monday. The flight was routine, the Borealis news agency reported."),
    ).toEqual([["org:borealis-news-agency", "The flight was routine"]]);
  });
});

describe("a coordinated clause with a pronoun subject after the reported clause", () => {
  it.each(["it", "they"])("ends the reported clause before ', and %s accused'", (pronoun) => {
    const pairs = saidPairs(
      `Chile's navy said on Tuesday that its ships had seized a boat, and ${pronoun} accused Peru of smuggling.`,
    );
    expect(pairs[0]).toEqual(["org:cl:navy", "its ships had seized a boat"]);
  });
});

describe("'<clause>, X said in a statement read on state radio.'", () => {
  const LEAD = "Chile’s Ministry of Defence said on Monday that two boats were held.\n\n";
  it.each([
    "the ministry said in a statement read on state radio",
    "the ministry said in a written statement sent to reporters",
    "the ministry said in a statement broadcast on state television",
    "the ministry said in a separate communiqué",
    "the ministry said in a press release",
  ])("the clause before '%s' is the body's", (attribution) => {
    expect(saidPairs(`${LEAD}The patrol searched three islands, ${attribution}.`)).toContainEqual([
      "org:cl:ministry-of-defense",
      "The patrol searched three islands",
    ]);
  });

  it("a pronoun in the next sentence continues the body, not the broadcaster", () => {
    expect(
      saidPairs(
        `${LEAD}The patrol searched three islands, the ministry said in a statement read on state radio. Sailors seized 12 nets, it said.`,
      ),
    ).toContainEqual(["org:cl:ministry-of-defense", "Sailors seized 12 nets"]);
  });
});

describe("closing attributions: an unnamed official, an adverbial clause after the verb", () => {
  it.each([
    ["Field drills will be kept small, a Peruvian defence official said.", "Field drills will be kept small"],
    [
      "The minister will visit Quito in June, a Peruvian energy official said, speaking on condition of anonymity because the trip was not public.",
      "The minister will visit Quito in June",
    ],
  ])("credits the official's state with the clause before it: %s", (body, text) => {
    expect(saidPairs(body)).toContainEqual(["country:pe", text]);
  });

  it("reads the clause before ', X said, because …'", () => {
    expect(
      saidPairs("The summit has been put off until May, Ana Ruiz said, because two leaders face elections."),
    ).toContainEqual(["person:ana-ruiz", "The summit has been put off until May"]);
  });

  it("does not read a clause before a verb with its own complement (negative case)", () => {
    const out = saidPairs(
      "The summit has been put off, Ana Ruiz said the leaders had agreed, because of elections.",
    );
    expect(out.map(([, t]) => t)).not.toContain("The summit has been put off");
  });
});

describe("a closing attribution followed by the same speaker's next clause (', and it accused …')", () => {
  it.each([
    "The boats had entered the zone twice, the ministry said, and it accused Chile of provoking the clash.",
    "The boats had entered the zone twice, the ministry said on Monday, and it urged Chile to recall them.",
    "The boats had entered the zone twice, the ministry said, but it did not name their owners.",
  ])("reads the clause before the attribution: %s", (sentence) => {
    expect(saidPairs(`Peru’s foreign ministry protested to Chile. ${sentence}`)).toContainEqual([
      "org:pe:ministry-of-foreign-affairs",
      "The boats had entered the zone twice",
    ]);
  });

  it("does not read a clause before 'said, and' followed by another subject (negative case)", () => {
    const out = saidPairs(
      "Peru’s foreign ministry protested to Chile. The boats had entered the zone twice, the ministry said, and Chile replied that they had not.",
    );
    expect(out.map(([, t]) => t)).not.toContain("The boats had entered the zone twice");
  });
});

describe("a closing attribution with a longer tail or a seat between the body and its verb", () => {
  it.each([
    [
      "Trucks will need a new permit from May, Chile’s foreign ministry said in a notice to hauliers.",
      "org:cl:ministry-of-foreign-affairs",
      "Trucks will need a new permit from May",
    ],
    [
      "Peru’s envoy was summoned on Tuesday, Chile’s foreign ministry said, without giving details.",
      "org:cl:ministry-of-foreign-affairs",
      "Peru’s envoy was summoned on Tuesday",
    ],
    [
      "No trace of the virus was found in the herd, Chile’s foreign ministry said in a statement, which criticized Peru’s ban.",
      "org:cl:ministry-of-foreign-affairs",
      "No trace of the virus was found in the herd",
    ],
    [
      "Two boats were stopped near the reef, Chile’s foreign ministry in Santiago said.",
      "org:cl:ministry-of-foreign-affairs",
      "Two boats were stopped near the reef",
    ],
    [
      "The crossing will reopen on Friday, Chile’s foreign ministry said in a letter to Peru’s embassy.",
      "org:cl:ministry-of-foreign-affairs",
      "The crossing will reopen on Friday",
    ],
  ])("reads the clause before it (%s)", (body, speaker, text) => {
    expect(saidPairs(body)).toContainEqual([speaker, text]);
  });

  it("leaves a person's seat alone ('…, Ana Ruiz in Lima said' is no body's seat)", () => {
    const pairs = saidPairs(
      "Chilean Trade Minister Ana Ruiz met Peru’s envoy. Talks failed, Ana Ruiz in Lima said.",
    );
    expect(pairs).not.toContainEqual(["person:ana-ruiz", "Talks failed"]);
  });
});

describe("paraphrase statements: a summing-up 'in …' phrase after a closing attribution", () => {
  it.each([
    [
      "Peruvian troops fired on two Chilean herders near the border on Monday, wounding one, the Chilean army said, in the worst incident in years.",
      "org:cl:army|said|Peruvian troops fired on two Chilean herders near the border on Monday, wounding one",
    ],
    [
      "Bolivian police detained 12 Peruvian traders at the crossing, the interior ministry said on Friday, in a sharp escalation of the row.",
      "org:bo:ministry-of-interior|said|Bolivian police detained 12 Peruvian traders at the crossing",
    ],
    [
      "Chile recalled its ambassador from Lima, the foreign ministry said, in what diplomats called the lowest point in relations since 1980.",
      "org:cl:ministry-of-foreign-affairs|said|Chile recalled its ambassador from Lima",
    ],
    [
      "Ecuadorian gunboats entered Peruvian waters twice this week, the Peruvian navy said, in the latest breach of the 1998 accord.",
      "org:pe:navy|said|Ecuadorian gunboats entered Peruvian waters twice this week",
    ],
  ])("reads the clause before ', X said, in …' (%#)", (body, row) => {
    expect(said(body)).toContain(row);
  });

  it("does not read a place after the attribution as a summing-up", () => {
    expect(said("Peru will close the crossing, the ministry said, in Lima.")).toEqual([]);
  });
});
