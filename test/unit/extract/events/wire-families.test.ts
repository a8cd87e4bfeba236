// Event constructions common in wire copy: plural objects, fronted dates, possessive agents,
// coordinated event nouns, plans against past acts, passive breakdowns and negated acts.
// Made-up text only.
import { describe, expect, it } from "vitest";
import {
  coordinatedNouns,
  datedEitherSideOfReport,
} from "../../../../src/extract/events/mention-identity.ts";
import { objectForms, pluralOf } from "../../../../src/extract/events/object-nouns.ts";
import { extractBody } from "../helpers.ts";

const summary = (x: ReturnType<typeof extractBody>) =>
  x.events.map((e) => `${e.type} ${e.cameo} [${e.dates.map((d) => d.value).join(",")}]`);

describe("object nouns in the plural", () => {
  it("makes regular plurals and maps them back", () => {
    expect(pluralOf("treaty")).toBe("treaties");
    expect(pluralOf("border crossing")).toBe("border crossings");
    expect(pluralOf("embassy")).toBe("embassies");
    expect(pluralOf("ports")).toBeUndefined();
    const forms = objectForms(["pact", "treaty"]);
    expect(forms.listed.get("pacts")).toBe("pact");
    expect(forms.listed.get("treaties")).toBe("treaty");
  });

  it("reads a signing of several agreements as one signing", () => {
    const x = extractBody(
      "Peru and Chile signed four trade agreements on Monday. The agreements, signed in Lima by the two ministers, cover fishing.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["agreement 057 [2023-05-01]"]);
  });
});

describe("a date fronted before the clause", () => {
  it("dates every past act of the sentence", () => {
    const x = extractBody(
      "Peru accused Chile of provocations. On March 2, a Chilean navy ship entered Peruvian waters and its crew detained two fishermen.",
      "March 9, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2024-03-02]", "arrest 173 [2024-03-02]"]);
  });

  it("leaves a date inside the clause to the nearest act", () => {
    const x = extractBody(
      "Chile said Peru had detained two fishermen, who were released on March 2.",
      "March 9, 2024",
    );
    expect(summary(x)).toEqual(["arrest 173 []", "release 084 [2024-03-02]"]);
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
  it("joins coordinated event nouns of one type", () => {
    const x = extractBody(
      "The European Union will impose travel bans and asset freezes on six officials of Belarus from June 1.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["sanctions 163 [2023-06-01]"]);
  });

  it("keeps a plan apart from a past act on the same object", () => {
    const x = extractBody(
      "Finland said it would close two border crossings with Russia from July 1. Finland shut the Vaalimaa crossing in March 2022.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["border-closure 191 [2023-07-01]", "border-closure 191 [2022-03]"]);
  });

  it("reads undated passives as a breakdown of a dated arrest", () => {
    const x = extractBody(
      "Police in Chile arrested 12 people on Tuesday. Eight suspects were detained in Santiago. Four others were arrested in Arica.",
      "May 4, 2023",
    );
    expect(summary(x)).toEqual(["arrest 173 [2023-05-02]"]);
  });

  it("compares mention dates with the report's", () => {
    const m = (value: string) => ({
      trigger: {} as never,
      participants: [],
      dates: [{ start: 0, end: 0, text: "", value, precision: "month" as const }],
    });
    expect(datedEitherSideOfReport(m("2023-07"), m("2022-03"), "2023-05-03")).toBe(true);
    expect(datedEitherSideOfReport(m("2023-05"), m("2022-03"), "2023-05-03")).toBe(false);
    expect(coordinatedNouns(m("2023-07"), m("2023-07"), "")).toBe(false);
  });
});

describe("negated acts", () => {
  it("reads a negated arrest as no event", () => {
    const x = extractBody(
      "The gang’s leader was not among those detained, Peruvian police said. He had never been arrested.",
      "May 3, 2023",
    );
    expect(x.events).toHaveLength(0);
  });

  it("still reads the arrest itself", () => {
    const x = extractBody("Peruvian police detained the gang’s leader on Friday.", "May 3, 2023");
    expect(summary(x)).toEqual(["arrest 173 [2023-04-28]"]);
  });
});

describe("subjects shared by coordinated verbs", () => {
  it("gives a named minister's second act the minister as agent", () => {
    const x = extractBody(
      "Foreign Minister Anna Lind summoned Russia’s chargé d’affaires, Pavel Orlov, on Monday and handed him a protest note.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["envoy-summoned 114 [2023-05-01]", "diplomatic-protest 114 [2023-05-01]"]);
    expect(x.events[1]?.participants).toContainEqual({ actorId: "person:anna-lind", role: "source" });
  });

  it("reads the main clause subject after a reported clause and dates the act to the saying", () => {
    const x = extractBody(
      "LIMA, May 3 — Peru’s government said on Tuesday that the vote would be delayed, and ordered three Bolivian diplomats to leave the country.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["expulsion 174 [2023-05-02]"]);
    expect(x.events[0]?.participants).toContainEqual({ actorId: "country:pe", role: "source" });
  });

  it("does not take the main subject across a plain 'and'", () => {
    const x = extractBody(
      "Peru said the vote would be delayed because three diplomats were told to leave the country.",
      "May 3, 2023",
    );
    expect(x.events).toHaveLength(0);
  });
});

describe("meetings of joint bodies", () => {
  it("reads a joint commission's meeting as having its parties", () => {
    const x = extractBody(
      "The joint fisheries commission last met in Tromso in March. A bilateral working group on trade will meet in Oslo in June.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["meeting 040 [2023-03]", "meeting 036 [2023-06]"]);
  });

  it("still needs two parties for a single body's meeting", () => {
    const x = extractBody("The fisheries commission last met in Tromso in March.", "May 3, 2023");
    expect(x.events).toHaveLength(0);
  });
});

describe("passives without an agent", () => {
  it("keeps a dated passive act that names whom it hit", () => {
    const x = extractBody(
      "Two Chilean journalists were expelled in April for their reporting.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["expulsion 174 [2023-04]"]);
  });

  it("drops an undated one", () => {
    const x = extractBody("Two Chilean journalists were expelled for their reporting.", "May 3, 2023");
    expect(x.events).toHaveLength(0);
  });
});

describe("an opening date given by a later mention", () => {
  it("dates a planned exercise from 'the drills … starting on'", () => {
    const x = extractBody(
      "Chile and Peru said their navies would hold a joint exercise next month. The drills will take place off Arica over four days starting on June 12.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["military-exercise 062 [2023-06,2023-06-12]"]);
  });

  it("ignores a date that does not open the act", () => {
    const x = extractBody(
      "Chile and Peru said their navies would hold a joint exercise next month. The drills were agreed in Lima on April 2.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["military-exercise 062 [2023-06]"]);
  });
});

describe("pronoun subjects", () => {
  it("adds the speaker to 'she and her <demonym> counterpart'", () => {
    const x = extractBody(
      "Peruvian Foreign Minister Rosa Vidal said she and her Chilean counterpart would meet in Arica in June.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["meeting 036 [2023-06]"]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toEqual(["person:rosa-vidal", "country:cl"]);
  });

  it("reads a sentence-opening 'They' as the parties of the act just told", () => {
    const x = extractBody(
      "Peru and Chile agreed on Monday to resume talks on fishing. They also agreed to set up a hotline between their coast guards.",
      "May 3, 2023",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting", "cooperation"]);
    expect(x.events[1]?.participants.map((p) => p.actorId)).toEqual(["country:pe", "country:cl"]);
  });

  it("leaves a 'They' with no two-party act before it alone", () => {
    const x = extractBody("Peru raised fees. They also agreed to set up a hotline.", "May 3, 2023");
    expect(x.events.map((e) => e.type)).not.toContain("cooperation");
  });
});

describe("acts named only as a topic", () => {
  it("reads 'to discuss joint patrols' as no exercise", () => {
    const x = extractBody(
      "Chile and Peru will meet in Lima in June to discuss joint patrols.",
      "May 3, 2023",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
  });

  it("still reads planned joint patrols", () => {
    const x = extractBody("Chile and Peru will hold joint patrols along the border in June.", "May 3, 2023");
    expect(x.events.map((e) => e.type)).toEqual(["military-exercise"]);
  });
});

describe("'the two governments'", () => {
  it("are the two states the story has told most about, not one named in passing", () => {
    const x = extractBody(
      "Chile and Peru arrested 20 smugglers on Monday. Chile said Peru had helped. The leader fled to Bolivia, Chilean police said. The two governments signed a security pact in March.",
      "May 3, 2023",
    );
    const pact = x.events.find((e) => e.type === "agreement");
    expect(pact?.participants.map((p) => p.actorId).sort()).toEqual(["country:cl", "country:pe"]);
  });
});

describe("seizures of contraband", () => {
  it("reads customs officers intercepting containers as a seizure by their states", () => {
    const x = extractBody(
      "Belgian and Dutch customs officers intercepted four containers of cocaine in May.",
      "June 3, 2023",
    );
    expect(summary(x)).toEqual(["seizure 171 [2023-05]"]);
  });
});

describe("intrusions told by verbs of motion", () => {
  it("dates an intrusion from a later 'flew … into' sentence", () => {
    const x = extractBody(
      "Latvia said a Russian military drone violated its airspace. The drone flew about three kilometres into Latvian airspace on Monday night.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2023-05-01]"]);
  });

  it("reads no intrusion in passage through international airspace", () => {
    const x = extractBody(
      "Russian bombers flew through international airspace over the Baltic Sea on Monday, NATO said.",
      "May 3, 2023",
    );
    expect(x.events).toHaveLength(0);
  });

  it("reads no intrusion in a flight that does not go into the airspace", () => {
    const x = extractBody("Russian jets flew near Latvian airspace on Monday.", "May 3, 2023");
    expect(x.events).toHaveLength(0);
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

describe("more act families of wire copy", () => {
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

  it("reads 'agreed to a ceasefire' as a ceasefire agreed, dated in the past", () => {
    const x = extractBody("Armenia and Azerbaijan agreed to a ceasefire on Tuesday.", "June 14, 2024");
    expect(x.events.map((e) => [e.type, e.status, e.dates.map((d) => d.value)])).toEqual([
      ["ceasefire", "occurred", ["2024-06-11"]],
    ]);
  });

  it("keeps 'agreed to hold talks' planned", () => {
    const x = extractBody(
      "Armenia and Azerbaijan agreed to hold talks in Almaty next month.",
      "June 14, 2024",
    );
    expect(x.events.map((e) => e.status)).toEqual(["planned"]);
  });

  it("reads a violated ceasefire as no new ceasefire", () => {
    expect(
      one("Pakistan accused India of violating the ceasefire along the Line of Control on Monday."),
    ).toEqual([]);
    expect(one("India and Pakistan agreed to a new ceasefire on Monday.")).toEqual([
      "ceasefire 087 [2024-06-10]",
    ]);
  });
});

describe("agents with modifiers and passive call-offs", () => {
  it("reads 'a Chinese survey ship entered' with the demonym as agent", () => {
    const x = extractBody(
      "Japan protested after a Chinese survey ship entered Japanese territorial waters on Sunday.",
      "June 14, 2024",
    );
    const intrusion = x.events.find((e) => e.type === "intrusion");
    expect(intrusion?.participants).toContainEqual({ actorId: "country:cn", role: "source" });
    expect(intrusion?.dates.map((d) => d.value)).toEqual(["2024-06-09"]);
  });

  it("reads a research vessel entering an economic zone as an intrusion", () => {
    const x = extractBody(
      "Greece said a Turkish research vessel had entered its exclusive economic zone on Monday.",
      "June 14, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2024-06-10]"]);
  });

  it("reads talks 'were postponed' after the noun as called off, by the parties told before", () => {
    const x = extractBody(
      "Serbia and Kosovo agreed to hold talks in Brussels. The talks, which were due on Monday, were postponed.",
      "June 14, 2024",
    );
    const off = x.events.find((e) => e.negated);
    expect(off?.cameo).toBe("164");
    expect(off?.participants.map((p) => p.actorId)).toEqual(["country:rs", "country:xk"]);
  });

  it("does not call off talks that another act was postponed after", () => {
    const x = extractBody(
      "Serbia and Kosovo held talks in Brussels on Monday. A vote in parliament was postponed.",
      "June 14, 2024",
    );
    expect(x.events.some((e) => e.negated)).toBe(false);
  });
});

describe("coordinated intents and other people expelled", () => {
  it("keeps 'agreed to X and to Y' as two undertakings of the agreeing day, each in its own field", () => {
    const x = extractBody(
      "Iraq and Turkey agreed on Thursday to set up a joint security committee and to expand trade.",
      "June 14, 2024",
    );
    expect(summary(x)).toEqual(["cooperation 0312 [2024-06-13]", "cooperation 0311 [2024-06-13]"]);
  });

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

  it("does not read a released report or exchanged views as a release", () => {
    expect(extractBody("Iran released its annual report on Monday.", "June 14, 2024").events).toHaveLength(0);
    expect(extractBody("Iran and Iraq exchanged views on Monday.", "June 14, 2024").events).toHaveLength(0);
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

describe("acts only sought", () => {
  it("reads a warrant for an arrest, a demanded release and called-for sanctions as no acts", () => {
    for (const text of [
      "The court issued a warrant for the arrest of the Peruvian leader in March.",
      "Chile called for tougher sanctions on Peru on Monday.",
      "Peru demanded the immediate expulsion of three Chilean diplomats on Monday.",
    ])
      expect(extractBody(text, "June 14, 2024").events.map((e) => e.type)).toEqual([]);
  });

  it("still reads sanctions imposed", () => {
    const x = extractBody("Chile imposed sanctions on Peru on Monday.", "June 14, 2024");
    expect(x.events.map((e) => e.type)).toEqual(["sanctions"]);
  });
});

describe("guards on fronted dates and negation", () => {
  it("does not give a fronted report date to an act inside the report", () => {
    const x = extractBody("On Monday, Chile said Peru had detained two Chilean fishermen.", "June 14, 2024");
    expect(summary(x)).toEqual(["arrest 173 []"]);
  });

  it("reads 'not only arrested' as an arrest", () => {
    const x = extractBody(
      "Peruvian police not only arrested the two men on Monday but also seized their boat.",
      "June 14, 2024",
    );
    expect(x.events.map((e) => e.type)).toContain("arrest");
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

  it("does not read a charm offensive's target or a police operation as force", () => {
    expect(one("Chile and Peru ran a joint police operation against smugglers on Monday.")).not.toContain(
      "military-attack 190 [2024-06-10]",
    );
  });
});

describe("figurative offensives", () => {
  it("reads a charm offensive as no attack", () => {
    expect(
      extractBody("China launched a charm offensive in Africa on Monday.", "June 14, 2024").events,
    ).toHaveLength(0);
  });
});

describe("acts set ahead by a participle after them", () => {
  it("reads 'an exercise scheduled for Monday' as planned and dates it forwards", () => {
    const x = extractBody(
      "Chile said a naval exercise scheduled for Monday would go ahead.",
      "June 14, 2024",
    );
    expect(x.events.map((e) => [e.type, e.status, e.dates.map((d) => d.value)])).toEqual([
      ["military-exercise", "planned", ["2024-06-17"]],
    ]);
  });

  it("leaves 'an exercise held on Monday' in the past", () => {
    const x = extractBody("Chile said a naval exercise held on Monday had gone well.", "June 14, 2024");
    expect(x.events.map((e) => [e.status, e.dates.map((d) => d.value)])).toEqual([
      ["occurred", ["2024-06-10"]],
    ]);
  });
});

describe("troops leaving", () => {
  it("reads forces that left a country, through a relative pronoun, as a withdrawal", () => {
    const x = extractBody(
      "Mali demanded the withdrawal of French special forces, who left the country in February.",
      "June 14, 2024",
    );
    expect(summary(x)).toEqual(["troop-withdrawal 087 [2024-02]"]);
  });

  it("reads 'Russian forces left Kherson' and not a minister leaving", () => {
    expect(summary(extractBody("Russian forces left Kherson in November.", "June 14, 2024"))).toEqual([
      "troop-withdrawal 087 [2023-11]",
    ]);
    expect(
      extractBody("The Russian minister left Kherson in November.", "June 14, 2024").events,
    ).toHaveLength(0);
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

describe("reduced relatives and verb forms after prepositions", () => {
  it("reads 'The tanker, seized by Iran on Friday, was carrying oil' with the tanker as object", () => {
    const x = extractBody("The tanker, seized by Iran on Friday, was carrying oil.", "June 15, 2024");
    expect(summary(x)).toEqual(["seizure 171 [2024-06-14]"]);
    expect(x.events[0]?.label).not.toMatch(/oil/i);
  });

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
