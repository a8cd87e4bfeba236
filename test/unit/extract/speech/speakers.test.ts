// Who is the subject of a reporting verb (made-up text).
import { describe, expect, it } from "vitest";
import { extractBody, saidPairs, speakerTexts } from "../helpers.ts";

const speakers = (body: string) => extractBody(body).statements.map((s) => s.speakerId);

describe("subject across a parenthetical", () => {
  it("a 'which' clause between subject and verb ('The EU, which …, said')", () => {
    expect(
      speakers("The European Union, which lifted sanctions on Belarus in 2016, said talks would resume."),
    ).toEqual(["org:eu"]);
  });

  it("an appositive noun phrase naming other places ('Peru, a neighbour of Chile and Bolivia, urged')", () => {
    expect(
      speakers("Peru, a neighbour of Chile and Bolivia, urged both sides to reopen the border."),
    ).toEqual(["country:pe"]);
  });

  it("an 'of which' clause naming a member state ('The bloc, of which X is a member, said')", () => {
    expect(
      speakers("The European Union, of which Ireland is a member, said it hoped talks would resume soon."),
    ).toEqual(["org:eu"]);
    expect(
      speakers("The African Union, to which Morocco returned in 2017, urged both sides to keep the peace."),
    ).toEqual(["org:african-union"]);
  });

  it("a 'led by' / 'based in' participle naming a person or a place ('The mission, led by X, said')", () => {
    expect(
      speakers("The European Union, led at the talks by envoy Maria Lund, said the vote was flawed."),
    ).toEqual(["org:eu"]);
    expect(speakers("The African Union, based in Addis Ababa, said the vote had been free.")).toEqual([
      "org:african-union",
    ]);
  });

  it("a body post-modified by a place before a 'which' clause ('The AU mission in Chad, which …, said')", () => {
    expect(
      speakers(
        "The African Union mission in Chad, which has 900 soldiers in the country, said it would leave.",
      ),
    ).toEqual(["org:african-union"]);
  });

  it("a body post-modified by a place before an 'in remarks carried by' phrase naming an outlet", () => {
    expect(
      speakers(
        "The Chinese embassy in Manila, in remarks carried by the state news agency Xinhua, rejected the report as “pure fiction”.",
      ),
    ).toEqual(["org:cn:embassy"]);
    expect(
      speakers(
        "The Kenyan embassy in Kampala, in comments published by Reuters, said the two men had been released.",
      ),
    ).toEqual(["org:ke:embassy"]);
    expect(
      speakers("The European Union mission in Niamey, in a note sent to Reuters, said the vote was free."),
    ).toEqual(["org:eu"]);
  });

  it("a participle phrase that itself holds an appositive name ('X, speaking after the envoy, Y, left, said')", () => {
    expect(
      speakers(
        "Foreign Minister Ana Costa, speaking to reporters after the ambassador, Paulo Reis, left the ministry, called the ruling “a disgrace”.",
      ),
    ).toEqual(["person:ana-costa"]);
    expect(
      speakers(
        "Interior Minister Jorge Pinto, writing on X after his counterpart, Luis Mora, visited the border, said the crossing would reopen.",
      ),
    ).toEqual(["person:jorge-pinto"]);
  });

  it("no subject across an 'in' parenthetical when a person closes the gap ('X in Lima, Y said')", () => {
    // The last actor before the verb with no parenthetical opener stays the subject.
    expect(speakers("After talks in Lima, Foreign Minister Ana Costa said the border would reopen.")).toEqual(
      ["person:ana-costa"],
    );
  });

  it("a place in a compound modifier is no subject ('a Kenya-based group said')", () => {
    expect(speakers("Uganda’s Kenya-based envoy said the vote was fair.")).not.toContain("country:ke");
  });
});

describe("an infinitive of purpose after summoning or meeting someone", () => {
  const rows = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}`);

  it("has the clause's subject as its speaker, not the person summoned or met", () => {
    expect(
      rows(
        "Chile’s foreign ministry summoned Peru’s ambassador, Paulo Reis, later in the day to protest what it called “a grave violation of the border.”",
      ),
    ).toContain("org:cl:ministry-of-foreign-affairs|protest");
    expect(
      rows("Kenya summoned Uganda’s envoy on Monday to demand “an immediate explanation” for the raid."),
    ).toContain("country:ke|demand");
    expect(
      rows(
        "Foreign Minister Ana Costa met her Peruvian counterpart, Luis Mora, in Lima to protest what she called “reckless” patrols.",
      ),
    ).toContain("person:ana-costa|protest");
    expect(
      rows(
        "Bolivia called in Chile’s charge d’affaires, Jorge Pinto, to condemn “an unacceptable incursion.”",
      ),
    ).toContain("country:bo|condemn");
  });

  it("leaves object control alone ('urged Y to explain what he called …': Y speaks)", () => {
    expect(
      rows("Chile urged Peru’s ambassador, Paulo Reis, to explain what he called “routine” patrols."),
    ).toContain("person:paulo-reis|called");
  });
});

describe("a single unnamed source placed in a capital", () => {
  it("speaks for the state of the capital, like officials there", () => {
    expect(
      speakers("Kenya and Uganda met. An official in Nairobi said the border would reopen on Monday."),
    ).toEqual(["country:ke"]);
    expect(
      speakers("Peru and Chile met. A government source in Lima said Santiago had acted in “bad faith.”"),
    ).toEqual(["country:pe"]);
  });
});

describe("an unnamed official with a nationality", () => {
  it("speaks for the body its nationality word names, else for the state (guide)", () => {
    expect(
      speakers(
        "A senior Kenyan military official, who declined to be named, said the patrol had turned back.",
      ),
    ).toEqual(["org:ke:armed-forces"]);
    expect(
      speakers(
        "A Chilean security official, speaking on condition of anonymity, said two boats were seized.",
      ),
    ).toEqual(["country:cl"]);
    expect(speakers("A senior Peruvian official said the road was shut.")).toEqual(["country:pe"]);
    expect(speakers("In Lima, two Peruvian government sources said talks would resume.")).toEqual([
      "country:pe",
    ]);
  });

  it("leaves a named official and a non-state subject alone", () => {
    expect(
      speakers("A Kenyan military official, Colonel Ann Mwangi, said the patrol had turned back."),
    ).toEqual(["person:ann-mwangi"]);
    expect(speakers("The Kenyan army said the patrol had turned back.")).not.toContain("country:ke");
  });
});

describe("other subjects", () => {
  it("'Name of the ministry said' credits the person", () => {
    expect(
      speakers("Deputy Minister Ilse Brandt of the foreign ministry said the note had been delivered."),
    ).toEqual(["person:ilse-brandt"]);
  });

  it("'that it said …' in a relative clause is the main clause's subject", () => {
    const x = extractBody("Ghana protested to Togo over a raid that it said killed two farmers.");
    expect(x.statements.map((s) => [s.speakerId, s.text])).toEqual([["country:gh", "killed two farmers"]]);
  });
});

describe("a country's government as the speaker", () => {
  it("credits 'X’s government said' and 'X’s military government said' to the state", () => {
    const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);
    expect(said("Peru’s government said on Monday that the mine would close.")).toEqual([
      "country:pe|the mine would close",
    ]);
    expect(said("Peru’s military government said the mine would close.")).toEqual([
      "country:pe|the mine would close",
    ]);
  });
});

describe("a reporting verb joined by 'and' to a verb that is not one", () => {
  const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

  it("shares the subject opening the sentence, not the first verb's object", () => {
    expect(said("Chile thanked the Peruvian authorities and said the search would go on.")).toEqual([
      "country:cl|the search would go on",
    ]);
  });
});

describe("a pronoun after ', and' in a reporting sentence", () => {
  it("is the main clause's subject, not an actor inside the reported clause", () => {
    expect(
      speakers(
        "The Peruvian foreign ministry said Santiago was hiding its own failures, and it accused the Chilean navy of spying.",
      ),
    ).toEqual(["org:pe:ministry-of-foreign-affairs", "org:pe:ministry-of-foreign-affairs"]);
  });
});

describe("coordinated reporting verbs and spokespeople", () => {
  const x = extractBody(
    "Peru’s foreign ministry spokeswoman Ana Rojas said the ship had entered Chilean waters and accused Santiago of provocation.",
  );

  it("gives the coordinated verb the subject of the first one, and trims the dangling 'and'", () => {
    expect(x.statements.map((s) => [s.speakerId, s.verb, s.cameo, s.text, s.targetIds?.join(",")])).toEqual([
      ["person:ana-rojas", "said", "010", "the ship had entered Chilean waters", ""],
      ["person:ana-rojas", "accused", "112", "Santiago of provocation", "country:cl"],
    ]);
  });
});

describe("long personal names", () => {
  it("gives a quote to a short name right before the reporting verb", () => {
    const x = extractBody(
      "Bolivian President Marco Antonio Choque Apaza arrived late. “We will not wait,” Choque told reporters in Sucre after the meeting.",
    );
    expect(x.statements).toMatchObject([
      { kind: "quote", speakerId: "person:marco-antonio-choque-apaza", text: "We will not wait," },
    ]);
  });
});

describe("possessive pronouns in role phrases", () => {
  it("reads a sentence-final speaker after a comma ('…, X warned.')", () => {
    const x = extractBody(
      "Paraguay’s trade minister Nilda Ortiz spoke. Asunción could seek other buyers, Ortiz warned.",
    );
    expect(x.statements).toMatchObject([
      {
        kind: "paraphrase",
        speakerId: "person:nilda-ortiz",
        verb: "warned",
        cameo: "012",
        text: "Asunción could seek other buyers",
      },
    ]);
  });
});

describe("a subject with a relative clause before 'X named Y as Z and said …'", () => {
  it("credits the body that opens the sentence, not the person named as the object", () => {
    expect(
      speakerTexts(
        "The Peruvian navy, which patrols the southern coast, identified the captain as Rodrigo Paredes and said he would face charges.",
      ),
    ).toEqual(["org:pe:navy|he would face charges"]);
  });

  it("still stops at a clause break inside the verb phrase ('…, who …, and said')", () => {
    expect(
      speakerTexts(
        "The Peruvian navy identified the captain as Rodrigo Paredes, who sailed from Chile, and said he would face charges.",
      ),
    ).not.toContain("org:pe:navy|he would face charges");
  });
});

describe("a subject before an appositive", () => {
  it("skips a short name in parentheses ('The Andean Community (CAN), the bloc that …, accused')", () => {
    const speakers = speakerTexts(
      "The Andean Community (CAN), the bloc that Peru founded with Bolivia after the two left the Latin American Free Trade Association (LAFTA), accused Chile of “sabotage.”",
    ).map((x) => x.split("|")[0]);
    expect(speakers).toEqual(["org:andean-community"]);
  });

  it("gives each coordinated state when the appositive opens with a possessive name", () => {
    expect(
      speakerTexts(
        "Chile and Peru, Bolivia’s partners in the Andean Community, said they opposed the canal.",
      ),
    ).toEqual(["country:cl|they opposed the canal", "country:pe|they opposed the canal"]);
  });

  it("does not take a possessive body in a list for an appositive", () => {
    expect(
      speakerTexts("Chile, Peru’s foreign ministry and Bolivia said the border was closed."),
    ).toHaveLength(3);
  });
});

describe("'<Subject> <non-reporting verb> …, saying …'", () => {
  it("gives the participle to the clause's opening subject, not a demonym in its object", () => {
    expect(
      saidPairs(
        "OSLO, May 3 (NTB) — Norway expelled two Russian diplomats on Monday, saying they had spied on the port.",
      ),
    ).toEqual([["country:no", "they had spied on the port"]]);
  });

  it("keeps the nearest subject when the clause does not open with an actor", () => {
    const out = saidPairs("On Monday, after the vote, Chile protested, saying the count was flawed.");
    expect(out.map((x) => x[0])).toEqual(["country:cl"]);
  });
});

describe("a role phrase with a possessive owner before an appositive name", () => {
  it("keeps 'She said she had summoned Peru’s ambassador, X, …' as the speaker's clause", () => {
    expect(
      speakerTexts(
        "Foreign Minister Ana Ruiz spoke in Santiago. She said she had summoned Peru’s ambassador, Jorge Quispe, and handed him a note.",
      ),
    ).toEqual(["person:ana-ruiz|she had summoned Peru’s ambassador, Jorge Quispe, and handed him a note"]);
  });

  it("takes a possessive name of several words whole ('South Korea’s ambassador, X')", () => {
    expect(
      speakerTexts(
        "Foreign Minister Ana Ruiz spoke in Santiago. She said she had summoned South Korea’s ambassador, Kim Dae-ho, and handed him a note.",
      ),
    ).toEqual([
      "person:ana-ruiz|she had summoned South Korea’s ambassador, Kim Dae-ho, and handed him a note",
    ]);
  });

  it("never starts the role phrase inside a name ('The European Union’s spokeswoman, X')", () => {
    expect(
      speakerTexts("The European Union’s foreign policy spokeswoman, Anna Berg, said the talks were useful."),
    ).toEqual(["person:anna-berg|the talks were useful"]);
  });

  it("still reads a whole short role clause before the name (negative case)", () => {
    expect(speakerTexts("The Peruvian ambassador, Jorge Quispe, said the note was unfair.")).toEqual([
      "person:jorge-quispe|the note was unfair",
    ]);
  });
});

describe("speaker after the verb behind a role prefix", () => {
  it("credits the person, not the demonym of the role ('said Chilean Trade Minister X')", () => {
    expect(
      speakerTexts(
        "“We will answer in kind,” said Chilean Trade Minister Ana Fuentes, speaking in Santiago.",
      ),
    ).toEqual(["person:ana-fuentes|We will answer in kind,"]);
  });

  it("finds the person behind a role with no actor in it ('said Foreign Minister X')", () => {
    expect(
      speakerTexts(
        "“The talks are over for now,” said Foreign Minister Tomas Varga. “We wait for Kyiv.”",
      ).map((x) => x.split("|")[0]),
    ).toEqual(["person:tomas-varga", "person:tomas-varga"]);
  });

  it("keeps the object reading after an unnamed subject ('Officials urged Egypt …')", () => {
    expect(speakerTexts("Officials urged Egypt to reopen the crossing.")).not.toContain(
      expect.stringMatching(/^country:eg/),
    );
  });
});

describe("according-to frames", () => {
  it("names the source behind a document ('according to a statement from X')", () => {
    expect(
      speakerTexts(
        "According to a statement from the Chilean foreign ministry, the note was delivered on Monday.",
      ),
    ).toEqual(["org:cl:ministry-of-foreign-affairs|the note was delivered on Monday"]);
  });
});

describe("a person's body or aides as the subject ('his ministry said')", () => {
  it("does not credit the person with the ministry's words", () => {
    expect(
      speakerTexts("Rui Matos denied the claim. In a statement, his ministry said: “The works are legal.”"),
    ).not.toContain(expect.stringMatching(/^person:rui-matos\|The works/));
  });

  it("still credits 'his' as the subject itself ('he said his government would reply')", () => {
    expect(speakerTexts("Rui Matos said his government would reply.")).toEqual([
      "person:rui-matos|his government would reply",
    ]);
  });
});

describe("a place that post-modifies the subject ('the embassy in Kenya said')", () => {
  it("credits the body, not the host country", () => {
    expect(speakerTexts("The U.S. embassy in Kenya said the visa rules would change.")).toEqual([
      "org:us:embassy|the visa rules would change",
    ]);
  });

  it("credits the state owning a post ('Russia’s ambassador to Kenya said')", () => {
    expect(speakerTexts("Russia’s ambassador to Kenya said the talks had failed.")).toEqual([
      "country:ru|the talks had failed",
    ]);
  });

  it("keeps a place that is the subject ('Officials in Ghana said' has no owner before it)", () => {
    expect(speakerTexts("Officials in Ghana said the vote was fair.")).toEqual([
      "country:gh|the vote was fair",
    ]);
  });
});

describe("unnamed officials in a capital ('Officials in Kyiv said')", () => {
  it("speak for the capital's state when the state is in the story", () => {
    expect(
      speakerTexts(
        "Ukraine said the drones came from the south. Officials in Kyiv said the strike hit a power plant.",
      ),
    ).toEqual(["country:ua|the drones came from the south", "country:ua|the strike hit a power plant"]);
  });

  it("give no speaker for a city that is no capital ('Officials in Lviv said')", () => {
    expect(
      speakerTexts(
        "Ukraine said the drones came from the south. Officials in Lviv said the strike hit a power plant.",
      ),
    ).toEqual(["country:ua|the drones came from the south"]);
  });
});

describe("an owner's unnamed official ('Iran’s foreign minister said')", () => {
  it("speaks for the owning state or body", () => {
    expect(speakerTexts("Speaking in Geneva, Iran’s foreign minister said the talks would resume.")).toEqual([
      "country:ir|the talks would resume",
    ]);
    expect(
      speakerTexts("Nigeria’s army fought on. The army’s spokesman said the soldiers were free."),
    ).toEqual(["org:ng:army|the soldiers were free"]);
  });

  it("leaves a named official to the name ('Iran’s foreign minister, Ali Karimi, said')", () => {
    expect(speakerTexts("Iran’s foreign minister, Ali Karimi, said the talks would resume.")).toEqual([
      "person:ali-karimi|the talks would resume",
    ]);
  });
});

describe("subjects set off by a participle or named by a group head", () => {
  it("skips ', quoted by the agency,' and ', speaking to reporters,' back to the subject", () => {
    expect(speakerTexts("Tomas Varga, quoted by the Interfax news agency, said the plan was dead.")).toEqual([
      "person:tomas-varga|the plan was dead",
    ]);
    expect(speakerTexts("Tomas Varga, speaking to reporters in Kyiv, said the plan was dead.")).toEqual([
      "person:tomas-varga|the plan was dead",
    ]);
  });

  it("does not spread a statement to states named after a preposition other than 'of'", () => {
    expect(speakerTexts("Talks with Chile and Peru ended, Bolivia said.")).toEqual([
      "country:bo|Talks with Chile and Peru ended",
    ]);
  });
});

describe("bare officials closing a sentence", () => {
  const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);
  it("gives '…, officials said' to the state of the clause's subject", () => {
    expect(said("Ecuador closed its main port to foreign trawlers on Friday, officials said.")).toContain(
      "country:ec|Ecuador closed its main port to foreign trawlers on Friday",
    );
  });
  it("reaches the state through a national body that opens the sentence", () => {
    const out = said("Ecuadorian police arrested nine men at the port of Manta on Friday, officials said.");
    expect(out).toContain("country:ec|Ecuadorian police arrested nine men at the port of Manta on Friday");
  });
  it("gives no speaker when the subject is a pair of states", () => {
    const out = said("Ecuador and Peru will hold joint naval drills next month, officials said.");
    expect(out).toEqual([]);
  });
  it("gives no speaker when no actor precedes the officials", () => {
    expect(said("Gunmen burned three trucks near the border on Friday, officials said.")).toEqual([]);
  });
});

describe("a source frame between the subject and its verb", () => {
  it.each([
    "Norway’s defence ministry, in a statement carried by the NTB news agency, said the frigate had sailed.",
    "Norway’s defence ministry, via its press office, said the frigate had sailed.",
    "Norway’s defence ministry, through a spokesman, said the frigate had sailed.",
  ])("credits the subject, not the carrier (%s)", (body) => {
    expect(saidPairs(body)).toEqual([["org:no:ministry-of-defense", "the frigate had sailed"]]);
  });
});

describe("an unnamed official of a ministry the story has not named", () => {
  it.each([
    ["A foreign ministry official said the envoy had been recalled.", "org:ec:ministry-of-foreign-affairs"],
    ["An official at the defence ministry said the envoy had been recalled.", "org:ec:ministry-of-defense"],
    ["A foreign ministry source said the envoy had been recalled.", "org:ec:ministry-of-foreign-affairs"],
  ])("makes the story's state's ministry speak (%s)", (sentence, id) => {
    expect(saidPairs(`Ecuador protested to Peru on Monday. ${sentence}`)).toContainEqual([
      id,
      "the envoy had been recalled",
    ]);
  });

  it("reads the ministry's source closing the clause the same way", () => {
    expect(
      saidPairs(
        "Ecuador protested to Peru on Monday. The envoy had been recalled, a defence ministry source said.",
      ),
    ).toContainEqual(["org:ec:ministry-of-defense", "The envoy had been recalled"]);
  });

  it("binds an official of a ministry with its demonym to that state", () => {
    expect(
      saidPairs(
        "Ecuador protested to Peru on Monday. A Peruvian foreign ministry official said the envoy had left.",
      ),
    ).toContainEqual(["org:pe:ministry-of-foreign-affairs", "the envoy had left"]);
  });
});

describe('a body speaking through its voice ("a ministry spokesman", "the ministry’s statement")', () => {
  const LEAD = "Norway's transport ministry closed the bridge on Monday.\n\n";
  const MINISTRY = "org:no:ministry-of-transport";

  describe("a body's voice as the subject", () => {
    it.each([
      "A ministry statement said",
      "The ministry's spokeswoman said",
      "A ministry spokesman said",
      "A ministry official said",
    ])("credits the body named before ('%s …')", (subject) => {
      expect(saidPairs(`${LEAD}${subject} the bridge would stay shut.`)).toContainEqual([
        MINISTRY,
        "the bridge would stay shut",
      ]);
    });

    it.each(["the ministry's statement said", "a ministry spokesman said"])(
      "reads a closing attribution ('…, %s.')",
      (subject) => {
        expect(saidPairs(`${LEAD}The bridge would stay shut, ${subject}.`)).toContainEqual([
          MINISTRY,
          "The bridge would stay shut",
        ]);
      },
    );

    it("does not credit a person with their spokesman's words", () => {
      const pairs = saidPairs(
        "Transport Minister Pavel Ostrov closed the bridge on Monday.\n\nThe bridge would stay shut, Ostrov's spokesman said.",
      );
      expect(pairs.map(([who]) => who)).not.toContain("person:pavel-ostrov");
    });

    it("credits nobody when no body of that head was named before", () => {
      expect(saidPairs("A ministry statement said the bridge would stay shut.")).toEqual([]);
    });
  });
});

describe("people of a nation who hold no office", () => {
  it("gives no state speaker to 'Peruvian fishermen said', 'Chilean lorry drivers told'", () => {
    expect(speakers("Peruvian fishermen said their nets had been cut.")).toEqual([]);
    expect(speakers("Chilean lorry drivers told reporters the queue was ten kilometres long.")).toEqual([]);
  });

  it("keeps officials, and bodies named with a demonym (negative case)", () => {
    expect(speakers("Peruvian officials said the nets had been cut.")).toEqual(["country:pe"]);
    expect(speakers("The Peruvian navy said the nets had been cut.")).toEqual(["org:pe:navy"]);
  });
});

describe("unnamed officials counted ('two security officials said')", () => {
  it("credits the state of the clause's subject and takes the inner verb's clause over", () => {
    const out = saidPairs(
      "Peru’s navy had warned last month of a build-up of boats near the border, two security officials said.",
    );
    expect(out).toContainEqual([
      "country:pe",
      "Peru’s navy had warned last month of a build-up of boats near the border",
    ]);
  });

  it("does not count a number that is no quantifier of officials (negative case)", () => {
    const out = saidPairs("Peru’s navy had warned of a build-up, two fishermen said.");
    expect(out.some(([id]) => id === "country:pe")).toBe(false);
  });
});

describe("a participle after a fronted adverbial or a role-prefixed name", () => {
  it.each([
    "In Lima, foreign ministry spokeswoman Ana Rojas took issue with the Chilean figures, saying the boats had been in Peruvian waters.",
    "Foreign ministry spokeswoman Ana Rojas rejected the Chilean account on Monday, saying the boats had been in Peruvian waters.",
    "On Monday, navy commander Ana Rojas disputed the Chilean version, insisting the boats had been in Peruvian waters.",
  ])("gives the participle's clause to the person, not an actor in the object (%s)", (body) => {
    expect(saidPairs(body)).toContainEqual(["person:ana-rojas", "the boats had been in Peruvian waters"]);
  });

  it("still gives it to a body opening the clause after the adverbial", () => {
    expect(
      saidPairs(
        "In Lima, Peru’s foreign ministry took issue with the Chilean figures, saying the boats had been in Peruvian waters.",
      ),
    ).toContainEqual(["org:pe:ministry-of-foreign-affairs", "the boats had been in Peruvian waters"]);
  });

  it("reads no opening subject behind a longer opening clause", () => {
    expect(
      speakers(
        "After Chile’s navy seized the boats near the maritime border, Peru took issue with the account, saying the boats had been in Peruvian waters.",
      ),
    ).not.toContain("country:cl");
  });
});

describe("', and said' after a verb phrase holding an appositive", () => {
  it.each([
    "Peru handed Chile a protest note on Monday over its plan to build a dam on the Lauca, a river that crosses the border, and said it would take the dispute to court.",
    "Peru sent Chile a letter over its drilling near Tacna, a city of 300,000 people, and said it would take the dispute to court.",
    "Peru summoned Chile’s ambassador on Monday, and said it would take the dispute to court.",
  ])("gives the closing verb the sentence's subject, not the object (%s)", (body) => {
    expect(saidPairs(body)).toContainEqual(["country:pe", "it would take the dispute to court"]);
  });

  it("leaves a verb with a subject of its own after ', and' alone", () => {
    expect(
      saidPairs(
        "Peru handed Chile a protest note on Monday, and Chile said it would take the dispute to court.",
      ),
    ).toContainEqual(["country:cl", "it would take the dispute to court"]);
  });
});

describe("an inverted subject behind a role phrase set off by a comma", () => {
  it.each([
    "“The river rose in an hour,” said the ministry’s spokesman, Ana Rojas.",
    "“The river rose in an hour,” said a senior army commander, Ana Rojas.",
    "“The river rose in an hour,” added the agency’s regional director, Ana Rojas.",
    "The river rose in an hour, said the interior ministry’s spokeswoman, Ana Rojas.",
  ])("credits the named person (%s)", (body) => {
    expect(speakers(`Chile sent aid on Monday. ${body}`)).toContain("person:ana-rojas");
  });

  it("does not take a person named after a non-role phrase", () => {
    expect(speakers("“The river rose in an hour,” said the report, which Ana Rojas wrote.")).not.toContain(
      "person:ana-rojas",
    );
  });
});

describe("a person's office as the speaker", () => {
  it("gives the words of a person's office to the person, as 'the office of X' does", () => {
    expect(
      saidPairs(
        "President Ana Ruiz met the envoy on Monday. Ruiz's office said the meeting had been constructive.",
      ),
    ).toEqual([["person:ana-ruiz", "the meeting had been constructive"]]);
    expect(
      saidPairs("President Ana Ruiz's office said on Monday that the meeting had been constructive."),
    ).toEqual([["person:ana-ruiz", "the meeting had been constructive"]]);
    expect(saidPairs("Prime Minister Karl Berg’s press office said the call had lasted an hour.")).toEqual([
      ["person:karl-berg", "the call had lasted an hour"],
    ]);
    expect(saidPairs("The office of President Ana Ruiz said the talks would resume.")).toEqual([
      ["person:ana-ruiz", "the talks would resume"],
    ]);
  });

  it("leaves an office owned by no person to its own body", () => {
    expect(saidPairs("Lima's prosecutor's office said the two men had been charged.")).toEqual([
      ["org:pe:prosecutors-office", "the two men had been charged"],
    ]);
  });
});

describe("'which it described as', 'and it accused': the main clause's subject", () => {
  it.each([
    [
      "Chile’s National Intelligence Agency (ANI) said the servers were breached. The agency traced the attack to a group calling itself Red Condor, which it described as “a front for Ruritania.”",
      "org:cl:intelligence",
    ],
    [
      "U.S. Central Command said its ships had seized a dhow, and it accused Iran of arming the rebels.",
      "org:us:central-command",
    ],
    ["Peru’s navy seized a trawler off Ilo, which it said had entered Peruvian waters twice.", "org:pe:navy"],
  ])("%s", (body, id) => {
    const x = extractBody(body);
    expect(x.statements.at(-1)?.speakerId).toBe(id);
  });
});

describe("an appositive between subject and verb, then an adverb ('has repeatedly accused')", () => {
  it.each([
    [
      "Moldova, a small republic wedged between Ukraine and Romania, has repeatedly accused Moscow of meddling.",
      "country:md",
    ],
    ["Peru, a neighbour of Chile and Bolivia, has publicly urged both sides to talk.", "country:pe"],
    ["The African Union, based in Addis Ababa, has strongly condemned the coup.", "org:african-union"],
    [
      "Kenya, which borders Somalia and Ethiopia, had previously accused Somalia of harbouring raiders.",
      "country:ke",
    ],
  ])("%s", (body, id) => {
    expect(speakers(body)).toEqual([id]);
  });
});

describe("a coordinated verb after a subject's head noun and a 'which' clause", () => {
  it.each([
    [
      "The Taliban administration, which few states recognise, thanked Tashkent and called on other neighbours to help.",
      "org:taliban",
    ],
    [
      "The African Union commission, which met in Addis Ababa, praised Kenya and urged Somalia to hold the vote.",
      "org:african-union-commission",
    ],
    [
      "The Peruvian navy, which patrols the border, thanked Chile and accused Bolivia of ignoring the accord.",
      "org:pe:navy",
    ],
  ])("%s", (body, id) => {
    expect(speakers(body).at(-1)).toBe(id);
  });

  it("does not skip a clause break that is no 'which' clause (negative case)", () => {
    expect(
      speakers("The Taliban met envoys, Kabul thanked Tashkent and urged Iran to help.").at(-1),
    ).not.toBe("org:taliban");
  });
});

describe("'…, officials in <capital> said' after a clause that names another state", () => {
  const pairs = (body: string) => extractBody(body).statements.map((s) => [s.speakerId, s.text]);
  it.each([
    ["The pact will be signed in Peru next month, officials in Santiago said.", "country:cl"],
    ["Troops from Bolivia will join the drill in May, officials in Lima said.", "country:pe"],
    ["A Peruvian trawler was seized near the reef, officials in Santiago said.", "country:cl"],
    ["Ecuador’s envoy will be received on Friday, officials in Lima said.", "country:pe"],
  ])("credits the capital's state (%s)", (body, speaker) => {
    expect(pairs(`Chile and Peru met in Quito on Monday. ${body}`).map(([id]) => id)).toContain(speaker);
  });

  it("keeps a clause's own subject when no capital is named (negative case)", () => {
    expect(
      pairs("Chile and Peru met in Quito on Monday. The pact will be signed next month, Peru said.").map(
        ([id]) => id,
      ),
    ).toEqual(["country:pe"]);
  });
});

describe("a verb joined by 'and' after an object named in apposition", () => {
  it.each([
    "Chile’s foreign ministry summoned Peru’s envoy, Ana Ruiz, on Monday to protest the raid, and said the talks were off.",
    "The foreign ministry called in the Peruvian ambassador, Jorge Paz, on Monday, and said the talks were off.",
    "Chile’s Ministry of Foreign Affairs summoned the Peruvian consul, Luis de la Vega, and said the talks were off.",
    "The Chilean foreign ministry received Peru’s chargé d’affaires, Rosa Quispe Mamani, and said the talks were off.",
  ])("'%s' → the ministry", (sentence) => {
    const out = saidPairs(`SANTIAGO, May 3 (Reuters) — Chile shut its border with Peru. ${sentence}`);
    expect(out).toContainEqual(["org:cl:ministry-of-foreign-affairs", "the talks were off"]);
  });

  it("keeps the named person as the subject of a verb of their own clause (negative case)", () => {
    const out = saidPairs(
      "SANTIAGO, May 3 (Reuters) — Chile’s foreign ministry summoned Peru’s envoy. The envoy, Ana Ruiz, left and said the talks were off.",
    );
    expect(out.some(([id]) => id === "org:cl:ministry-of-foreign-affairs")).toBe(false);
  });
});
