// relations/implicit-stances.ts: warnings of a reaction and ultimatums threaten the side's adversary. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, rels, stancePairs } from "../helpers.ts";

const threats = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "THREATENS")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("implicit threats", () => {
  it("reads 'warned that <own capital> would respond' as a threat to the state it is at odds with", () => {
    expect(
      threats(
        "Norway expelled two Belarusian diplomats on Monday. The Belarusian embassy in Oslo warned that Minsk would respond “in kind.”",
      ),
    ).toEqual(["org:by:embassy country:no", "country:by country:no"]);
  });

  it("reads a warning of consequences as a threat to the adversary", () => {
    expect(
      threats(
        "Peru accused Chile of spying. Chile warned that the accusation would have “serious consequences.”",
      ),
    ).toEqual(["country:cl country:pe"]);
  });

  it("reads an ultimatum from the side that acted first", () => {
    expect(
      threats(
        "Romania summoned Moldova’s ambassador. Romania said it would not sign the treaty “until the law is changed.”",
      ),
    ).toEqual(["country:ro country:md"]);
  });

  it("also threatens the states of the antecedent a warning is attached to ('…, which X had warned would …')", () => {
    expect(
      threats(
        "Taiwan condemned China’s drills. The drills followed talks between Taiwan’s premier and Japanese lawmakers, which China had warned would bring “serious consequences.”",
      ),
    ).toEqual(["country:cn country:tw", "country:cn country:jp"]);
  });

  it.each([
    "Bolivia warned that it could retaliate against Chilean farm goods.",
    "Bolivia warned it would impose countermeasures on Chilean exporters.",
    "Bolivia warned that it might retaliate against Chile.",
    "Bolivia warned of retaliatory measures against Chilean firms.",
  ])("reads the object of a promised reaction in '%s' as the one threatened", (said) => {
    expect(threats(`Chile halted imports of Bolivian beef on Monday. ${said}`)).toContain(
      "country:bo country:cl",
    );
  });

  it("leaves warnings of other things and sides without an adversary alone", () => {
    expect(
      threats("Peru accused Chile of spying. Chile warned that floods would cut off many villages."),
    ).toEqual([]);
    expect(threats("Chile warned that it would respond to any attack.")).toEqual([]);
  });
});

const criticism = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("implicit criticism", () => {
  it("reads words of disapproval from a side in a dispute as criticism of its adversary", () => {
    expect(
      criticism(
        "Peru summoned Chile’s ambassador on Monday. Peru’s foreign ministry said the flights were “a flagrant violation of Peruvian sovereignty.”",
      ),
    ).toContain("org:pe:ministry-of-foreign-affairs country:cl");
  });

  it("leaves the same words alone when the speaker's side has no adversary", () => {
    expect(
      criticism(
        "Peru’s foreign ministry said it shared the deep concern of its neighbours about the floods.",
      ),
    ).toEqual([]);
  });

  it("reads blame for trouble ('the root cause of insecurity') from a side in a dispute as criticism", () => {
    expect(
      criticism(
        "Peru accused Chile of spying. “Chilean warships off our coast are the root cause of instability in the region,” a Peruvian foreign ministry spokesman said.",
      ),
    ).toContain("country:pe country:cl");
  });

  it("leaves blame for trouble alone when the speaker's side has no adversary", () => {
    expect(
      criticism("Peru’s foreign ministry said drought was the root cause of insecurity in the highlands."),
    ).toEqual([]);
  });
});

describe("a rebuff in the speaker's own words", () => {
  const SUMMONS = "Peru summoned Chile’s ambassador on Monday over the fishing dispute.";
  it.each([
    "“Our sea is not a private pantry for anyone,” Peruvian Foreign Minister Luis Ramos said.",
    "“Peru does not tolerate foreign nets in its bays,” Peruvian Foreign Minister Luis Ramos said.",
    "“Foreign patrol boats have no business in these waters,” Peruvian Foreign Minister Luis Ramos said.",
    "“Peru does not accept faits accomplis at sea,” Peruvian Foreign Minister Luis Ramos said.",
  ])("reads the quoted rebuff '%s' from a side in a dispute as criticism of its adversary", (said) => {
    const found = criticism(`${SUMMONS} ${said}`);
    expect(found).toContain("person:luis-ramos country:cl");
    expect(found).toContain("country:pe country:cl");
  });

  // test/corpus/README.md: "will not tolerate / allow / accept" aimed at a side's conduct is a threat,
  // aimed at no side it is resolve (veiled-threats.ts), with no stance at all.
  it("reads a refusal, to come, of the adversary's conduct as a threat (that criticises the conduct)", () => {
    const found = stancePairs(
      extractBody(
        `${SUMMONS} “We will not accept that our fishermen are chased from their own waters,” Peruvian Foreign Minister Luis Ramos said.`,
      ),
    );
    expect(found).toContain("THREATENS person:luis-ramos>country:cl");
    expect(found).toContain("CRITICIZES person:luis-ramos>country:cl");
  });

  it("reads a refusal aimed at no side as resolve: no stance", () => {
    const found = stancePairs(
      extractBody(
        `${SUMMONS} “We will not let anyone redraw this line by force,” Peruvian Foreign Minister Luis Ramos said.`,
      ),
    );
    expect(found.filter((p) => p.includes("person:luis-ramos"))).toEqual([]);
  });

  it("leaves the same words alone from a side without an adversary", () => {
    expect(
      criticism("“Our sea is not a private pantry for anyone,” Peruvian Foreign Minister Luis Ramos said."),
    ).toEqual([]);
  });

  it("leaves a paraphrase of a refusal alone (a position stated, not a rebuke)", () => {
    expect(
      criticism(
        `${SUMMONS} Peruvian Foreign Minister Luis Ramos said Lima would not accept the proposed quota.`,
      ),
    ).not.toContain("person:luis-ramos country:cl");
  });
});

describe("harm to bystanders", () => {
  it("reads 'the measures would hurt ordinary people' from a side in a dispute as criticism", () => {
    expect(
      criticism(
        "Bolivia accused Chile of an economic blockade on Monday. Bolivia’s foreign ministry said the new tariffs would hurt ordinary families.",
      ),
    ).toContain("org:bo:ministry-of-foreign-affairs country:cl");
  });

  it("leaves the same words alone when the speaker's side has no adversary", () => {
    expect(
      criticism("Bolivia’s foreign ministry said the floods would hurt ordinary families in the lowlands."),
    ).toEqual([]);
  });
});

describe("a third party joining other critics", () => {
  it("directs disapproval of an act at the party of it that others criticised", () => {
    const found = criticism(
      "Chile said on Monday it had signed a security agreement with China. Peru’s Foreign Minister Luis Ramos criticised Chile for the decision. Ecuador’s Foreign Minister Ana Torres called the agreement “gravely concerning.”",
    );
    expect(found).toContain("country:ec country:cl");
    expect(found).not.toContain("country:ec country:cn");
  });

  it("leaves the same words alone when nobody else criticised a party of the act", () => {
    expect(
      criticism(
        "Chile said on Monday it had signed a security agreement with China. Ecuador’s Foreign Minister Ana Torres called the agreement “gravely concerning.”",
      ),
    ).toEqual([]);
  });
});

describe("disapproval of an act with partners", () => {
  it("criticises the adversary's partner in the act the statement is about", () => {
    const found = criticism(
      "Peru summoned Chile’s ambassador on Monday. A day earlier Chile signed a defence agreement with Argentina. A Peruvian foreign ministry spokesman called the agreement “a threat to regional peace.”",
    );
    expect(found).toContain("country:pe country:cl");
    expect(found).toContain("country:pe country:ar");
  });

  it("does not criticise a state the statement names that took part in no act with the adversary", () => {
    const found = criticism(
      "Peru summoned Chile’s ambassador on Monday. Peru’s foreign ministry said Chilean patrols near Bolivia were “a direct threat to regional peace.”",
    );
    expect(found).toContain("country:pe country:cl");
    expect(found).not.toContain("country:pe country:bo");
  });
});

describe("own-side targets", () => {
  it("drops a threat read against the speaker's own state and reads the words as criticism instead", () => {
    const x = extractBody(
      "Norway expelled two Belarusian diplomats. The Belarusian embassy said the expulsions were “a hostile step” and warned that Minsk would respond.",
      "June 10, 2022",
    );
    const rels = x.relations
      .filter((r) => r.sourceId === "org:by:embassy")
      .map((r) => `${r.kind} ${r.targetId}`);
    expect(rels).not.toContain("THREATENS country:by");
    expect(rels).toContain("CRITICIZES country:no");
  });
});

describe("targetless criticism", () => {
  it("directs a third party's criticism of 'the incident' at the side accused of it", () => {
    expect(
      criticism(
        "Chile’s navy said Peruvian boats had rammed a Chilean patrol vessel. Brazil called the incident “reckless.”",
      ),
    ).toContain("country:br country:pe");
  });

  it("reads a protest the speaker made itself as criticism of its adversary, not one it reports", () => {
    expect(
      criticism("Peru accused Chile of spying. Peru’s foreign ministry said it had lodged a formal protest."),
    ).toContain("org:pe:ministry-of-foreign-affairs country:cl");
    expect(
      criticism(
        "Peru accused Chile of spying. Peru’s foreign ministry said Brazil had sent a protest note to Chile.",
      ),
    ).not.toContain("org:pe:ministry-of-foreign-affairs country:cl");
  });

  it("leaves criticism of plural generic acts without an adversary untargeted", () => {
    expect(
      criticism(
        "Chile’s navy said Peruvian boats had rammed a patrol vessel. Brazil condemned such incidents in general.",
      ),
    ).not.toContain("country:br country:pe");
  });
});

describe("more words of disapproval", () => {
  const criticisms = (body: string) =>
    extractBody(body, "June 10, 2022")
      .relations.filter((r) => r.kind === "CRITICIZES")
      .map((r) => `${r.sourceId} ${r.targetId}`);

  it("reads 'would no longer tolerate' from a side in a dispute as criticism of its adversary", () => {
    expect(
      criticisms("Peru summoned Chile’s ambassador. Peru said it would no longer tolerate incursions."),
    ).toContain("country:pe country:cl");
  });
  it("reads 'protectionism' from a side in a dispute as criticism of its adversary", () => {
    expect(
      criticisms("Peru summoned Chile’s ambassador. Peru said the duties were protectionism in disguise."),
    ).toContain("country:pe country:cl");
  });
  it("lets a third party that says a measure hurts the whole region join its critics", () => {
    expect(
      criticisms(
        "Peru called Chile’s new duties “illegal”. Bolivia said the Chilean duties would hurt the whole region.",
      ),
    ).toContain("country:bo country:cl");
  });
  it("does not read a third party's remark about the region without those words", () => {
    expect(
      criticisms(
        "Peru called Chile’s new duties “illegal”. Bolivia said the Chilean duties would reach the whole region.",
      ),
    ).not.toContain("country:bo country:cl");
  });
});

describe("reproaches of broken promises and hypocrisy", () => {
  it("reads 'broke promises' and 'cannot speak of' from a side in a dispute as criticism", () => {
    const rels = criticism(
      "Peru summoned Chile’s ambassador on Monday. Peru’s foreign ministry said Santiago had broken its promises on the canal. “Those who divert our water cannot speak of friendship,” the ministry said.",
    );
    expect(rels).toContain("org:pe:ministry-of-foreign-affairs country:cl");
  });
  it("leaves the same words alone when the speaker's side has no adversary", () => {
    expect(
      criticism("Peru’s foreign ministry said the drought had broken every promise of a good harvest."),
    ).toEqual([]);
  });
});

describe("rebuffs of the other side", () => {
  const criticises = (body: string) => rels(extractBody(body), "CRITICIZES");
  it("reads 'will not be lectured by a neighbour' against the side the speaker faces", () => {
    const found = criticises(
      "Chile expelled two Peruvian diplomats on Monday. “Peru will not be lectured by a neighbour that spies on its friends,” Peruvian Foreign Minister Rosa Quispe said.",
    );
    expect(found).toContain("person:rosa-quispe>country:cl");
    expect(found).toContain("country:pe>country:cl");
  });
  it("reads 'does not accept lectures' and 'before pointing fingers at its neighbours'", () => {
    expect(
      criticises(
        "Guyana summoned Venezuela’s ambassador, Pedro Rojas, over the naval incident. “Venezuela does not accept lectures about its own sea,” Rojas told reporters.",
      ),
    ).toContain("country:ve>country:gy");
    expect(
      criticises(
        "Chile accused Peru of sheltering smugglers. Peru’s foreign ministry said Santiago should “look at its own failures before pointing fingers at its neighbours.”",
      ),
    ).toContain("country:pe>country:cl");
  });
  it("reads 'we will not be made the scapegoat'", () => {
    expect(
      criticises(
        "Kenya accused Uganda of arming cattle raiders. “We will not be made the scapegoat for your own failures,” Ugandan Foreign Minister John Okot said.",
      ),
    ).toContain("country:ug>country:ke");
  });
  it("needs a side the speaker faces", () => {
    expect(
      criticises("“Students will not be lectured by anyone,” said university rector Paolo Neri of Italy."),
    ).toEqual([]);
  });
});

describe("conditions that promise a reaction", () => {
  it("reads 'If <capital> …, it should not be surprised if we …' against the capital's state", () => {
    expect(
      threats(
        "Peru banned Chilean fruit on Monday. “If Lima closes its market to us, it should not be surprised if we review the fees its goods pay at our ports,” Chilean Trade Minister Ana Soto said.",
      ),
    ).toEqual(expect.arrayContaining(["person:ana-soto country:pe", "country:cl country:pe"]));
  });
  it("reads 'If Peru keeps …, it will pay a heavy price'", () => {
    expect(
      threats(
        "“If Peru keeps this ban, it will pay a heavy price,” Chilean Trade Minister Ana Soto said on Monday.",
      ),
    ).toContain("country:cl country:pe");
  });
  it("leaves a condition that names no other side and promises no reaction alone", () => {
    expect(
      threats(
        "“If the rains continue, we will not be surprised by floods,” Chilean Trade Minister Ana Soto said.",
      ),
    ).toEqual([]);
  });
});
