// Verb triggers and their objects: an object word that is a title, a name or a modifier is no
// object; a verb form after a determiner is a noun; "partner" is a verb only with "with".
// Made-up text only.
import { describe, expect, it } from "vitest";
import {
  acts,
  eventCodes,
  eventRows,
  eventStatuses,
  extractBody,
  kinds,
  rels,
  roles,
  SATURDAY,
  sourcesOf,
  summary,
  summaryWithStatus,
} from "../helpers.ts";

const types = (x: ReturnType<typeof extractBody>) => x.events.map((e) => e.type);

describe("objects of verb triggers", () => {
  it("does not read a border market that was closed as a border closure", () => {
    const x = extractBody(
      "Traders at the border market near Tacna said it had been closed since Monday.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("border-closure");
  });

  it("still reads a closed border", () => {
    const x = extractBody("Peru closed the border with Bolivia on Monday.", "June 10, 2022");
    expect(types(x)).toContain("border-closure");
  });

  it("does not take a capitalised title as the object of a ban", () => {
    const x = extractBody(
      "Peru's Trade Minister Ana Ruiz said the ban, which she defended, had cost nothing.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("sanctions");
  });
});

describe("export bans", () => {
  it("reads banning one's own exports of a good as a policy (0342), dated by its clause", () => {
    const x = extractBody(
      "Chile has banned exports of lithium since March 2021 and plans to halt exports of copper ore next year.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo, e.dates.map((d) => d.value).join(",")])).toEqual([
      ["policy-implementation", "0342", "2021-03"],
      ["policy-implementation", "0342", "2023"],
    ]);
  });

  it("keeps a ban on imports a sanction", () => {
    const x = extractBody("China banned imports of Lithuanian timber in December.", "June 10, 2022");
    expect(types(x)).toEqual(["sanctions"]);
  });
});

describe("partners", () => {
  it("does not read 'its European Union partners' as cooperation", () => {
    const x = extractBody("Athens would brief its European Union partners in Brussels.", "June 10, 2022");
    expect(types(x)).not.toContain("cooperation");
  });

  it("reads 'partnered with' as cooperation", () => {
    const x = extractBody("Chile partnered with Peru on a fisheries survey in 2021.", "June 10, 2022");
    expect(types(x)).toContain("cooperation");
  });
});

describe("coordinated intent infinitives", () => {
  it("reads 'agreed to run patrols and to exchange data' as an agreement to exchange data", () => {
    const x = extractBody(
      "Peru and Chile agreed on Friday to run joint patrols off Arica and to exchange radar data on fishing fleets.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo])).toContainEqual(["cooperation", "030"]);
  });

  it("needs an intent verb before the coordinated infinitive", () => {
    const x = extractBody("Peru ran patrols off Arica and to exchange data is hard.", "June 10, 2022");
    expect(x.events.map((e) => e.type)).not.toContain("cooperation");
  });
});

describe("exercises", () => {
  it("reads a single joint exercise with modifiers as joint (062) and dates it", () => {
    const x = extractBody(
      "Gulf Cooperation Council states will hold a joint air-defence exercise in Oman in February.",
      "November 13, 2024",
    );
    expect(x.events.map((e) => [e.type, e.cameo, e.dates.map((d) => d.value).join()])).toEqual([
      ["military-exercise", "062", "2025-02"],
    ]);
  });

  it("keeps a one-party exercise at 150", () => {
    const x = extractBody("Britain held a military exercise on the islands in May.", "June 10, 2022");
    expect(x.events.map((e) => e.cameo)).toEqual(["150"]);
  });
});

describe("forces named by their unit or a single ship", () => {
  it("reads battalions and a minehunter sent as a deployment", () => {
    const x = extractBody(
      "Chile has sent three army battalions to its northern border, the defence ministry said.",
      "May 3, 2023",
    );
    expect(summaryWithStatus(x)).toEqual(["deployment 154 occurred []"]);
    const y = extractBody("Norway’s navy sent a minehunter to the area on Tuesday.", "May 3, 2023");
    expect(summaryWithStatus(y)).toEqual(["deployment 154 occurred [2023-05-02]"]);
  });

  it("does not read a delegation sent as a deployment", () => {
    const x = extractBody(
      "Chile has sent a delegation to its northern border, the ministry said.",
      "May 3, 2023",
    );
    expect(x.events.map((e) => e.type)).not.toContain("deployment");
  });
});

describe("reinforced posts", () => {
  // "said on Monday" dates the report, not the act.
  it("reads an army reinforcing its posts as a deployment", () => {
    const x = extractBody(
      "Peru’s army said on Monday it had reinforced its posts along the Bolivian border.",
      "May 3, 2023",
    );
    expect(summaryWithStatus(x)).toEqual(["deployment 154 occurred []"]);
  });

  it("does not read reinforced arguments or a reinforced message as a deployment", () => {
    const x = extractBody(
      "Peru said on Monday the report had reinforced its position in the talks with Bolivia.",
      "May 3, 2023",
    );
    expect(x.events.map((e) => e.type)).not.toContain("deployment");
  });
});

describe("trade links cut", () => {
  it("reads cut trade links as reduced relations", () => {
    const x = extractBody("Armenia cut most trade links with Azerbaijan in 2021.", "May 3, 2023");
    expect(summaryWithStatus(x)).toEqual(["relations-reduced 160 reported [2021]"]);
  });

  it("leaves links that are only discussed alone", () => {
    const x = extractBody(
      "Armenia said on Monday that its trade links with Azerbaijan were weak.",
      "May 3, 2023",
    );
    expect(x.events).toEqual([]);
  });
});

describe("fact-finding missions", () => {
  it("reads a mission to be sent as a planned investigation", () => {
    const x = extractBody(
      "The African Union said it would send a fact-finding mission to the border next week.",
      "May 3, 2023",
    );
    expect(summaryWithStatus(x).map((s) => s.split(" [")[0])).toEqual(["investigation 090 planned"]);
  });
});

describe("meetings and visits in other words", () => {
  it("reads negotiations and consultations between two states as a meeting", () => {
    expect(kinds("Negotiations between Peru and Chile resumed in Lima on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
    expect(kinds("Peru and Chile held consultations on the border on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
    expect(kinds("Peru and Chile negotiated for three days in Lima last week.")).toEqual([
      "meeting 040 2022-06",
    ]);
  });

  it("reads a trip to a country as a visit", () => {
    expect(kinds("Peru's president made a trip to Chile on Tuesday.")).toEqual(["visit 042 2022-06-07"]);
  });
});

describe("agreements, drills, deployments, ceasefires", () => {
  it("reads sealing or striking a deal as signing it (057)", () => {
    expect(kinds("Peru and Chile sealed a fisheries deal on Tuesday.")).toEqual(["agreement 057 2022-06-07"]);
    expect(kinds("Peru and Chile struck a trade deal on Tuesday.")).toEqual(["agreement 057 2022-06-07"]);
  });

  it("does not read striking a tone as an agreement", () => {
    expect(kinds("Peru's president struck a conciliatory tone on Tuesday.")).toEqual([]);
  });

  it("reads manoeuvres as an exercise, joint when two states stage them", () => {
    expect(kinds("Peru and Chile staged naval manoeuvres off Arica on Tuesday.")).toEqual([
      "military-exercise 062 2022-06-07",
    ]);
  });

  it("reads 'the deployment of' troops as a deployment", () => {
    expect(kinds("The deployment of 2,000 Chilean troops to the border began on Tuesday.")).toEqual([
      "deployment 154 2022-06-07",
    ]);
  });

  it("reads a cessation of hostilities as a ceasefire", () => {
    expect(kinds("Peru and Chile agreed to a cessation of hostilities on Tuesday.")).toEqual([
      "ceasefire 087 2022-06-07",
    ]);
  });
});

describe("coercion in other words", () => {
  it("reads jailing and taking into custody as arrests", () => {
    expect(kinds("Chile jailed a Peruvian journalist on Tuesday.")).toEqual(["arrest 173 2022-06-07"]);
    expect(kinds("Chilean police took two Peruvian nationals into custody on Tuesday.")).toEqual([
      "arrest 173 2022-06-07",
    ]);
  });

  it("reads storming an embassy as a raid, not storms as one", () => {
    expect(kinds("Chilean police stormed the Peruvian embassy on Tuesday.")).toEqual(["raid 171 2022-06-07"]);
    expect(kinds("Peru said on Tuesday that storms had damaged homes along the coast.")).toEqual([]);
  });

  it("reads blacklisting as sanctions and calling in an envoy as a summons", () => {
    expect(kinds("The United States blacklisted three Peruvian companies on Tuesday.")).toEqual([
      "sanctions 163 2022-06-07",
    ]);
    expect(kinds("Chile called in Peru's ambassador on Tuesday.")).toEqual(["envoy-summoned 114 2022-06-07"]);
  });

  it("does not read calling in to a show as a summons", () => {
    expect(kinds("Peru's president called in to a radio show on Tuesday.")).toEqual([]);
  });

  it("reads hacking and breaching networks as a cyberattack by the hackers' state", () => {
    expect(sourcesOf("Chinese hackers breached Peruvian government networks on Tuesday.")).toEqual([
      "country:cn",
    ]);
    expect(
      kinds("Chinese state hackers hacked the email accounts of Peruvian officials on Tuesday."),
    ).toEqual(["cyberattack 176 2022-06-07"]);
  });
});

describe("wire constructions", () => {
  it("reads phoning and speaking on the phone as a phone call (041)", () => {
    expect(kinds("Peru's president telephoned his Chilean counterpart on Tuesday.")).toEqual([
      "meeting 041 2022-06-07",
    ]);
    expect(kinds("Peru's president and his Chilean counterpart spoke on the phone on Tuesday.")).toEqual([
      "meeting 041 2022-06-07",
    ]);
  });

  it("does not read mobile phones as a call", () => {
    expect(kinds("Peru said on Tuesday that mobile phones were banned in schools.")).toEqual([]);
  });

  it("reads protesting to a state as a diplomatic protest, not a street protest", () => {
    expect(kinds("Peru protested to Chile over the incident on Tuesday.")).toEqual([
      "diplomatic-protest 114 2022-06-07",
    ]);
    expect(kinds("Thousands of farmers protested in Lima on Tuesday.")).toEqual([]);
    expect(kinds("Peru protested to the crew of a Chilean navy ship on Tuesday.")).toEqual([]);
  });

  it("reads sending food as aid and moving tanks to a border as a deployment", () => {
    expect(kinds("Chile sent 20 tonnes of food to Peru on Tuesday.")).toEqual(["aid 070 2022-06-07"]);
    expect(kinds("Chile moved tanks and artillery to the border on Tuesday.")).toEqual([
      "deployment 154 2022-06-07",
    ]);
  });

  it("keeps sending patrol boats a deployment, not aid", () => {
    expect(kinds("Chile said its navy would send two patrol boats to the border next month.")).toEqual([
      "deployment 154 2022-07",
    ]);
  });
});

describe("acts only imagined, wished, conditional or discussed", () => {
  it("does not read a hyphenated modifier as sanctions", () => {
    expect(kinds("The sanctions-hit economy shrank by 3% last year, Peru said on Tuesday.")).toEqual([]);
  });
});

describe("more verbs and nouns of force, arrest and expulsion", () => {
  it("reads exchanged gunfire and skirmishes as use of force", () => {
    expect(
      kinds("Chilean forces and Peruvian troops exchanged gunfire across the border on Tuesday."),
    ).toEqual(["military-attack 190 2022-06-07"]);
    expect(kinds("Skirmishes between Peruvian and Chilean troops broke out on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });

  it("reads rounding up migrants as arrests, not rounding up support", () => {
    expect(kinds("Chilean police rounded up 20 Peruvian migrants on Tuesday.")).toEqual([
      "arrest 173 2022-06-07",
    ]);
    expect(kinds("Peru said on Tuesday it would round up support for the plan.")).toEqual([]);
  });

  it("reads kicking out diplomats as an expulsion and a ransomware attack as a cyberattack", () => {
    expect(kinds("Chile kicked out two Peruvian diplomats on Tuesday.")).toEqual([
      "expulsion 174 2022-06-07",
    ]);
    expect(
      kinds("Peru blamed Chilean hackers for a ransomware attack on its customs agency on Tuesday."),
    ).toEqual(["cyberattack 176 2022-06-07"]);
  });
});

describe("more ways wire copy tells an attack", () => {
  it("reads a bridge blown up as an attack", () => {
    const x = extractBody("Militants blew up a railway bridge in Balochistan on Friday.", "June 6, 2024");
    expect(summary(x)).toEqual(["military-attack 190 [2024-05-31]"]);
  });

  it("reads troops clashing as an attack, protesters clashing as none", () => {
    const troops = extractBody("Kyrgyz and Tajik troops clashed near the border on Monday.", "June 6, 2024");
    expect(summary(troops)).toEqual(["military-attack 190 [2024-06-03]"]);
    const crowd = extractBody("Protesters clashed with police in Nairobi on Tuesday.", "June 6, 2024");
    expect(crowd.events).toEqual([]);
  });

  it("reads troops crossing into another's territory as an intrusion", () => {
    const x = extractBody(
      "On Monday, Venezuelan troops crossed into Guyanese territory near the Cuyuni river, Georgetown said.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2024-06-03]"]);
  });

  it("reads a captured commander as an arrest, a mood captured as none", () => {
    const x = extractBody(
      "Colombian troops captured an ELN commander in Arauca on Thursday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["arrest 173 [2024-06-06]"]);
    const film = extractBody("The film captured the mood of the country on Tuesday.", "June 6, 2024");
    expect(film.events).toEqual([]);
  });
});

describe("weapons, captures and expulsions told other ways", () => {
  it("reads a missile fired at a ship as an attack, one fired into the sea as a test", () => {
    const aimed = extractBody(
      "The Houthis fired a cruise missile at a tanker in the Red Sea on Monday.",
      "June 6, 2024",
    );
    expect(summary(aimed)).toEqual(["military-attack 190 [2024-06-03]"]);
    const test = extractBody("North Korea fired a ballistic missile into the sea on Monday.", "June 6, 2024");
    expect(summary(test)).toEqual(["weapons-test 150 [2024-06-03]"]);
  });

  it("reads a diplomat declared persona non grata as an expulsion, a holiday declared as none", () => {
    const x = extractBody("Peru declared a Venezuelan diplomat persona non grata on Friday.", "June 6, 2024");
    expect(summary(x)).toEqual(["expulsion 174 [2024-05-31]"]);
    const holiday = extractBody("Peru declared a national holiday on Friday.", "June 6, 2024");
    expect(holiday.events).toEqual([]);
  });

  it("reads a palace retaken as a capture and a ship hijacked as an abduction", () => {
    const palace = extractBody(
      "The Sudanese army said it had retaken the presidential palace on Friday.",
      "June 6, 2024",
    );
    expect(summary(palace)).toEqual(["territory-capture 192 [2024-05-31]"]);
    const ship = extractBody("Pirates hijacked a bulk carrier off Somalia on Tuesday.", "June 6, 2024");
    expect(summary(ship)).toEqual(["abduction 181 [2024-06-04]"]);
  });
});

describe("finds, deadlines to leave, bombs going off", () => {
  it("reads drugs found by customs officers as a seizure, a solution found as none", () => {
    const x = extractBody(
      "Customs officers found 600 kilograms of cocaine in a banana container at Rotterdam on Monday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["seizure 171 [2024-06-03]"]);
    const talk = extractBody("The two ministers found a solution to the dispute on Monday.", "June 6, 2024");
    expect(talk.events).toEqual([]);
  });

  it("reads diplomats given hours to leave as an expulsion, a reply given as none", () => {
    const x = extractBody("Latvia gave three Russian diplomats 48 hours to leave on Friday.", "June 6, 2024");
    expect(summary(x)).toEqual(["expulsion 174 [2024-05-31]"]);
    const briefing = extractBody(
      "Latvia gave the Russian diplomats a formal reply on Friday.",
      "June 6, 2024",
    );
    expect(briefing.events).toEqual([]);
  });
});

describe("wars, boycotts and crackdowns", () => {
  it("reads 'fought a war' as use of force (190) with its parties and year", () => {
    expect(acts("Peru and Ecuador fought a short war over the border in 1995.")).toEqual([
      ["military-attack", "190", "1995", "country:pe country:ec"],
    ]);
  });

  it("does not read a fight against corruption as a war", () => {
    expect(acts("Peru said it would fight corruption in 2023.")).toEqual([]);
  });

  it("reads ending a boycott as easing it (085)", () => {
    expect(
      acts("Chile and Peru ended a two-year boycott of Bolivia in 2019.").map((e) => e.slice(0, 3)),
    ).toEqual([["sanctions-eased", "085", "2019"]]);
  });

  it("reads a dated military crackdown as repression (175)", () => {
    expect(
      acts("Refugees fled a military crackdown in the north in 2017.").map((e) => e.slice(0, 3)),
    ).toEqual([["crackdown", "175", "2017"]]);
  });

  it("reads fighting between two sides, not fighting in general", () => {
    expect(acts("Fighting between Peru and Ecuador erupted on June 1.").map((e) => e.slice(0, 3))).toEqual([
      ["military-attack", "190", "2022-06-01"],
    ]);
    expect(acts("Shells fired during fighting across the border landed in a village in Tumbes.")).toEqual([]);
  });
});

describe("deployments and aid", () => {
  it("reads deploying a frigate and a submarine as a deployment", () => {
    expect(acts("Chile will deploy a frigate and a submarine off Arica.").map((e) => e.slice(0, 2))).toEqual([
      ["deployment", "154"],
    ]);
  });

  it("reads a donation as aid", () => {
    expect(acts("Mexico had sent a tanker of fuel to Peru as a donation.").map((e) => e.slice(0, 2))).toEqual(
      [["aid", "070"]],
    );
  });
});

describe("massing and meetings of blocs", () => {
  it("reads massing vessels as a show of force (150) dated by its own clause only", () => {
    expect(acts("Peru on Wednesday accused Chile of massing 40 warships near the border.")).toEqual([
      ["show-of-force", "150", "", "country:cl"],
    ]);
  });
});

describe("cooperation deals", () => {
  it("reads a dated cooperation deal as an agreement (057), not cooperation", () => {
    expect(acts("Fiji reviews a 2011 police cooperation deal with China.")).toEqual([
      ["agreement", "057", "2011", "country:fj country:cn"],
    ]);
  });

  it("keeps plain cooperation a cooperation event", () => {
    expect(acts("Fiji and China expanded police cooperation in 2019.").map((e) => e[0])).toEqual([
      "cooperation",
    ]);
  });
});

describe("acts named by nouns", () => {
  it("reads the agent of an attack noun from a later 'by'", () => {
    const x = extractBody(
      "Insurers cite a year of drone attacks on tankers in the Gulf of Aden by Yemen’s Houthi movement.",
      "May 3, 2023",
    );
    expect(x.events[0]?.participants).toContainEqual({ actorId: "org:houthi-movement", role: "source" });
  });

  it("reads a dated arrest noun", () => {
    const x = extractBody(
      "The arrest of two Chilean journalists in Lima on Monday drew protests.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["arrest 173 [2023-05-01]"]);
  });
});

describe("frozen assets, downed drones, abductions and captured villages", () => {
  const one = (text: string) => summary(extractBody(text, "June 14, 2024"));

  it("reads frozen assets as sanctions", () => {
    expect(one("The European Union froze the assets of 12 Russian officials on Monday.")).toEqual([
      "sanctions 163 [2024-06-10]",
    ]);
  });

  it("reads a drone shot down and targets struck as use of force", () => {
    expect(one("Poland shot down a Russian drone over its territory on Sunday.")).toEqual([
      "military-attack 190 [2024-06-09]",
    ]);
    expect(one("Turkish warplanes struck militant targets in northern Iraq on Wednesday.")).toEqual([
      "military-attack 190 [2024-06-12]",
    ]);
  });

  it("does not read a struck deal or a shot-down proposal as force", () => {
    expect(one("Turkey struck a deal with Iraq on Wednesday.")).not.toContain(
      "military-attack 190 [2024-06-12]",
    );
    expect(one("Poland shot down the proposal on Sunday.")).toEqual([]);
  });

  it("reads abductions", () => {
    expect(one("Gunmen abducted 20 Nigerian students from a school in Kaduna on Friday.")).toEqual([
      "abduction 181 [2024-06-14]",
    ]);
  });

  it("reads a captured village as captured territory", () => {
    const x = extractBody("Russian troops captured the village of Krasnohorivka on Monday.", "June 14, 2024");
    expect(summary(x)).toEqual(["territory-capture 192 [2024-06-10]"]);
  });
});

describe("coordinated intents and other people expelled", () => {
  it("reads deported traders as an expulsion", () => {
    const x = extractBody("Tanzania deported 30 Kenyan traders on Monday.", "June 14, 2024");
    expect(summary(x)).toEqual(["expulsion 174 [2024-06-10]"]);
  });

  it("does not read traders merely named as expelled people elsewhere", () => {
    const x = extractBody("Kenyan traders said business had slowed on Monday.", "June 14, 2024");
    expect(x.events).toHaveLength(0);
  });
});

describe("releases and phone calls", () => {
  it("reads a prisoner exchange and a release of citizens as releases (084)", () => {
    expect(
      summary(extractBody("Russia and Ukraine exchanged 95 prisoners of war on Friday.", "June 14, 2024")),
    ).toEqual(["release 084 [2024-06-14]"]);
    expect(summary(extractBody("Iran released two French citizens on Monday.", "June 14, 2024"))).toEqual([
      "release 084 [2024-06-10]",
    ]);
  });

  it("reads leaders speaking by phone as a consultation by telephone (041)", () => {
    const x = extractBody(
      "Chinese President Xi Jinping and French President Emmanuel Macron spoke by phone on Tuesday.",
      "June 14, 2024",
    );
    expect(summary(x)).toEqual(["meeting 041 [2024-06-11]"]);
  });
});

describe("sanctions are not strikes", () => {
  it("reads sanctions targeting facilities as sanctions only", () => {
    const x = extractBody(
      "The European Union adopted sanctions targeting Russian energy facilities on Monday.",
      "June 14, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["sanctions"]);
  });
});

describe("offensives, emergency measures and arms deliveries", () => {
  const one = (text: string) => summary(extractBody(text, "June 14, 2024"));

  it("reads a launched offensive or ground operation as use of force", () => {
    expect(one("Sudan’s army launched a major offensive in Khartoum on Thursday.")).toEqual([
      "military-attack 190 [2024-06-13]",
    ]);
    expect(one("Israel launched a ground operation in Rafah in May.")).toEqual([
      "military-attack 190 [2024-05]",
    ]);
  });

  it("reads a declared state of emergency or curfew as administrative sanctions (172)", () => {
    expect(one("Ecuador declared a state of emergency on Monday.")).toEqual([
      "emergency-measures 172 [2024-06-10]",
    ]);
  });

  it("reads weapons handed over as military aid, and weapons refused as none", () => {
    expect(one("The Netherlands handed over 18 fighter jets to Ukraine on Monday.")).toEqual([
      "aid 072 [2024-06-10]",
    ]);
    expect(one("Hungary has refused to send weapons to Ukraine.")).toEqual([]);
  });
});

describe("reduced relatives and verb forms after prepositions", () => {
  it("reads 'in raids' as a noun, leaving the date to the arrest", () => {
    const x = extractBody(
      "Dozens of people were arrested in raids across the country on Tuesday, Turkish police said.",
      "June 15, 2024",
    );
    expect(summary(x)).toEqual(["arrest 173 [2024-06-11]"]);
  });

  it("keeps a gerund after a preposition a verb", () => {
    const x = extractBody(
      "Peru accused Chile of expelling two Peruvian diplomats on Monday.",
      "June 15, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["expulsion"]);
  });
});

describe("acts in wire copy", () => {
  it("reads a pledge to exchange data as planned cooperation of both parties", () => {
    const x = extractBody("Chile and Bolivia agreed on Monday to exchange border data.", "June 10, 2022");
    expect(eventRows(x)).toEqual([
      ["cooperation", "030", "2022-06-06", "participant:country:cl,participant:country:bo"],
    ]);
    expect(x.relations.map((r) => `${r.kind} ${r.sourceId} ${r.targetId}`)).toContain(
      "COOPERATES_WITH country:cl country:bo",
    );
  });

  it("reads a protest note sent to a state as a protest criticising it", () => {
    const x = extractBody(
      "The foreign ministry said Ghana had sent a protest note to Togo.",
      "June 10, 2022",
    );
    expect(eventRows(x)).toEqual([["diplomatic-protest", "114", "", "source:country:gh,target:country:tg"]]);
    expect(x.relations.map((r) => `${r.kind} ${r.sourceId} ${r.targetId}`)).toContain(
      "CRITICIZES country:gh country:tg",
    );
  });
});

describe("expulsions and coordinated dates", () => {
  it("reads 'ordered … diplomats to leave' as an expulsion, and 'ordered troops' as none", () => {
    const x = extractBody(
      "Latvia ordered two Belarusian diplomats in Riga to leave on Monday. Belarus ordered troops to the border.",
      "June 10, 2022",
    );
    expect(eventRows(x)).toEqual([["expulsion", "174", "2022-06-06", "source:country:lv,target:country:by"]]);
  });
});

describe("deployments by sending or stationing", () => {
  it("reads 'would send police officers to X next month' as a planned deployment", () => {
    const x = extractBody(
      "Kenya said it would send 200 police officers to Haiti next month.",
      "June 10, 2022",
    );
    expect(eventRows(x)).toEqual([["deployment", "154", "2022-07", "participant:country:ke"]]);
    expect(x.events[0]?.status).toBe("planned");
  });

  it("does not read a police station as stationing", () => {
    const x = extractBody("Officers at the police station in Lima questioned two men.", "June 10, 2022");
    expect(x.events).toEqual([]);
  });
});

describe("material aid", () => {
  it("reads 'to provide 20 million euros for …' and 'supplied wheat to X' as aid (CAMEO 070)", () => {
    const x = extractBody(
      "The World Bank will provide 20 million euros for new clinics. Turkey supplied wheat to Lebanon in May.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([
      ["aid", "070"],
      ["aid", "070"],
    ]);
  });
});

describe("events from the general lexicon", () => {
  it("dates a protest lodged 'on Monday' (past) and makes it a criticism of its target", () => {
    const x = extractBody("Vietnam on Monday lodged a formal protest against China over the survey.");
    expect(eventCodes(x)).toEqual([["diplomatic-protest", "114", "ACCUSE", "occurred", "2021-07-05"]]);
    expect(roles(x, "diplomatic-protest")).toEqual(["source:country:vn", "target:country:cn"]);
    expect(rels(x, "CRITICIZES")).toEqual(["country:vn>country:cn"]);
  });

  it("reads a halt of transit or imports as an embargo", () => {
    const x = extractBody("Latvia halted fertiliser imports last year.");
    expect(eventCodes(x)).toEqual([["sanctions", "163", "COERCE", "occurred", "2020"]]);
    expect(x.events[0]?.label).toBe("Fertiliser imports halted (Latvia)");
  });
});

describe("intent to negotiate", () => {
  it("'X and Y agreed on Friday to resume talks': 036, occurred, people and their states, cooperation", () => {
    const x = extractBody(
      "Peruvian President Rosa Quispe and Bolivian President Marco Choque agreed on Friday to resume talks on a shared railway.",
      SATURDAY,
    );
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({
      type: "meeting",
      cameo: "036",
      plover: "AGREE",
      status: "occurred",
      dates: [{ value: "2030-03-08", precision: "day" }],
    });
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual([
      "person:rosa-quispe",
      "person:marco-choque",
      "country:pe",
      "country:bo",
    ]);
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:pe>country:bo"]);
  });

  it.each([
    "Chile and Peru agreed to launch negotiations on fishing rights.",
    "Chile and Peru agreed to restart dialogue over the border.",
    "Chile and Peru agreed to revive stalled negotiations.",
  ])("reads '%s'", (text) => {
    const x = extractBody(text);
    expect(x.events.map((e) => [e.type, e.cameo, e.status])).toEqual([["meeting", "036", "occurred"]]);
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:cl>country:pe"]);
  });
});

describe("reducing relations", () => {
  it("reads cutting diplomatic ties as CAMEO 161", () => {
    const x = extractBody("Bolivia cut diplomatic ties with Peru in March 2019.", "June 10, 2022");
    expect(eventRows(x).map((e) => e.slice(0, 3))).toEqual([["relations-cut", "161", "2019-03"]]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toContain("country:bo");
  });

  it("reads suspending a treaty and closing a consulate as CAMEO 160", () => {
    const x = extractBody(
      "Chile suspended its friendship treaty with Bolivia on Monday. Bolivia retaliated by closing the Chilean consulate in La Paz.",
      "June 10, 2022",
    );
    expect(eventRows(x).map((e) => e.slice(0, 3))).toEqual([
      ["relations-reduced", "160", "2022-06-06"],
      ["relations-reduced", "160", ""],
    ]);
  });
});

describe("restricting movement and taking territory", () => {
  it("reads closing airspace or a border as CAMEO 191, with its PLOVER category", () => {
    const x = extractBody(
      "Niger closed its airspace to Beninese aircraft in May 2023. Benin sealed the border a year earlier.",
      "June 10, 2023",
    );
    expect(eventRows(x)[0]?.slice(0, 3)).toEqual(["border-closure", "191", "2023-05"]);
    expect(x.events.map((e) => e.cameo)).toEqual(["191", "191"]);
  });

  it("reads a rebel group seizing a province as CAMEO 192, not a seizure of property", () => {
    const x = extractBody(
      "The rebels of the Northern Front seized most of the province in 2021, Mali said.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([["territory-capture", "192"]]);
  });

  it("still reads a seized tanker as CAMEO 171", () => {
    const x = extractBody("Oman’s navy seized a tanker near Muscat on Tuesday.", "June 10, 2022");
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([["seizure", "171"]]);
  });
});

describe("use of force", () => {
  it("reads troops opening fire on a patrol as CAMEO 190 by their forces against the patrol's state", () => {
    const x = extractBody(
      "Peru said Bolivian troops had opened fire on a Peruvian patrol early on Thursday.",
      "June 10, 2022",
    );
    expect(eventRows(x)).toEqual([
      ["military-attack", "190", "2022-06-09", "source:org:bo:armed-forces,target:country:pe"],
    ]);
  });
});

describe("intent phrases over ties, agreements and cooperation", () => {
  it("reads 'agreed on <day> to fully restore an intelligence-sharing agreement' as occurred 064", () => {
    const x = extractBody(
      "Chile and Peru agreed on Thursday to fully restore a military intelligence-sharing agreement.",
      "November 04, 2023",
    );
    expect(eventStatuses(x)).toEqual([
      ["cooperation", "064", "occurred", "2023-11-02", "participant:country:cl,participant:country:pe"],
    ]);
    expect(x.events[0]?.label).toBe(
      "Agreement to restore military intelligence-sharing agreement (Chile, Peru)",
    );
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:cl>country:pe"]);
  });
  it("reads 'agreed to normalise relations' as an occurred intent to cooperate (030)", () => {
    const x = extractBody("Ghana and Togo agreed to normalise relations.", "November 04, 2023");
    expect(eventStatuses(x)).toEqual([
      ["cooperation", "030", "occurred", "", "participant:country:gh,participant:country:tg"],
    ]);
    expect(rels(x, "COOPERATES_WITH")).toEqual(["country:gh>country:tg"]);
  });
  it("codes a military object as intent to cooperate militarily (0312)", () => {
    const x = extractBody("Ghana and Togo agreed to expand defence cooperation.", "November 04, 2023");
    expect(eventStatuses(x).map((e) => e.slice(0, 3))).toEqual([["cooperation", "0312", "occurred"]]);
  });
  it("needs two parties", () => {
    const x = extractBody("Ghana agreed to renew the pact.", "November 04, 2023");
    expect(x.events).toEqual([]);
  });
});

describe("weapons tests and launches", () => {
  it("reads 'fired a ballistic missile into the sea' after a fronted time phrase, agent as source", () => {
    const x = extractBody(
      "Hours before the summit, Iran fired a ballistic missile into the sea.",
      "November 04, 2023",
    );
    expect(eventStatuses(x)).toEqual([["weapons-test", "150", "occurred", "", "source:country:ir"]]);
    expect(x.events[0]?.plover).toBe("MOBILIZE");
  });
  it("reads 'launched a missile test' and 'conducted a nuclear test' once each", () => {
    const x = extractBody("Russia launched a hypersonic missile test.", "November 04, 2023");
    expect(eventStatuses(x)).toEqual([["weapons-test", "150", "occurred", "", "source:country:ru"]]);
    const y = extractBody("Russia conducted a nuclear test.", "November 04, 2023");
    expect(eventStatuses(y)).toEqual([["weapons-test", "150", "occurred", "", "source:country:ru"]]);
  });
  it("keeps water cannon as coercion, not a weapons test", () => {
    const x = extractBody("China fired water cannon at a boat from Peru.", "November 04, 2023");
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([["coercion", "170"]]);
  });
  it("needs an agent", () => {
    const x = extractBody("A missile was fired into the sea.", "November 04, 2023");
    expect(x.events).toEqual([]);
  });
});

describe("lexicon breadth: round 8 families", () => {
  it("reads telephone talks in their other wordings as phone calls", () => {
    expect(kinds("Peru's president spoke on the telephone with Chile's president on Tuesday.")).toEqual([
      "meeting 041 2022-06-07",
    ]);
    expect(kinds("Peru's president held phone talks with Chile's president on Tuesday.")).toEqual([
      "meeting 041 2022-06-07",
    ]);
  });

  it("reads boarding a vessel as a seizure, but not boarding teams", () => {
    expect(kinds("Peru's coast guard boarded a Chilean trawler on Tuesday.")).toEqual([
      "seizure 171 2022-06-07",
    ]);
    expect(kinds("Peru said on Tuesday that boarding teams would inspect ships in its waters.")).toEqual([]);
  });

  it("reads a breached airspace and troops rushed to a border", () => {
    expect(kinds("Two Chilean jets breached Peruvian airspace on Tuesday.")).toEqual([
      "intrusion 150 2022-06-07",
    ]);
    expect(kinds("Chile rushed troops to its border with Peru on Tuesday.")).toEqual([
      "deployment 154 2022-06-07",
    ]);
    expect(kinds("Chile rushed to condemn the vote on Tuesday.")).toEqual([]);
  });

  it("reads prisoners set free and a wave of arrests", () => {
    expect(kinds("Peru set free three Chilean fishermen on Tuesday.")).toEqual(["release 084 2022-06-07"]);
    expect(kinds("Peru's police began a wave of arrests of Chilean smugglers on Tuesday.")).toEqual([
      "arrest 173 2022-06-07",
    ]);
  });
});

describe("lexicon breadth: hosting, notes, blacklists, shadowing, chasing away", () => {
  it("reads a counterpart hosted or received as a meeting, not a delegation of no state", () => {
    expect(kinds("Peru's foreign minister hosted his Chilean counterpart in Lima on Tuesday.")).toEqual([
      "meeting 040 2022-06-07",
    ]);
    expect(kinds("The hospital received 20 patients on Tuesday.")).toEqual([]);
  });

  it("reads a diplomatic note and a blacklisting", () => {
    expect(kinds("Peru sent a diplomatic note to Chile on Tuesday protesting the incursion.")).toEqual([
      "diplomatic-protest 114 2022-06-07",
    ]);
    expect(kinds("Peru placed three Chilean firms on a blacklist on Tuesday.")).toEqual([
      "sanctions 163 2022-06-07",
    ]);
  });

  it("reads a vessel shadowed and boats chased away", () => {
    expect(kinds("A Chilean warship shadowed the Peruvian research vessel Humboldt on Tuesday.")).toEqual([
      "show-of-force 150 2022-06-07",
    ]);
    expect(kinds("Peru's navy chased away two Chilean fishing boats on Tuesday.")).toEqual([
      "coercion 170 2022-06-07",
    ]);
  });

  it("does not take the sender's ship as the object of an infinitive of purpose", () => {
    expect(kinds("Peru's navy sent a frigate on Tuesday to shadow it.")).toEqual([
      "deployment 154 2022-06-07",
    ]);
  });
});

describe("the owner of a seized vessel or raided building is the target", () => {
  it("reads an agentless, dated interception of a named state's trawler as a seizure against that state", () => {
    const x = extractBody("A Chilean trawler was intercepted off Callao on Tuesday.", "June 10, 2022");
    expect(x.events.map((e) => [e.type, e.participants.map((p) => `${p.actorId}:${p.role}`)])).toEqual([
      ["seizure", ["country:cl:target"]],
    ]);
  });

  it("does not make an interception of nobody's vessel, undated, an event", () => {
    expect(kinds("A trawler was intercepted off Callao.")).toEqual([]);
  });
});

describe("seizures of gems", () => {
  it("reads diamonds and carats seized as a seizure", () => {
    const types = (body: string) => extractBody(body, "June 10, 2022").events.map((e) => e.type);
    expect(types("Chilean police seized more than 3,000 carats of rough stones on Monday.")).toContain(
      "seizure",
    );
    expect(types("Chilean customs confiscated rough diamonds worth $2 million on Monday.")).toContain(
      "seizure",
    );
    expect(types("Peruvian police impounded 40 gemstones at the airport on Monday.")).toContain("seizure");
    expect(types("Chilean police seized diamonds hidden in a truck on Monday.")).toContain("seizure");
    expect(types("Chile's mines produced 3,000 carats of diamonds last year.")).not.toContain("seizure");
  });
});

describe("a gerund after a determiner and modifiers is a noun", () => {
  it.each([
    ["Peru and Chile will hold the next regular meeting in Lima on Monday.", "meeting 036 2022-06-13"],
    ["Ghana and Togo held an urgent meeting in Accra on Monday.", "meeting 040 2022-06-06"],
    ["Ghana and Togo held the bloc’s annual ordinary meeting in Lomé on Monday.", "meeting 040 2022-06-06"],
    ["Peru and Chile attended their first joint meeting in Lima on Monday.", "meeting 040 2022-06-06"],
  ])("reads %j", (body, expected) => {
    expect(kinds(body)).toContain(expected);
  });

  it.each([
    // a preposition before the gerund: the act of an accused agent stays a verb
    ["Peru accused the Chilean army of bombing a village on Monday.", "military-attack"],
    ["Togo accused Ghanaian troops of raiding a market on Monday.", "raid"],
  ])("keeps the verb in %j", (body, type) => {
    expect(kinds(body).map((k) => k.split(" ")[0])).toContain(type);
  });
});

describe("a participle after a count modifies its noun", () => {
  it.each([
    "Relations improved in 2021, when Peru handed over 19 captured Chilean rebels to Santiago.",
    "Peru returned the two seized Chilean boats on Monday.",
    "Rebels shot dead the 12 detained soldiers on Monday.",
    "Chile freed three arrested Peruvian smugglers in 2020.",
  ])("reads no arrest or seizure from the participle in %j", (body) => {
    expect(kinds(body).filter((k) => /^(?:arrest|seizure)/.test(k))).toEqual([]);
  });

  it.each([
    "Police in Lima on Aug. 24 raided the offices of a monitoring group.",
    "Police said 14 arrested on Monday were still held.",
    "Chile in 2019 banned imports of Peruvian potatoes.",
  ])("keeps the verb after a day, a year or a bare count in %j", (body) => {
    expect(kinds(body)).toHaveLength(1);
  });
});
