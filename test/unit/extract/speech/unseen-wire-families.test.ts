// Constructions of wire copy found missing on fresh probe articles (round 5), on invented sentences:
// a speaker named after the verb behind a role prefix, a lead closed by "X said on Tuesday, as …",
// "a charge X denies", "according to a statement from X" / "according to the agency" / a closing
// "according to <person>", and "officials on both sides" with no pair named nearby.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("speaker after the verb behind a role prefix", () => {
  it("credits the person, not the demonym of the role ('said Chilean Trade Minister X')", () => {
    expect(
      said("“We will answer in kind,” said Chilean Trade Minister Ana Fuentes, speaking in Santiago."),
    ).toEqual(["person:ana-fuentes|We will answer in kind,"]);
  });

  it("finds the person behind a role with no actor in it ('said Foreign Minister X')", () => {
    expect(
      said("“The talks are over for now,” said Foreign Minister Tomas Varga. “We wait for Kyiv.”").map(
        (x) => x.split("|")[0],
      ),
    ).toEqual(["person:tomas-varga", "person:tomas-varga"]);
  });

  it("keeps the object reading after an unnamed subject ('Officials urged Egypt …')", () => {
    expect(said("Officials urged Egypt to reopen the crossing.")).not.toContain(
      expect.stringMatching(/^country:eg/),
    );
  });
});

describe("a lead closed by its attribution and a circumstance", () => {
  it("reads the clause before ', the ministry said on Tuesday, as …'", () => {
    expect(
      said(
        "Ghana will keep its border with Togo closed until the raids stop, Ghana’s interior ministry said on Tuesday, as hundreds of trucks waited at the crossing.",
      ),
    ).toEqual([
      "org:gh:ministry-of-interior|Ghana will keep its border with Togo closed until the raids stop",
    ]);
  });

  it("does not take the lead for a verb whose sentence goes on with a new clause ('…, but …')", () => {
    expect(said("The raids must stop, Ghana said on Tuesday, but Togo disagreed.")).not.toContain(
      "country:gh|The raids must stop",
    );
  });
});

describe("a rebuttal in a relative clause ('…, a charge X denies')", () => {
  it("gives the denier no statement", () => {
    expect(
      said("Chadian officials have accused Sudan of arming the rebels, a charge Khartoum denies.").map(
        (x) => x.split("|")[0],
      ),
    ).toEqual(["country:td"]);
  });

  it("still reads a sentence-final denial with its subject after a comma ('…, Sudan denied.')", () => {
    expect(said("The rebels were never armed by anyone, Sudan denied.")).toEqual([
      "country:sd|The rebels were never armed by anyone",
    ]);
  });
});

describe("according-to frames", () => {
  it("names the source behind a document ('according to a statement from X')", () => {
    expect(
      said("According to a statement from the Chilean foreign ministry, the note was delivered on Monday."),
    ).toEqual(["org:cl:ministry-of-foreign-affairs|the note was delivered on Monday"]);
  });

  it("resolves 'according to the authority' to the body named before", () => {
    expect(
      said(
        "Ghana’s Food and Drugs Authority banned the imports on Friday. According to the authority, half of the samples failed.",
      ),
    ).toContain("org:gh:food-and-drugs-authority|half of the samples failed");
  });

  it("credits a named person closing a clause ('…, according to X, a lawmaker.')", () => {
    expect(said("The bill has the support of three parties, according to Rui Matos, a lawmaker.")).toEqual([
      "person:rui-matos|The bill has the support of three parties",
    ]);
  });

  it("gives no statement to a body cited for a figure ('…, according to the commission')", () => {
    expect(
      said("Chilean boats took most of the catch, according to the International Whaling Commission."),
    ).toEqual([]);
  });
});

describe("'officials on both sides' with no pair named nearby", () => {
  it("stands for the two states of the lead", () => {
    const body =
      "Ghana accused Togo on Tuesday of closing the border.\n\nThe minister will travel on May 3, and officials on both sides said they hoped for a deal.";
    expect(said(body).filter((x) => x.includes("hoped"))).toEqual([
      "country:gh|they hoped for a deal",
      "country:tg|they hoped for a deal",
    ]);
  });

  it("does not guess when the lead names a single state", () => {
    const body =
      "Ghana closed its border on Tuesday.\n\nThe minister will travel on May 3, and officials on both sides said they hoped for a deal.";
    expect(said(body).filter((x) => x.includes("hoped"))).toEqual([]);
  });
});

describe("a parenthetical between the verb and 'that'", () => {
  it("reads past ', however,' and ', in a statement,'", () => {
    expect(said("Rui Matos acknowledged, however, that the gauge had failed.")).toEqual([
      "person:rui-matos|the gauge had failed",
    ]);
    expect(said("Rui Matos said, in a statement, that the gauge had failed.")).toEqual([
      "person:rui-matos|the gauge had failed",
    ]);
  });

  it("does not read a parenthetical that holds a clause break ('said, after a pause. That …')", () => {
    expect(said("Rui Matos said nothing, as usual. That was all.")).toEqual([]);
  });
});

describe("a person's body or aides as the subject ('his ministry said')", () => {
  it("does not credit the person with the ministry's words", () => {
    expect(
      said("Rui Matos denied the claim. In a statement, his ministry said: “The works are legal.”"),
    ).not.toContain(expect.stringMatching(/^person:rui-matos\|The works/));
  });

  it("still credits 'his' as the subject itself ('he said his government would reply')", () => {
    expect(said("Rui Matos said his government would reply.")).toEqual([
      "person:rui-matos|his government would reply",
    ]);
  });
});

describe("a place that post-modifies the subject ('the embassy in Kenya said')", () => {
  it("credits the body, not the host country", () => {
    expect(said("The U.S. embassy in Kenya said the visa rules would change.")).toEqual([
      "org:us:embassy|the visa rules would change",
    ]);
  });

  it("credits the state owning a post ('Russia’s ambassador to Kenya said')", () => {
    expect(said("Russia’s ambassador to Kenya said the talks had failed.")).toEqual([
      "country:ru|the talks had failed",
    ]);
  });

  it("keeps a place that is the subject ('Officials in Ghana said' has no owner before it)", () => {
    expect(said("Officials in Ghana said the vote was fair.")).toEqual(["country:gh|the vote was fair"]);
  });
});

describe("verbs inside a clause closed by its attribution", () => {
  it("leaves the inner participle to the closing speaker", () => {
    expect(
      said(
        "Ghana’s navy seized a trawler on Monday, accusing its crew of fishing illegally, Ghana’s defence ministry said on Tuesday.",
      ).map((x) => x.split("|")[0]),
    ).toEqual(["org:gh:ministry-of-defense"]);
  });

  it("keeps the inner act when the sentence is not closed by an attribution", () => {
    expect(said("Ghana’s navy seized a trawler on Monday, accusing its crew of fishing illegally.")).toEqual([
      "org:gh:navy|its crew of fishing illegally",
    ]);
  });
});

describe("a capital opening a sentence after a name", () => {
  it("is the state, not a person ('… said Rosa Quispe. La Paz called …')", () => {
    const x = extractBody(
      "“We asked La Paz twice,” said Rosa Quispe. La Paz called on Lima to send engineers.",
    );
    expect(x.actors.map((a) => a.id)).not.toContain("person:la-paz");
    expect(x.statements.map((s) => s.speakerId)).toContain("country:bo");
  });
});

describe("a closing attribution with a hearer or a role ('…, X told reporters.')", () => {
  it("reads the clause before 'X told the BBC on Monday'", () => {
    expect(said("The talks had failed, Kenyan President Amos Njoroge told the BBC on Monday.")).toEqual([
      "person:amos-njoroge|The talks had failed",
    ]);
  });

  it("reads the clause before ', the foreign minister, X, said'", () => {
    expect(said("The vote was rigged, the foreign minister, Amos Njoroge, said.")).toEqual([
      "person:amos-njoroge|The vote was rigged",
    ]);
  });

  it("does not take a clause that goes on after the hearer ('told reporters in Nairobi, where …')", () => {
    expect(said("The vote was rigged, Amos Njoroge told reporters, where the count went on.")).not.toContain(
      "person:amos-njoroge|The vote was rigged",
    );
  });
});

describe("a reported clause stops before a coordinated clause with its own speaker", () => {
  it("cuts '…, and the State Department said …' out of the first clause", () => {
    expect(
      said(
        "The Pentagon said it had tracked the missile, and the State Department said it was consulting allies.",
      ),
    ).toEqual([
      "org:us:ministry-of-defense|it had tracked the missile",
      "org:us:ministry-of-foreign-affairs|it was consulting allies",
    ]);
  });

  it("keeps a lower-case coordinated clause inside ('said the vote was fair and the count was over')", () => {
    expect(said("Ghana said the vote was fair and the count was over.")).toEqual([
      "country:gh|the vote was fair and the count was over",
    ]);
  });
});

describe("a labelling verb whose object holds an abbreviation ('called the U.S. drills “…”')", () => {
  it("reads the quote after 'the U.S. drills'", () => {
    expect(said("North Korea called the U.S. drills “a rehearsal for invasion.”")).toEqual([
      "country:kp|the U.S. drills “a rehearsal for invasion.”",
    ]);
  });

  it("does not reach a quote across a sentence break ('called the drills. Officials said “…”')", () => {
    expect(said("North Korea called the drills off. Officials gave “no reason.”")).toEqual([]);
  });
});

describe("unnamed officials in a capital ('Officials in Kyiv said')", () => {
  it("speak for the capital's state when the state is in the story", () => {
    expect(
      said(
        "Ukraine said the drones came from the south. Officials in Kyiv said the strike hit a power plant.",
      ),
    ).toEqual(["country:ua|the drones came from the south", "country:ua|the strike hit a power plant"]);
  });

  it("give no speaker for a city that is no capital ('Officials in Lviv said')", () => {
    expect(
      said(
        "Ukraine said the drones came from the south. Officials in Lviv said the strike hit a power plant.",
      ),
    ).toEqual(["country:ua|the drones came from the south"]);
  });
});

describe("a vow or promise with an infinitive ('vowed to retaliate')", () => {
  it("is a statement of its own, its text the infinitive clause", () => {
    expect(
      said("Rui Matos, who represents the coast, vowed to block the treaty until the canal was closed."),
    ).toEqual(["person:rui-matos|to block the treaty until the canal was closed"]);
  });

  it("leaves other commitments to the events reader ('pledged to provide aid')", () => {
    expect(said("Egypt welcomed the agreement and pledged to provide aid to both countries.")).toEqual([]);
  });

  it("needs a verb after 'to' ('promised Togo a reply' has none)", () => {
    expect(said("Ghana promised to Togo a reply.")).toEqual([]);
  });
});

describe("a verb in a relative or adverbial clause with its own subject", () => {
  it("keeps ', where farmers protested …' inside the reported clause and gives it no speaker", () => {
    expect(
      said(
        "Chile’s foreign ministry said the deal would help the region, where farmers protested against shortages.",
      ),
    ).toEqual([
      "org:cl:ministry-of-foreign-affairs|the deal would help the region, where farmers protested against shortages",
    ]);
  });

  it("ends the reported clause before ', because traders complained'", () => {
    expect(
      said("Ghana said on Monday it would reopen the border, because traders complained about losses."),
    ).toEqual(["country:gh|it would reopen the border"]);
  });

  it("still credits an actor that is the subject inside the clause (', where Ghana said …')", () => {
    expect(said("Togo closed the road, where Ghana said the raids had started.")).toEqual([
      "country:gh|the raids had started",
    ]);
  });
});

describe("'it' for a body across a paragraph or after the clause it said", () => {
  const lead = "Mexico’s foreign ministry said on Monday that it had sent a note to Washington.";

  it("continues the body that spoke last when a paragraph opens with 'It said'", () => {
    expect(said(`${lead}\n\nIt said the note asked for an explanation.`)).toContain(
      "org:mx:ministry-of-foreign-affairs|the note asked for an explanation",
    );
  });

  it("reads '…, it said.' as the body's words", () => {
    expect(said(`${lead} The note asked for an explanation, it said.`)).toContain(
      "org:mx:ministry-of-foreign-affairs|The note asked for an explanation",
    );
  });

  it("does not reach back over a paragraph in which nobody spoke", () => {
    expect(said(`${lead}\n\nThe drones flew over Sonora.\n\nIt said the flights had stopped.`)).toEqual([
      "org:mx:ministry-of-foreign-affairs|it had sent a note to Washington",
    ]);
  });
});

describe("'Asked about X …, she said': the one asked answers", () => {
  const lead = "Interior Minister Laura Vega told a news conference that 14 people had been detained.";

  it("credits the earlier speaker, not the person named in the question", () => {
    expect(
      said(
        `${lead} Asked about claims by opposition leader Marco Ruiz that the arrests were political, she said: “Mr. Ruiz knows that is false.”`,
      ),
    ).toContain("person:laura-vega|Mr. Ruiz knows that is false.");
  });

  it("keeps the pronoun's own reading when the person asked was named before the question", () => {
    expect(
      said(
        `${lead} Opposition leader Marco Ruiz disagreed. Asked about the arrests, he said they were political.`,
      ),
    ).toContain("person:marco-ruiz|they were political");
  });
});

describe("an owner's unnamed official ('Iran’s foreign minister said')", () => {
  it("speaks for the owning state or body", () => {
    expect(said("Speaking in Geneva, Iran’s foreign minister said the talks would resume.")).toEqual([
      "country:ir|the talks would resume",
    ]);
    expect(said("Nigeria’s army fought on. The army’s spokesman said the soldiers were free.")).toEqual([
      "org:ng:army|the soldiers were free",
    ]);
  });

  it("leaves a named official to the name ('Iran’s foreign minister, Ali Karimi, said')", () => {
    expect(said("Iran’s foreign minister, Ali Karimi, said the talks would resume.")).toEqual([
      "person:ali-karimi|the talks would resume",
    ]);
  });
});

describe("subjects set off by a participle or named by a group head", () => {
  it("skips ', quoted by the agency,' and ', speaking to reporters,' back to the subject", () => {
    expect(said("Tomas Varga, quoted by the Interfax news agency, said the plan was dead.")).toEqual([
      "person:tomas-varga|the plan was dead",
    ]);
    expect(said("Tomas Varga, speaking to reporters in Kyiv, said the plan was dead.")).toEqual([
      "person:tomas-varga|the plan was dead",
    ]);
  });

  it("gives 'The leaders of Chile and Peru said' to both states", () => {
    expect(
      said("The leaders of Chile and Peru said in a joint statement that the pipeline would be built."),
    ).toEqual(["country:cl|the pipeline would be built", "country:pe|the pipeline would be built"]);
  });

  it("does not spread a statement to states named after a preposition other than 'of'", () => {
    expect(said("Talks with Chile and Peru ended, Bolivia said.")).toEqual([
      "country:bo|Talks with Chile and Peru ended",
    ]);
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

  it("keeps the hearer out of a colon frame ('told reporters: “…”')", () => {
    expect(said("Spokeswoman Amina Said told reporters: “We are studying the note.”")).toEqual([
      "person:amina-said|We are studying the note.",
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

describe("seats of government as metonyms ('The Kremlin said', 'The White House said')", () => {
  it("speak for their state, never as a person", () => {
    expect(said("The White House said the talks would resume.")).toEqual([
      "country:us|the talks would resume",
    ]);
    expect(said("The Kremlin said the talks would resume.")).toEqual(["country:ru|the talks would resume"]);
  });

  it("leave a named spokesperson of the seat to the name", () => {
    expect(said("Kremlin spokesman Dmitri Orlov said the talks would resume.")).toEqual([
      "person:dmitri-orlov|the talks would resume",
    ]);
  });
});

describe("a relative clause inside a reported clause with a second predicate after it", () => {
  it("keeps ', which …, and did not …' in the clause", () => {
    expect(
      said(
        "Rui Matos said Chile preferred the commission, which meets in July, and did not recognise the court.",
      ),
    ).toEqual([
      "person:rui-matos|Chile preferred the commission, which meets in July, and did not recognise the court",
    ]);
  });

  it("still ends the clause at a trailing relative ('…, which meets in July.')", () => {
    expect(said("Rui Matos said Chile preferred the commission, which meets in July.")).toEqual([
      "person:rui-matos|Chile preferred the commission",
    ]);
  });
});

describe("a closing attribution followed by a participle ('…, X said, adding that …')", () => {
  it("reads both the clause before and the participle's clause", () => {
    expect(
      said("Talks collapsed on Monday, Ghana’s foreign ministry said, adding that new talks were planned."),
    ).toEqual([
      "org:gh:ministry-of-foreign-affairs|Talks collapsed on Monday",
      "org:gh:ministry-of-foreign-affairs|new talks were planned",
    ]);
  });

  it("reads the clause before '…, Ghana said, calling it “…”' besides the quote", () => {
    expect(
      said("Togo’s troops crossed the border, Ghana said on Monday, calling the incursion “unacceptable.”"),
    ).toEqual(["country:gh|Togo’s troops crossed the border", "country:gh|unacceptable."]);
  });

  it("keeps one statement for a rejection with its labelling participle ('rejected X, calling it “…”')", () => {
    expect(said("Chad rejected the ruling against its ban, calling the decision “biased.”")).toEqual([
      "country:td|biased.",
    ]);
  });
});

describe("'in a statement carried by <outlet>'", () => {
  it("skips the outlet before 'that …'", () => {
    expect(
      said(
        "Algeria’s foreign ministry said in a statement carried by the state news agency APS that the border would stay closed.",
      ),
    ).toContain("org:dz:ministry-of-foreign-affairs|the border would stay closed");
  });

  it("closes a sentence after the outlet ('…, X said in a statement carried by APS.')", () => {
    expect(
      said(
        "The border would stay closed, Algeria’s foreign ministry said in a statement carried by the state news agency APS.",
      ),
    ).toContain("org:dz:ministry-of-foreign-affairs|The border would stay closed");
  });

  it("still reads a finite verb before 'that' as the clause ('said the members had agreed that …')", () => {
    expect(said("Chile said the members had agreed that talks would resume.")).toEqual([
      "country:cl|the members had agreed that talks would resume",
    ]);
  });
});
