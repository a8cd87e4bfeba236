import { describe, expect, it } from "vitest";
import { allCameoCodes, cameo } from "../../../../src/extract/events/cameo.ts";
import type { Extraction } from "../../../../src/extract/types.ts";
import {
  eventCodes,
  eventRows,
  extractBody,
  extractFile,
  kinds,
  roles,
  SEED_FILE,
  sources,
  summary,
} from "../helpers.ts";

const eventNegations = (x: Extraction) =>
  x.events.map((e) => [e.type, e.cameo, e.plover, e.status, e.negated ?? false, e.negationCue ?? ""]);

describe("events in the seed article", () => {
  const x = extractFile(SEED_FILE);
  const byType = (type: string) => x.events.filter((e) => e.type === type);

  it("finds the six events a careful reader lists", () => {
    expect(x.events.map((e) => [e.type, e.cameo, e.plover, e.status])).toEqual([
      ["policy-adoption", "0342", "AGREE", "occurred"],
      ["cyberattack", "176", "COERCE", "alleged"],
      ["policy-implementation", "0342", "AGREE", "planned"],
      ["hosted-event", "043", "CONSULT", "planned"],
      ["military-exercise", "062", "COOPERATE", "planned"],
      ["cooperation", "030", "AGREE", "planned"],
    ]);
  });

  it("keeps both contradictory implementation dates", () => {
    const [impl] = byType("policy-implementation");
    expect(impl?.label).toBe("Cybersecurity strategy implementation");
    expect(impl?.dates.map((d) => [d.value, d.precision, d.evidence.text])).toEqual([
      ["2021-09", "month", "in September"],
      ["2021-07", "month", "this month"],
    ]);
    expect(impl?.evidence).toHaveLength(2);
  });

  it("dates and places the Olympic and Paralympic Games", () => {
    const [games] = byType("hosted-event");
    expect(games).toMatchObject({
      label: "Tokyo Olympic and Paralympic Games",
      placeId: "country:jp",
      placeName: "Tokyo",
    });
    expect(games?.dates.map((d) => d.value)).toEqual(["2021-07-23"]);
  });

  it("reads participants with roles", () => {
    expect(byType("cyberattack")[0]?.participants).toEqual([
      { actorId: "country:ru", role: "source" },
      { actorId: "country:cn", role: "source" },
      { actorId: "country:jp", role: "target" },
    ]);
    expect(byType("military-exercise")[0]?.participants.map((p) => p.actorId)).toEqual([
      "org:us:armed-forces",
      "org:jp:self-defense-forces",
    ]);
    expect(byType("cooperation")[0]).toMatchObject({ placeName: "Indo-Pacific region" });
    expect(byType("cooperation")[0]?.participants.map((p) => p.actorId)).toEqual(["country:jp", "org:asean"]);
    expect(byType("policy-adoption")[0]?.participants).toEqual([{ actorId: "country:jp", role: "source" }]);
  });
});

describe("events in other text (published Thursday 2022-03-17)", () => {
  const date = "March 17, 2022";

  it("detects a dated planned meeting and an occurred summons with a relative weekday", () => {
    const x = extractBody(
      "Norway summoned Russia’s ambassador on Monday. Norway and Sweden will hold talks in Stockholm on March 28.",
      date,
    );
    expect(
      x.events.map((e) => [
        e.type,
        e.cameo,
        e.status,
        e.dates.map((d) => d.value).join(","),
        e.placeName ?? "",
      ]),
    ).toEqual([
      ["envoy-summoned", "114", "occurred", "2022-03-14", ""],
      ["meeting", "036", "planned", "2022-03-28", "Stockholm"],
    ]);
  });

  it("reads coordinated subjects across role prefixes and resolves 'the two leaders' / 'both countries'", () => {
    const x = extractBody(
      "German Chancellor Karl Weber and French President Anne Roux agreed on Monday to deepen defence cooperation. Both countries will sign a new agreement next month. The two leaders will meet again in Paris on March 30.",
      date,
    );
    expect(
      x.events.map((e) => [
        e.type,
        e.dates.map((d) => d.value).join(","),
        e.participants
          .map((p) => p.actorId)
          .sort()
          .join(" "),
      ]),
    ).toEqual([
      // Officials agreeing to deepen cooperation commit their states (intent phrase rule).
      ["cooperation", "2022-03-14", "country:de country:fr person:anne-roux person:karl-weber"],
      ["agreement", "2022-04", "country:de country:fr"],
      ["meeting", "2022-03-30", "person:anne-roux person:karl-weber"],
    ]);
  });

  it("needs an agent for attacks and ignores triggers inside quotes", () => {
    const x = extractBody(
      "Officials warned of cyberattacks. Estonia said “joint exercises are needed”.",
      date,
    );
    expect(x.events).toEqual([]);
  });

  it("codes single-country drills as a show of force and joint ones as military cooperation", () => {
    const x = extractBody(
      "China held military drills near Taiwan. India and France began joint exercises with the navy.",
      date,
    );
    expect(x.events.map((e) => [e.cameo, e.plover])).toEqual([
      ["150", "MOBILIZE"],
      ["062", "COOPERATE"],
    ]);
  });
});

describe("CAMEO table", () => {
  it("has codebook labels and PLOVER categories", () => {
    expect(cameo("112")).toEqual({ code: "112", label: "Accuse, not specified below", plover: "ACCUSE" });
    expect(cameo("062").plover).toBe("COOPERATE");
    expect(() => cameo("999")).toThrow(/not in the table/);
    expect(new Set(allCameoCodes().map((c) => c.code)).size).toBe(allCameoCodes().length);
  });
});

describe("events from the general lexicon on made-up text", () => {
  const typed = (body: string, date = "July 09, 2021") =>
    extractBody(body, date).events.map((e) => [e.type, e.cameo, e.dates.map((d) => d.value).join(",")]);

  it("expelling diplomats is an expulsion (174), not a recall", () => {
    expect(typed("Norway expelled two Iranian diplomats on Thursday.")).toEqual([
      ["expulsion", "174", "2021-07-08"],
    ]);
  });

  it("seizing a ship is a seizure (171) with a fronted month", () => {
    expect(typed("In May, Venezuela seized a Guyanese fishing vessel.")).toEqual([
      ["seizure", "171", "2021-05"],
    ]);
  });

  it("a ceasefire (087) and border clashes (190)", () => {
    expect(typed("Armenia and Azerbaijan agreed on Tuesday to a ceasefire.")).toEqual([
      ["ceasefire", "087", "2021-07-06"],
    ]);
    expect(typed("Border clashes between Chad and Niger killed three soldiers.").map((e) => e[0])).toEqual([
      "military-attack",
    ]);
  });

  it("a dateline's date is not an event date", () => {
    expect(typed("OSLO, Jul. 9 (NTB) — Norway expelled two Iranian diplomats.")).toEqual([
      ["expulsion", "174", ""],
    ]);
  });
});

describe("events whose clause names no actor", () => {
  const dated = (body: string) =>
    extractBody(body, "June 10, 2022").events.map((e) => [e.type, e.dates.map((d) => d.value).join(",")]);

  it("keeps an act dated in its own clause", () => {
    expect(dated("Clashes in 2019 killed more than 30 people along the border.")).toEqual([
      ["military-attack", "2019"],
    ]);
    expect(dated("The border between Chile and Bolivia has been closed since 1978.")).toEqual([
      ["border-closure", "1978"],
    ]);
  });

  it("drops an undated act with no actor and no place", () => {
    expect(dated("Clashes killed more than 30 people.")).toEqual([]);
  });

  it("does not date a noun from a date before a preposition that governs it", () => {
    expect(dated("The assembly has voted every year since 1992 for an end to the embargo.")).toEqual([]);
  });
});

describe("joint forces and planned drills", () => {
  it("reads states whose demonym modifies a force noun as parties of joint drills", () => {
    const x = extractBody(
      "Kenya will host Indian and French warships for joint naval drills off Mombasa in May.",
      "March 10, 2022",
    );
    expect(x.events[0]?.participants.map((p) => p.actorId).sort()).toEqual([
      "country:fr",
      "country:in",
      "country:ke",
    ]);
  });

  it("does not read a demonym without a force noun as a party", () => {
    const x = extractBody(
      "Kenya will hold naval drills off Mombasa with Indian support in May.",
      "March 10, 2022",
    );
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual(["country:ke"]);
  });

  it("merges two planned mentions naming the same month and sharing a state", () => {
    const x = extractBody(
      "Chile and Peru will hold a joint exercise next month. Chilean troops will join Peruvian marines for drills starting on April 12.",
      "March 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.dates.map((d) => d.value).join()])).toEqual([
      ["military-exercise", "2022-04,2022-04-12"],
    ]);
  });

  it("keeps planned drills of different months apart", () => {
    const x = extractBody(
      "Chile and Peru will hold a joint exercise next month. Chile will hold naval drills with Peru in September.",
      "March 10, 2022",
    );
    expect(x.events).toHaveLength(2);
  });

  it("does not date an act by a relative clause of a later noun", () => {
    const x = extractBody(
      "Chile and Peru will hold a joint exercise next month under a defence agreement that took effect last year.",
      "March 10, 2022",
    );
    expect(x.events[0]?.dates.map((d) => d.value)).toEqual(["2022-04"]);
  });
});

describe("re-mentions of one act", () => {
  it("merges a passive re-telling with no party into the undated act before it", () => {
    const x = extractBody(
      "Chilean police have arrested a man suspected of spying for Peru, prosecutors said. The suspect was detained in Arica on Wednesday.",
      "March 3, 2023",
    );
    expect(x.events.map((e) => [e.type, e.status, e.dates.map((d) => d.value).join()])).toEqual([
      ["arrest", "occurred", "2023-03-01"],
    ]);
  });

  it("keeps a passive act apart from a dated act of its type", () => {
    const x = extractBody(
      "Chilean police arrested a Peruvian trader on Monday. Two pilots were detained in Arica on Wednesday.",
      "March 3, 2023",
    );
    expect(x.events).toHaveLength(2);
  });

  it("still reads a suspected act as alleged", () => {
    const x = extractBody("Peru suspects that Chile detained two Peruvian pilots in Arica.", "March 3, 2023");
    expect(x.events[0]?.status).toBe("alleged");
  });
});

describe("mentions of one act between the same states", () => {
  it("merges an undated mention into a dated act between the same states", () => {
    const x = extractBody(
      "Peru and Ecuador signed a truce on Friday after a day of clashes along the border. Peruvian troops had opened fire on an Ecuadorian post early on Thursday, Ecuador said.",
      "June 3, 2022",
    );
    expect(
      x.events.filter((e) => e.type === "military-attack").map((e) => e.dates.map((d) => d.value)),
    ).toEqual([["2022-06-02"]]);
  });

  it("keeps acts apart when their agents differ", () => {
    const x = extractBody(
      "Canada expelled a Chinese diplomat on Wednesday, and Beijing responded by ordering a Canadian diplomat to leave.",
      "October 25, 2023",
    );
    expect(x.events.filter((e) => e.type === "expulsion")).toHaveLength(2);
  });

  it("merges an undated planned mention into the dated plan of the same states", () => {
    const x = extractBody(
      "Kenya will host Indian and French warships for joint naval drills in May. Critics said Kenya would hold exercises with India during a crisis.",
      "March 10, 2022",
    );
    expect(x.events.filter((e) => e.type === "military-exercise")).toHaveLength(1);
  });
});

describe("passive acts of an opening event noun's parties", () => {
  it("gives a passive concluding the parties of the talks that open the sentence", () => {
    const x = extractBody(
      "Talks between Peru and Ecuador on a border agreement began in 2016 and were concluded last month.",
      "June 10, 2022",
    );
    const deal = x.events.find((e) => e.type === "agreement");
    expect(deal?.participants.map((p) => p.actorId)).toEqual(["country:pe", "country:ec"]);
    expect(x.relations.filter((r) => r.kind === "COOPERATES_WITH")).toHaveLength(1);
  });

  it("does not lend parties when the event noun does not open the sentence", () => {
    const x = extractBody(
      "After talks between Peru and Ecuador, a border agreement was concluded last month.",
      "June 10, 2022",
    );
    expect(x.events.find((e) => e.type === "agreement")?.participants ?? []).toEqual([]);
  });
});

describe("renamed agreements and forums", () => {
  it("merges 'the pact was signed' into the agreement signed before it", () => {
    const x = extractBody(
      "Chile and Peru signed an agreement on Thursday on fisheries. The pact was signed in Lima by the two ministers.",
      "June 10, 2022",
    );
    expect(x.events.filter((e) => e.type === "agreement")).toHaveLength(1);
  });

  it("keeps an indefinite other agreement apart", () => {
    const x = extractBody(
      "Chile and Peru signed an agreement on Thursday on fisheries. Bolivia signed a pact with Brazil in 2019.",
      "June 10, 2022",
    );
    expect(x.events.filter((e) => e.type === "agreement")).toHaveLength(2);
  });

  it("reads raising concerns with a state as no meeting, with a body as one", () => {
    const types = (body: string) => extractBody(body, "June 10, 2022").events.map((e) => e.type);
    expect(types("Chile has raised similar concerns with Lima.")).toEqual([]);
    expect(types("Chile will raise the issue with the Organization of American States.")).toEqual([
      "meeting",
    ]);
  });
});

describe("subjects with an abbreviation in brackets", () => {
  it("reads 'the X Force (XF) will deploy' with the force as its subject", () => {
    const x = extractBody(
      "The South African National Defence Force (SANDF) will deploy a frigate off Durban.",
      "September 15, 2023",
    );
    expect(x.events.map((e) => [e.type, e.participants.map((p) => p.actorId).join()])).toEqual([
      ["deployment", "org:za:armed-forces"],
    ]);
  });

  it("does not read a bracketed aside as a subject", () => {
    const x = extractBody("Ships (mostly from Kenya) deployed to the area.", "September 15, 2023");
    expect(x.events).toEqual([]);
  });
});

describe("a body's own forces", () => {
  it("reads 'the government was sending' as the speaker's state at work, not a passive", () => {
    const x = extractBody(
      "Nigerian Defence Minister Aisha Bello said the government was sending more troops to Borno.",
      "June 6, 2024",
    );
    expect(x.events.map((e) => e.participants.map((p) => p.actorId))).toEqual([["country:ng"]]);
  });

  it("reads the ships before 'of' as their owner's act", () => {
    const x = extractBody(
      "Vietnam accused Chinese coast guard ships of blocking two fishing boats near the Paracels.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["org:cn:coast-guard"]);
  });

  it("shares a date with a coordinated verb after an auxiliary", () => {
    const x = extractBody(
      "Indonesia's navy said it had seized a tanker on Monday and had arrested its captain.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["seizure 171 [2024-06-03]", "arrest 173 [2024-06-03]"]);
  });
});

describe("finds, deadlines to leave, bombs going off", () => {
  it("reads a junta as its state", () => {
    const x = extractBody(
      "Myanmar's junta carried out air strikes on villages in Sagaing on Monday.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["country:mm"]);
  });
});

describe("a possessive agent of an act noun", () => {
  it("makes the owner the agent", () => {
    const x = extractBody(
      "Trade slumped after Turkey’s large-scale invasion of Syria in October 2019.",
      "May 3, 2023",
    );
    expect(x.events[0]?.participants).toContainEqual({ actorId: "country:tr", role: "source" });
    expect(summary(x)).toEqual(["military-attack 190 [2019-10]"]);
  });

  it("needs the act noun close to the owner", () => {
    const x = extractBody("Turkey’s leaders condemned the invasion, the ministry said.", "May 3, 2023");
    expect(x.events).toHaveLength(0);
  });
});

describe("mentions of one act", () => {
  it("reads undated passives as a breakdown of a dated arrest", () => {
    const x = extractBody(
      "Police in Chile arrested 12 people on Tuesday. Eight suspects were detained in Santiago. Four others were arrested in Arica.",
      "May 4, 2023",
    );
    expect(summary(x)).toEqual(["arrest 173 [2023-05-02]"]);
  });
});

describe("modal statuses", () => {
  const rows = (text: string) =>
    extractBody(text, "June 15, 2024").events.map((e) => `${e.type} ${e.cameo} ${e.status}`);

  it("reads 'are to meet' as a planned meeting with its subjects, not a passive", () => {
    expect(rows("The ministers of Chile and Peru are to meet in Lima on Friday.")).toEqual([
      "meeting 036 planned",
    ]);
  });

  it("reads 'were set to sign' as planned", () => {
    expect(rows("Chile and Peru were set to sign the accord on Friday.")).toEqual(["agreement 057 planned"]);
  });

  it("reads 'will not hold talks' as talks refused, not planned", () => {
    expect(rows("Chile and Peru will not hold talks this year.")).toEqual(["meeting 125 reported"]);
  });

  it("still reads 'will hold talks' as planned", () => {
    expect(rows("Chile and Peru will hold talks this year.")).toEqual(["meeting 036 planned"]);
  });
});

describe("a later date in the next clause", () => {
  it("keeps the next clause's date off the act", () => {
    const x = extractBody(
      "Three diplomats expelled by Russia on Monday arrived in Helsinki on Tuesday.",
      "June 15, 2024",
    );
    expect(summary(x)).toEqual(["expulsion 174 [2024-06-10]"]);
  });

  it("still gives an act its two dates in one clause", () => {
    const x = extractBody(
      "Chile and Peru will hold joint drills next month, starting on July 10.",
      "June 15, 2024",
    );
    expect(summary(x)).toEqual(["military-exercise 062 [2024-07,2024-07-10]"]);
  });
});

describe("a meeting held at a summit is the summit", () => {
  const ev = (x: Extraction) =>
    x.events.map((e) => [
      e.type,
      e.status,
      e.participants.map((p) => p.actorId),
      e.dates.map((d) => d.value),
      e.placeName ?? "",
    ]);
  it("merges 'meet again at the X summit in <city> in <month>' into one planned summit", () => {
    const x = extractBody(
      "Chilean President Ana Rojas met Peruvian President Luis Vega on Monday. The two leaders are expected to meet again at the G20 summit in Tokyo in May.",
    );
    expect(ev(x).filter((e) => e[1] === "planned")).toEqual([
      ["summit", "planned", ["person:ana-rojas", "person:luis-vega", "org:g20"], ["2022-05"], "Tokyo"],
    ]);
  });
  it("keeps the meeting's place when the summit has none", () => {
    const x = extractBody("Chile and Peru will meet in Lima at the G20 summit in May.");
    expect(ev(x)).toEqual([
      ["summit", "planned", ["country:cl", "country:pe", "org:g20"], ["2022-05"], "Lima"],
    ]);
  });
  it("keeps a meeting and a summit apart when the meeting is not held at it", () => {
    const x = extractBody("Chile and Peru will meet in Lima and attend the G20 summit in May.");
    expect(ev(x).map((e) => e[0])).toEqual(["meeting", "summit"]);
  });
});

describe("expulsions and coordinated dates", () => {
  it("gives an act coordinated with a dated act that date", () => {
    const x = extractBody(
      "Latvian police raided six offices on Tuesday and detained four people.",
      "June 10, 2022",
    );
    expect(eventRows(x).map((e) => [e[0], e[2]])).toEqual([
      ["raid", "2022-06-07"],
      ["arrest", "2022-06-07"],
    ]);
  });
});

describe("events from the general lexicon", () => {
  it("reads the agent through its vessel and the target after 'at' (water cannon)", () => {
    const x = extractBody("Two Chinese coast guard vessels fired water cannon at a Vietnamese fishing boat.");
    expect(eventCodes(x)).toEqual([["coercion", "170", "COERCE", "occurred", ""]]);
    expect(roles(x, "coercion")).toEqual(["source:org:cn:coast-guard", "target:country:vn"]);
  });

  it("gives a month modifier to the noun it modifies, not to the trigger before it", () => {
    const x = extractBody("The EU would adopt new sanctions before the December summit of EU leaders.");
    expect(eventCodes(x)).toEqual([
      ["sanctions", "163", "COERCE", "planned", ""],
      ["summit", "036", "AGREE", "planned", "2021-12"],
    ]);
  });
});

describe("cancelled and refused events", () => {
  const x = extractBody(
    "Turkey cancelled a planned visit by the Greek foreign minister. Greece called off talks with Turkey. Spain postponed the summit. Chile did not attend the meeting with Peru.",
  );
  it("marks them negated, status reported, with the CAMEO code of the cancelling act", () => {
    expect(eventNegations(x)).toEqual([
      ["visit", "160", "SANCTION", "reported", true, "cancelled"],
      ["meeting", "164", "SANCTION", "reported", true, "called off"],
      ["summit", "164", "SANCTION", "reported", true, "postponed"],
      ["meeting", "125", "REJECT", "reported", true, "did not attend"],
    ]);
  });
  it("makes the canceller the source and the would-be visitor a participant", () => {
    expect(x.events[0]?.participants).toEqual([
      { actorId: "country:gr", role: "participant" },
      { actorId: "country:tr", role: "source" },
    ]);
    expect(x.events[0]?.label).toBe("Cancelled: Visit (Greece, Turkey)");
  });
  it("leaves events that happened alone", () => {
    const y = extractBody("Chile met Peru on Monday.");
    expect(eventNegations(y)).toEqual([["meeting", "040", "CONSULT", "occurred", false, ""]]);
  });
});

describe("a date closing two coordinated acts", () => {
  it("dates both verbs of 'detained … and seized … on Tuesday'", () => {
    expect(kinds("Peru detained 12 Chilean fishermen and seized their boat on Tuesday.")).toEqual([
      "arrest 173 2022-06-07",
      "seizure 171 2022-06-07",
    ]);
  });

  it("does not lend the closing date to a verb dated on its own", () => {
    expect(kinds("On Monday, Peru detained 12 Chilean fishermen and seized their boat on Tuesday.")).toEqual([
      "arrest 173 2022-06-06",
      "seizure 171 2022-06-07",
    ]);
  });
});

describe("the accused as the agent of a gerund or of a means infinitive", () => {
  const agents = (body: string) =>
    extractBody(body, "June 10, 2022").events.map((e) => [
      `${e.type} ${e.status} ${e.dates.map((d) => d.value).join()}`,
      e.participants.filter((p) => p.role === "source").map((p) => p.actorId),
    ]);

  it("reads 'accused X of using spyware to hack' as X's hack, undated by the accusation day", () => {
    expect(
      agents("Chile accused Peru on Thursday of using spyware to hack the phones of 40 officials."),
    ).toEqual([["cyberattack alleged ", ["country:pe"]]]);
  });

  it("reads other means gerunds ('of hiring hackers to break into')", () => {
    expect(
      agents("Chile accused Peru of hiring hackers to break into the email servers of its customs agency."),
    ).toEqual([["cyberattack alleged ", ["country:pe"]]]);
  });

  it("lets a time stand between the accused and 'of'", () => {
    expect(agents("Chile accused Peru last year of defacing dozens of government websites.")).toEqual([
      ["cyberattack alleged 2021", ["country:pe"]],
    ]);
    expect(
      agents("Chile accused Peru on Tuesday of expelling hundreds of migrants into the desert."),
    ).toEqual([["expulsion alleged ", ["country:pe"]]]);
  });

  it("keeps a sending that is its own act apart from the act it was for", () => {
    const found = agents("Chile accused Peru of sending two warships to shadow a research vessel.").map(
      (r) => r[0],
    );
    expect(found).not.toContain("show-of-force alleged ");
  });
});

describe("acts being prepared are planned", () => {
  it("reads visits and talks that officials prepare or gear up for as planned (036)", () => {
    for (const body of [
      "Aides said officials were preparing a visit by the Peruvian president to Chile.",
      "Chile is gearing up for a state visit by the Peruvian president.",
      "Both governments are preparing for talks between Chilean and Peruvian officials in Lima.",
    ])
      expect(kinds(body).map((k) => k.split(" ")[1])).toEqual(["036"]);
  });
});

describe("a taking told in the lead and again, dated, in the detail", () => {
  it("merges an undated lead mention by a state into the dated act of its body", () => {
    const found = kinds(
      "Chile and Peru agreed on Wednesday to run joint patrols, three weeks after Chilean officers arrested 11 Peruvian fishermen. The Chilean navy detained the fishermen on Sept. 22 near Arica.",
    ).filter((k) => k.startsWith("arrest"));
    expect(found).toEqual(["arrest 173 2021-09-22"]);
  });

  it("keeps takings by two bodies of one state apart", () => {
    const found = kinds(
      "The Chilean navy seized two tonnes of cocaine off Arica on Tuesday. Chile's customs service has also seized 300 kilograms of heroin at the port of Valparaíso.",
    ).filter((k) => k.startsWith("seizure"));
    expect(found).toHaveLength(2);
  });

  it("keeps takings by two states apart", () => {
    const found = kinds(
      "Chile detained 11 Peruvian fishermen on Tuesday. Peru has detained dozens of Chilean fishermen.",
    ).filter((k) => k.startsWith("arrest"));
    expect(found).toHaveLength(2);
  });
});

describe("a definite re-mention dated a day apart", () => {
  it("keeps the protest lodged on Friday and its note handed over on Thursday evening as one act", () => {
    expect(
      kinds(
        "Chile lodged a formal protest with Peru on Friday over a new canal. According to the Chilean foreign ministry, the protest note was handed to Peru's chargé d'affaires in Santiago on Thursday evening.",
      ),
    ).toEqual(["diplomatic-protest 114 2022-06-10,2022-06-09"]);
  });

  it("keeps a re-mention two days apart, or without an article, a second act", () => {
    expect(
      kinds(
        "Chile lodged a formal protest with Peru on Friday over a new canal. The protest note was handed to Peru's envoy on Wednesday.",
      ),
    ).toHaveLength(2);
    expect(
      kinds(
        "Chile lodged a formal protest with Peru on Friday over a new canal. Chile had lodged a protest with Peru on Thursday over fishing.",
      ),
    ).toHaveLength(2);
  });
});

describe("a day before 'after' (published Friday 2022-06-10)", () => {
  it("dates the head clause, not the act the clause comes after", () => {
    const x = kinds("Peru protested on Friday after Chilean sailors arrested three fishermen.");
    expect(x).toContain("arrest 173 ");
    expect(x).not.toContain("arrest 173 2022-06-10");
    expect(kinds("Kenya closed the border on Tuesday following an attack by Somali gunmen.")).toContain(
      "military-attack 190 ",
    );
  });
});

describe("a meeting 'with X, planned for' a day (published Friday 2022-06-10)", () => {
  it("is planned and dated ahead even with its party between the noun and 'planned'", () => {
    expect(
      kinds(
        "Foreign Minister Ana Ruiz of Peru said a meeting with her Chilean counterpart, planned for January 20 in Lima, would go ahead.",
      ),
    ).toEqual(["meeting 036 2023-01-20"]);
  });
});

describe("a coordinated act across an abbreviated date (published Friday 2022-06-10)", () => {
  it("shares the agent and day of the act before 'and' across 'Sept. 22'", () => {
    expect(
      kinds("The Peruvian navy detained the fishermen on Sept. 22 near Ilo and impounded their four boats."),
    ).toEqual(["arrest 173 2021-09-22", "seizure 171 2021-09-22"]);
  });

  it("not across a full stop", () => {
    expect(
      kinds(
        "The Peruvian navy detained the fishermen near Ilo on Monday. Later that week, unknown men impounded boats.",
      ),
    ).not.toContain("seizure 171 2022-06-06");
  });
});

describe("an act that takes effect on a weekday, told in the present (published Friday 2022-06-10)", () => {
  it("resolves the weekday ahead", () => {
    expect(kinds("Kenya said its ban on imports of Ugandan sugar takes effect on Monday.")).toContain(
      "sanctions 163 2022-06-13",
    );
  });
});

describe("a date closing the head clause before a participle (published Friday 2022-06-10)", () => {
  it("dates the head act far back past a long object, and the participle's act too", () => {
    expect(
      kinds(
        "Peruvian troops raided three camps used by armed smugglers on the far bank of the river on Tuesday, arresting nine men.",
      ),
    ).toEqual(["raid 171 2022-06-07", "arrest 173 2022-06-07"]);
    expect(
      kinds(
        "Chilean police raided warehouses rented by a trafficking ring in the northern port city on Monday and Tuesday, seizing two tonnes of cocaine.",
      ),
    ).toEqual(["raid 171 2022-06-06,2022-06-07", "seizure 171 2022-06-06,2022-06-07"]);
  });

  it("leaves the head alone when another clause comes between", () => {
    expect(
      kinds(
        "Peruvian troops raided three camps, which smugglers had used on the far bank on Tuesday, arresting nine men.",
      ),
    ).toContain("raid 171 ");
  });
});

describe("coordination inside a subordinate clause (published Friday 2022-06-10)", () => {
  it("does not lend the head clause's day to a verb coordinated inside an 'after' clause", () => {
    expect(
      kinds(
        "Peru lodged a protest with Chile on Thursday after Chilean police stopped a Peruvian boat and detained its skipper.",
      ),
    ).toEqual(["diplomatic-protest 114 2022-06-09", "arrest 173 "]);
    expect(
      kinds(
        "Bolivia recalled its ambassador on Wednesday because Chilean troops had crossed the border and seized two fishing boats.",
      ),
    ).toContain("seizure 171 ");
  });

  it("still shares a day between verbs coordinated in one clause", () => {
    expect(kinds("Chilean police raided a warehouse on Tuesday and detained four Peruvian men.")).toEqual([
      "raid 171 2022-06-07",
      "arrest 173 2022-06-07",
    ]);
    expect(
      kinds("Chilean police seized a boat on Tuesday and, with navy help, detained its crew."),
    ).toContain("seizure 171 2022-06-07");
  });
});

describe("one act told as one side's claim and as the article's fact", () => {
  it("is one event", () => {
    expect(
      kinds(
        "Peru accused Chile on Tuesday of detaining 12 Peruvian fishermen. Chilean police detained the fishermen on Monday near Arica, the Chilean ministry said.",
      ),
    ).toEqual(["arrest 173 2022-06-06"]);
  });

  it("stays two when the doer of one undergoes the other", () => {
    expect(
      kinds(
        "Peru accused Chilean soldiers of shooting two Peruvian herders on Monday. Chile said Peruvian troops had fired on a Chilean patrol.",
      ),
    ).toEqual(["military-attack 190 2022-06-06", "military-attack 190 "]);
  });
});

describe("the gathering a trip or a meeting is for", () => {
  it("reads talks a trip is made for as the visit alone, dated by the trip", () => {
    expect(
      kinds(
        "Peru's foreign minister will travel to Santiago in July for talks with Chilean officials, the ministry said.",
      ),
    ).toEqual(["visit 036 2022-07"]);
    expect(
      kinds(
        "Peru's foreign minister will visit Santiago in July for talks with Chile's president, the ministry said.",
      ),
    ).toEqual(["visit 036 2022-07"]);
  });

  it("reads a meeting held for a summit as the summit, dated by the meeting", () => {
    expect(
      kinds("Peru and Chile will meet in Quito on July 14 for a summit with Bolivia, officials said."),
    ).toEqual(["summit 036 2022-07-14"]);
  });

  it("keeps a visit and talks of their own clauses apart", () => {
    expect(
      kinds("The president will visit Lima in July, and Peru and Chile will hold talks in August."),
    ).toEqual(["visit 036 2022-07", "meeting 036 2022-08"]);
  });
});

describe("a date closing a relative clause on the object (round 15)", () => {
  const of = (type: string, body: string) =>
    extractBody(body, "June 10, 2022")
      .events.filter((e) => e.type === type)
      .map((e) => e.dates.map((d) => d.value).join());

  it.each([
    [
      "arrest",
      "Peruvian police had detained three Chilean soldiers who strayed across the frontier on June 2.",
    ],
    [
      "arrest",
      "Peruvian marines arrested two Chilean fishermen who had entered Peru's territorial waters on June 2.",
    ],
    ["expulsion", "Peru expelled two Chilean diplomats who reportedly met the rebels on June 2."],
    ["arrest", "Peruvian police detained the Chilean soldiers that crossed the border on June 2, Peru said."],
  ])("dates the %s by the relative clause's date in %j", (type, body) => {
    expect(of(type, body)).toEqual(["2022-06-02"]);
  });

  it("keeps the verb's own date", () => {
    expect(
      of(
        "arrest",
        "Peruvian police detained on June 5 three Chilean soldiers who crossed the frontier on June 2.",
      ),
    ).toEqual(["2022-06-05"]);
  });
});

describe("a dated verb lends its date to the relative clause on its object", () => {
  const of = (type: string, body: string) =>
    extractBody(body, "June 10, 2022")
      .events.filter((e) => e.type === type)
      .map((e) => e.dates.map((d) => d.value).join());

  it.each([
    "On June 2 Peruvian police detained three Chilean soldiers who strayed across the frontier.",
    "Peruvian police on June 2 detained three Chilean soldiers who had crossed the border.",
    "Peruvian marines on June 2 arrested two Chilean soldiers who had crossed the border.",
    "On June 2 Peruvian police held three Chilean soldiers who crossed the frontier during a patrol, releasing them the next day.",
  ])("dates the crossing in %j", (body) => {
    expect(of("intrusion", body)).toEqual(["2022-06-02"]);
  });

  it("keeps the relative clause's own or relative time", () => {
    expect(
      of(
        "intrusion",
        "On June 5 Peruvian police detained three Chilean soldiers who crossed the frontier on June 2.",
      ),
    ).toEqual(["2022-06-02"]);
    expect(
      of(
        "intrusion",
        "On June 5 Peruvian police detained three Chilean soldiers who had crossed the frontier days earlier.",
      ),
    ).toEqual([""]);
  });
});

describe("a date opening a coordinated clause", () => {
  const acts = (body: string) =>
    extractBody(body, "June 10, 2022").events.map((e) => `${e.type} ${e.dates.map((d) => d.value).join()}`);

  it.each([
    "Peru declared a state of emergency in two provinces on May 3, and on June 2 Chilean troops detained two Peruvian herders.",
    "Peru declared a state of emergency in two provinces on May 3, and late on June 2 Chilean troops detained two Peruvian herders.",
    "Peru declared a state of emergency in two provinces on May 3; on June 2 Chilean troops detained two Peruvian herders.",
    "Peru declared a state of emergency in two provinces on May 3, but on June 2, Chilean troops detained two Peruvian herders.",
  ])("dates the clause's own verb in %j", (body) => {
    const x = acts(body);
    expect(x).toContain("arrest 2022-06-02");
    expect(x).toContain("emergency-measures 2022-05-03");
  });

  it("leaves a date after a bare comma or a coordinated date to the act before", () => {
    expect(
      acts("Peru summoned Chile's ambassador, Luis Soto, on June 9 and handed him a protest note."),
    ).toContain("envoy-summoned 2022-06-09");
    expect(
      acts("Chilean troops detained 40 Peruvian herders on June 6 and June 7, and two were charged."),
    ).toContain("arrest 2022-06-06,2022-06-07");
  });
});

describe("a host further from the meeting noun", () => {
  it.each([
    [
      "Georgia offered to host the next round of border delimitation talks in Tbilisi in August.",
      "meeting 036 2022-08",
    ],
    ["Ghana will host the bloc’s next meeting in September.", "meeting 036 2022-09"],
    ["Ghana will host the region’s next round of talks in September.", "meeting 036 2022-09"],
    ["Kenya hosted the second round of peace talks in Nairobi on Monday.", "meeting 040 2022-06-06"],
  ])("reads %j", (body, expected) => {
    expect(kinds(body)).toEqual([expected]);
  });

  it("reads no meeting for a state that only attends one", () => {
    expect(kinds("Ghana will attend the bloc’s next meeting in September.")).toEqual([]);
  });
});

describe("status: the purpose of a signed accord is planned", () => {
  const statuses = (body: string) =>
    extractBody(body, "May 05, 2022").events.map(
      (e) => `${e.type} ${e.status} [${e.dates.map((d) => d.value).join(",")}]`,
    );

  it("plans the act an accord is signed to do, and resolves its month forwards", () => {
    expect(
      statuses(
        "Samoa and Tonga signed an agreement on Thursday to share surveillance data and run joint patrols from August.",
      ),
    ).toContain("military-exercise planned [2022-08]");
    expect(statuses("Samoa and Tonga signed a pact to hold joint patrols from January.")).toContain(
      "military-exercise planned [2023-01]",
    );
    expect(
      statuses(
        "Samoa and Tonga signed a memorandum of understanding to hold joint naval exercises in March.",
      ),
    ).toContain("military-exercise planned [2023-03]");
    expect(
      statuses("Fiji and Tonga reached a deal to resume talks on their maritime boundary in April."),
    ).toContain("meeting planned [2023-04]");
  });

  it("leaves an act done under an accord as it happened", () => {
    expect(
      statuses("Samoa and Tonga held joint patrols in August under an agreement signed in 2019."),
    ).toEqual(["military-exercise occurred [2021-08]", "agreement occurred [2019]"]);
  });
});
