// Tests of src/extract/events/incident-dates.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const seizure = (kind: string) =>
  kinds(`Peru protested to Chile on Friday after Chilean sailors seized three fishing boats.\n\n${kind}`);

describe("the backstory's day for an undated incident of the lead", () => {
  it("dates the act from a past-perfect re-telling that names its object again", () => {
    expect(
      seizure("The boats had been boarded late on Tuesday near the maritime boundary, the ministry said."),
    ).toContain("seizure 171 2022-06-07");
    expect(
      seizure("The navy said the boats, with 12 men on board, had been stopped at dawn on Wednesday."),
    ).toContain("seizure 171 2022-06-08");
  });

  it("leaves the act undated when the next sentence does not re-tell it", () => {
    // Another noun: the day belongs to something else.
    expect(seizure("Two patrol ships had been sent to the area on Tuesday, the ministry said.")).toContain(
      "seizure 171 ",
    );
    // No past perfect: a new development, not the backstory.
    expect(seizure("The boats were towed to Arica on Wednesday, the ministry said.")).not.toContain(
      "seizure 171 2022-06-08",
    );
  });

  it("does not reach past the next paragraph", () => {
    const far = kinds(
      "Peru protested to Chile on Friday after Chilean sailors seized three fishing boats.\n\nLima called it a violation.\n\nThe fishermen asked for help.\n\nThe boats had been boarded on Tuesday.",
    );
    expect(far).toContain("seizure 171 ");
  });
});

describe("the backstory's day when both name unnamed armed men as the doers", () => {
  const raid = (backstory: string) =>
    kinds(
      `Kenya summoned Somalia's envoy on Friday after Somali soldiers abducted two herders near Mandera.\n\n${backstory}`,
    );

  it("dates the act when the backstory names armed men by any word of the class", () => {
    expect(raid("The troops had crossed the border before dawn on Wednesday, the ministry said.")).toContain(
      "abduction 181 2022-06-08",
    );
  });

  it("does not when the backstory names other doers or is not in the past perfect", () => {
    expect(raid("Local officials had met the families on Wednesday, the ministry said.")).toContain(
      "abduction 181 ",
    );
    expect(raid("The troops crossed back on Wednesday, the ministry said.")).not.toContain(
      "abduction 181 2022-06-08",
    );
  });
});

describe("a detail that tells the undated act again with another verb of its type", () => {
  const killing = (detail: string) =>
    kinds(`Ghana protested to Togo on Friday after two farmers were shot dead near the border.\n\n${detail}`);

  it("dates the act from the re-telling and keeps one event", () => {
    const x = killing("The two men were killed late on Monday as they walked home, police said.");
    expect(x).toContain("military-attack 190 2022-06-06");
    expect(x.filter((k) => k.startsWith("military-attack"))).toHaveLength(1);
    const y = kinds(
      "Peru protested on Friday after Chilean sailors arrested three fishermen.\n\nThe fishermen were detained late on Tuesday near the boundary, the ministry said.",
    );
    expect(y.filter((k) => k.startsWith("arrest"))).toEqual(["arrest 173 2022-06-07"]);
  });

  it("keeps a separate case, or one by other named doers, apart", () => {
    const apart = kinds(
      "Peru protested on Friday after Chilean sailors arrested three fishermen.\n\nIn a separate case, two fishermen were detained on Tuesday near Arica.",
    );
    expect(apart).toContain("arrest 173 ");
    const others = kinds(
      "Police said two suspects had been detained in the capital.\n\nSomalia's intelligence agency said its officers had arrested six men in Kismayo on Sunday.",
    );
    expect(others.filter((k) => k.startsWith("arrest"))).toHaveLength(2);
  });

  it("does not reach an act three sentences on", () => {
    const far = killing(
      "Police sealed the area. Villagers fled. Officials met. Two men were killed on Monday.",
    );
    expect(far).not.toContain("military-attack 190 2022-06-06,");
    expect(far.filter((k) => k === "military-attack 190 2022-06-06")).toHaveLength(1);
  });
});

describe("the backstory's day when both name craft as the doers", () => {
  const blockade = (backstory: string) =>
    kinds(
      `Belize protested to Guatemala on Friday after Guatemalan gunboats blocked a Belizean patrol on the river.\n\n${backstory}`,
    );

  it("dates the act when the backstory names vessels, warships or helicopters as doers", () => {
    expect(
      blockade(
        "The ministry said two vessels had surrounded the boat near the river mouth on Tuesday morning.",
      ),
    ).toContain("coercion 170 2022-06-07");
    expect(
      blockade("Two Guatemalan warships had closed in on the patrol late on Wednesday, it said."),
    ).toContain("coercion 170 2022-06-08");
  });

  it("not when the backstory's doers are officials", () => {
    expect(blockade("Officials had met the crew on Tuesday, the ministry said.")).toContain("coercion 170 ");
  });
});

describe("an act alleged later against the doer of the lead's dated incident", () => {
  const lead =
    "Chile's navy arrested 12 Peruvian fishermen and seized their boats off Arica on Tuesday, the navy said.\n\nLima called the arrests illegal.\n\n";

  it("takes the incident's day when told undated and as no habit", () => {
    expect(kinds(`${lead}A fishing union accused the navy of ramming one of the boats.`)).toContain(
      "coercion 170 2022-06-07",
    );
    expect(
      kinds(`${lead}Peru's foreign minister accused the Chilean navy of firing warning shots.`),
    ).toContain("coercion 170 2022-06-07");
  });

  it("not an act told as a habit or history, nor one against another doer", () => {
    expect(
      kinds(
        `${lead}A fishing union accused the navy of ramming one of the boats, as it had often done before.`,
      ),
    ).toContain("coercion 170 ");
    expect(kinds(`${lead}Chile accused Peru's navy of ramming a Chilean patrol boat.`)).toContain(
      "coercion 170 ",
    );
  });

  it("not when the lead's dated act is a reaction, not an incident", () => {
    expect(
      kinds(
        "Peru summoned Chile's ambassador on Tuesday.\n\nChile accused Peru of harassing its fishing boats.",
      ),
    ).not.toContain("coercion 170 2022-06-07");
  });
});

describe("a simple past passive of taking re-tells the undated act (published Friday 2022-06-10)", () => {
  it("dates the act by the re-telling that names its object again", () => {
    expect(
      kinds(
        "Peru protested on Thursday after Chilean police stopped a Peruvian boat and detained its skipper. The skipper was taken off the boat on Tuesday, the ministry said.",
      ),
    ).toContain("arrest 173 2022-06-07");
    expect(
      kinds(
        "Peru protested after Chilean sailors detained 12 fishermen. The fishermen were taken from two boats late on Wednesday, the ministry said.",
      ),
    ).toEqual(["arrest 173 2022-06-08"]);
    expect(
      kinds(
        "Ecuador complained after Peruvian officers arrested three traders. The traders were held at a checkpoint on Monday night, officials said.",
      ),
    ).toContain("arrest 173 2022-06-06");
  });

  it("does not date the taking by a later step told in the passive", () => {
    expect(
      kinds(
        "Peru protested after Chilean sailors detained 12 fishermen. The fishermen were taken to Arica on Wednesday, the ministry said.",
      ),
    ).toContain("arrest 173 ");
    expect(
      kinds(
        "Peru protested after Chilean sailors detained 12 fishermen. The fishermen were released on Wednesday, the ministry said.",
      ),
    ).toContain("arrest 173 ");
    expect(
      kinds(
        "Peru protested after Chilean sailors detained 12 fishermen. The fishermen were fined on Wednesday, the ministry said.",
      ),
    ).toContain("arrest 173 ");
  });
});

describe("the backstory's day: doers named 'forces', a place told at length, a definite act noun", () => {
  it("dates an act whose lead doers are 'forces' by armed men in the backstory", () => {
    expect(
      kinds(
        "Niger accused Malian forces on Thursday of attacking a customs post near Ayorou, killing a guard.\n\nThe army said gunmen had fired rockets at the post late on Tuesday.",
      ),
    ).toContain("military-attack 190 2022-06-07");
    expect(
      kinds(
        "Benin on Friday accused Togolese forces of shelling a village near its border.\n\nOfficials said soldiers had fired mortars into the village before dawn on Wednesday.",
      ),
    ).toContain("military-attack 190 2022-06-08");
  });

  it("finds the day after a long place phrase with an appositive", () => {
    expect(
      kinds(
        "Kenya summoned Somalia's envoy on Friday after Somali soldiers abducted two herders.\n\nThe troops had reached the hamlet of Olkejuado Springs, about 30 kilometres inside Kenyan territory, early on Monday.",
      ),
    ).toContain("abduction 181 2022-06-06");
  });

  it("does not date a definite act noun that names an act told before", () => {
    const ks = kinds(
      "Greece accused Turkey on Friday of sending two frigates to a survey area, calling the manoeuvres a provocation.\n\nOfficials said the frigates had approached the survey ship on Tuesday.",
    );
    expect(ks.filter((k) => k.startsWith("military-exercise"))).not.toContain(
      "military-exercise 150 2022-06-07",
    );
  });
});

describe("the backstory's day: a craft named by another word", () => {
  it("dates the lead's seizure of a vessel by the re-telling that names it a trawler or longliner", () => {
    const ks = kinds(
      "Fiji has detained a Taiwanese fishing vessel after a patrol found it inside its waters, officials said on Friday.\n\nThe longliner Blue Dawn 3 was boarded on Wednesday north of Lautoka, the navy said.",
    );
    expect(ks.filter((x) => x.startsWith("seizure"))).toEqual(["seizure 171 2022-06-08"]);
    expect(
      kinds(
        "Gabon protested after Equatoguinean sailors seized a fishing boat near Mbanie.\n\nThe trawler had been stopped late on Tuesday, the ministry said.",
      ).filter((x) => x.startsWith("seizure")),
    ).toEqual(["seizure 171 2022-06-07"]);
  });

  it("not by a re-telling about other things", () => {
    expect(
      kinds(
        "Fiji has detained a Taiwanese fishing vessel after a patrol found it inside its waters.\n\nTwo officials had been sent to Suva on Wednesday, the navy said.",
      ).filter((x) => x.startsWith("seizure")),
    ).toEqual(["seizure 171 "]);
  });
});

describe("an act told in the simple past as the lead's dated incident goes on", () => {
  const lead =
    "Tajik border guards killed two armed smugglers on the Panj river late on Tuesday, officials said.\n\n";

  it.each([
    "Three men were detained on the Tajik bank, the statement said.",
    "The guards detained three of the smugglers and the others fled.",
    "A patrol arrested three men near the post, officials said.",
    "Three of the smugglers were arrested on the bank and two boats were impounded.",
  ])("dates the arrest in %j by the incident's day", (detail) => {
    expect(kinds(`${lead}The smugglers tried to cross the river on rafts.\n\n${detail}`)).toContain(
      "arrest 173 2022-06-07",
    );
  });

  it("leaves a backstory in the past perfect, a habit and a later paragraph undated", () => {
    expect(kinds(`${lead}Tajik guards had arrested three smugglers near the post.`)).not.toContain(
      "arrest 173 2022-06-07",
    );
    expect(kinds(`${lead}Guards have repeatedly arrested smugglers near the post.`)).not.toContain(
      "arrest 173 2022-06-07",
    );
    expect(
      kinds(
        `${lead}Officials met.\n\nThe river is wide.\n\nTraders waited.\n\nGuards arrested three smugglers near the post.`,
      ),
    ).not.toContain("arrest 173 2022-06-07");
  });

  it("leaves a breakdown of an act of its type told before to mention merging", () => {
    const x = kinds(
      "Police in Peru and Chile raided 30 homes on Wednesday, arresting 20 people.\n\nTwelve suspects were detained in Peru.",
    );
    expect(x.filter((k) => k.startsWith("arrest"))).toHaveLength(1);
  });
});

describe("'again' listing a second day of the act re-told is no other act", () => {
  const lead =
    "Georgia summoned Russia's envoy on Friday over two incursions by Russian military drones.\n\n";

  it.each([
    [
      "The drones crossed the border on Sunday and again on Tuesday and flew 10 kilometres into Georgian airspace.",
      "2022-06-05,2022-06-07",
    ],
    [
      "The drones flew into Georgian airspace on Monday and again late on Wednesday, officials said.",
      "2022-06-06,2022-06-08",
    ],
    [
      "Russian drones crossed the border on Tuesday and again on Wednesday and flew over Gori.",
      "2022-06-07,2022-06-08",
    ],
    [
      "The drones entered Georgian airspace early on Monday and again early on Tuesday.",
      "2022-06-06,2022-06-07",
    ],
  ])("dates the lead's act by both days of %j", (detail, days) => {
    expect(kinds(`${lead}${detail}`)).toContain(`intrusion 150 ${days}`);
  });

  it("still tells apart an act introduced by 'another' or 'again' before its verb", () => {
    // The later act is one of its own; the lead's stays undated.
    expect(kinds(`${lead}Another drone flew into Georgian airspace on Tuesday.`)).toContain("intrusion 150 ");
    expect(kinds(`${lead}A drone again flew into Georgian airspace on Tuesday.`)).toContain("intrusion 150 ");
  });
});

describe("a lead incident told as one side's accusation sets the day of the other side's account", () => {
  const lead =
    "Peru accused Chilean troops of attacking a border post late on Tuesday, killing two guards.\n\n";

  it.each([
    "Chile's defence ministry said Peruvian soldiers had started the shooting after crossing 200 metres into Chilean territory.",
    "Chile said Peruvian soldiers crossed into Chilean territory and opened fire first.",
    "In Santiago, officials said Peruvian troops had fired first after crossing the border.",
  ])("dates the crossing in %j", (account) => {
    expect(kinds(`${lead}${account}`)).toContain("intrusion 150 2022-06-07");
  });

  it("leaves a crossing told as a habit undated", () => {
    expect(
      kinds(`${lead}Chile said Peruvian soldiers have repeatedly crossed into Chilean territory.`),
    ).not.toContain("intrusion 150 2022-06-07");
  });
});

describe("a simple-past re-telling whose subject is the act's object, named again", () => {
  const drones = (detail: string) =>
    kinds(
      `Syria protested on Friday after Turkish gunners shot down two drones near the border.\n\n${detail}`,
    );

  it("dates the undated act of the lead from the day of that sentence", () => {
    expect(
      seizure("The boats entered Chilean waters shortly before dawn on Tuesday, the ministry said."),
    ).toContain("seizure 171 2022-06-07");
    expect(drones("The drones crossed the frontier on Wednesday near Kilis, the army said.")).toContain(
      "military-attack 190 2022-06-08",
    );
    expect(drones("The two drones flew in from the north early on Thursday, the army said.")).toContain(
      "military-attack 190 2022-06-09",
    );
    expect(drones("The drones entered Syrian airspace shortly after midnight on Wednesday.")).toContain(
      "military-attack 190 2022-06-08",
    );
  });

  it("takes no day from a report, a description or a plan about that noun", () => {
    expect(seizure("The boats said on Tuesday that they had been fishing legally.")).toContain(
      "seizure 171 ",
    );
    expect(seizure("The boats belonged to a cooperative that was founded on Tuesday.")).toContain(
      "seizure 171 ",
    );
    expect(seizure("The boats are expected to return on Monday.")).toContain("seizure 171 ");
    expect(seizure("The ministry said on Tuesday that the crews were safe.")).toContain("seizure 171 ");
  });
});
