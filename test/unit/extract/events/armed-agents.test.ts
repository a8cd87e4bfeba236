// Tests of src/extract/events/armed-agents.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, kinds, sources, summary, summaryWithStatus } from "../helpers.ts";

describe("unnamed armed attackers", () => {
  it("reads gunmen killing people and rebels seizing towns as acts without a named agent", () => {
    const x = extractBody(
      "Gunmen killed seven villagers near the Malian border on Sunday, police said.",
      "May 3, 2023",
    );
    expect(summaryWithStatus(x).map((s) => s.split(" [")[0])).toEqual(["military-attack 190 occurred"]);
    const y = extractBody(
      "The rebels seized the town of Rutshuru on Monday, local officials said.",
      "May 3, 2023",
    );
    expect(y.events.map((e) => `${e.type} ${e.dates.map((d) => d.value)}`)).toEqual([
      "territory-capture 2023-05-01",
    ]);
  });

  it("needs the armed noun right before the verb, not anywhere in the sentence", () => {
    const x = extractBody(
      "Villagers said on Sunday that a storm killed seven people who had fled the rebels.",
      "May 3, 2023",
    );
    expect(x.events).toEqual([]);
  });
});

describe("denials", () => {
  it("reports no act for a denial", () => {
    const x = extractBody("Chad’s army denied that its soldiers had fired on civilians.", "May 3, 2023");
    expect(x.events).toEqual([]);
  });

  it("keeps the act when the denial is about something else", () => {
    const x = extractBody(
      "Chad’s army fired on civilians near Abéché on Monday, witnesses said.",
      "May 3, 2023",
    );
    expect(x.events.map((e) => e.type)).toEqual(["military-attack"]);
  });
});

describe("the toll of a named act", () => {
  it("reads clashes that killed people as one attack, not two", () => {
    const x = extractBody(
      "Clashes between Chad and Niger on Monday killed four soldiers, officials said.",
      "May 3, 2023",
    );
    expect(x.events.map((e) => e.type)).toEqual(["military-attack"]);
  });

  it("still reads militants who killed people as an attack", () => {
    const x = extractBody("Suspected militants killed four soldiers near Kano on Monday.", "May 3, 2023");
    expect(x.events.map((e) => e.type)).toEqual(["military-attack"]);
  });
});

describe("more verbs and nouns of force, arrest and expulsion", () => {
  it("reads an agentless mortar attack on a post as an attack, dated by what it killed", () => {
    expect(kinds("A mortar attack on a Peruvian border post killed two soldiers on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });
});

describe("unnamed attackers and forces", () => {
  it("keeps a killing by gunmen described by a phrase", () => {
    const x = extractBody(
      "Gunmen on horseback killed nine farmers in Zamfara state on Saturday, police said.",
      "June 4, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-01]"]);
  });

  it("keeps a town retaken by government troops", () => {
    const x = extractBody(
      "Government troops retook the town of Kidal on Sunday after two days of fighting.",
      "June 4, 2024",
    );
    expect(x.events.map((e) => `${e.type} [${e.dates.map((d) => d.value).join(",")}]`)).toContain(
      "territory-capture [2024-06-02]",
    );
  });

  it("gives a verb coordinated with such a subject the same standing", () => {
    const x = extractBody(
      "Gendarmes arrested six suspects near Dori on Monday and seized rifles hidden in a lorry.",
      "June 4, 2024",
    );
    expect(summary(x)).toEqual(["arrest 173 [2024-06-03]", "seizure 171 [2024-06-03]"]);
  });

  it("keeps an unnamed vessel entering a zone an intrusion", () => {
    const x = extractBody(
      "Manila said the vessel had entered the Philippines' exclusive economic zone on Dec 30.",
      "January 9, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2023-12-30]"]);
  });

  it("keeps a destroyer entering waters an intrusion", () => {
    const x = extractBody(
      "Oslo said the destroyer had entered Norwegian waters on Monday.",
      "January 9, 2024",
    );
    expect(summary(x)).toEqual(["intrusion 150 [2024-01-08]"]);
  });
});

describe("victims in the passive", () => {
  it("keeps a dated killing whose attackers are unnamed", () => {
    const x = extractBody(
      "Eleven traders were killed on Tuesday when a market near Gao was attacked, officials in Mali said.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-04]"]);
  });

  it("leaves a running toll alone", () => {
    const x = extractBody(
      "More than 2,000 civilians have been killed in the region since 2019, Mali said.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });

  it("takes the group claiming the act as its source", () => {
    const x = extractBody(
      "Eight soldiers were killed in an ambush claimed by al-Shabaab on Friday, Somalia said.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["org:al-shabaab"]);
  });

  it("keeps victims of another kind a separate attack", () => {
    const x = extractBody(
      "Al-Shabaab said its fighters had shot down a helicopter. In Kenya, three police officers were killed by a roadside bomb near Mandera, Nairobi said.",
      "June 6, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["military-attack", "military-attack"]);
  });
});

describe("more ways wire copy tells an attack", () => {
  it("reads victims who died in an ambush as an attack", () => {
    const x = extractBody(
      "Six soldiers died in an ambush near Menaka on Saturday, the army said.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-01]"]);
  });

  it("leaves a death without a violent cause alone", () => {
    const x = extractBody("Three soldiers died in a training accident on Monday.", "June 6, 2024");
    expect(x.events).toEqual([]);
  });

  it("keeps a dated attack on a target whose authors are not named", () => {
    const x = extractBody(
      "Kenya condemned the attack on its embassy in Mogadishu on Monday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-03]"]);
  });
});

describe("acts told across sentences and clauses", () => {
  it("takes the ship heading a 'that it said' clause as the agent", () => {
    const x = extractBody(
      "Manila protested to the crew of a Chinese coast guard ship that it said rammed a Philippine supply boat.",
      "June 6, 2024",
    );
    expect(sources(x)).toContain("org:cn:coast-guard");
  });

  it("keeps a counted group detained in the passive an arrest", () => {
    const x = extractBody(
      "The three crew members, two Hondurans and a Guatemalan, were detained.",
      "June 6, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["arrest"]);
  });

  it("leaves an uncounted passive without date or party alone", () => {
    const x = extractBody("Those responsible will be detained.", "June 6, 2024");
    expect(x.events).toEqual([]);
  });
});

describe("a raid dated by a weekday possessive", () => {
  it("keeps Tuesday's raid on offices as an act without named authors", () => {
    const x = extractBody(
      "Tuesday's raid on the opposition offices in Tbilisi drew protests.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["raid 171 [2024-06-04]"]);
  });

  it("leaves undated raids in an analyst's pattern alone", () => {
    const x = extractBody(
      "The analyst said the attack fitted a pattern of raids on markets.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });
});

describe("finds, deadlines to leave, bombs going off", () => {
  it("reads a car bomb going off as one attack with its toll", () => {
    const x = extractBody(
      "A car bomb exploded outside an army base in Mogadishu on Saturday, killing five soldiers.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-01]"]);
  });

  it("reads a convoy described in a relative clause and then attacked as an attack", () => {
    const x = extractBody(
      "The convoy, which was carrying food aid, was attacked near Kassala on Friday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-05-31]"]);
  });

  it("keeps a force reporting its own seizure", () => {
    const x = extractBody(
      "Police said they had dismantled a smuggling ring and seized 40 rifles in Guerrero on Wednesday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["seizure 171 [2024-06-05]"]);
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

describe("seizures of contraband", () => {
  it("reads customs officers intercepting containers as a seizure by their states", () => {
    const x = extractBody(
      "Belgian and Dutch customs officers intercepted four containers of cocaine in May.",
      "June 3, 2023",
    );
    expect(summary(x)).toEqual(["seizure 171 [2023-05]"]);
  });
});

describe("unnamed attackers before a relative pronoun, and unnamed intruders of networks", () => {
  it("reads 'the rebels who attacked … on Monday night' as an attack that day", () => {
    expect(
      kinds(
        "Chile on Wednesday accused Peru of sheltering the rebels who attacked a border post near Arica on Monday night, killing three soldiers.",
      ),
    ).toEqual(["military-attack 190 2022-06-06"]);
    expect(kinds("Police said the gunmen who had stormed the village on Monday fled north.")).toEqual([
      "raid 171 2022-06-06",
    ]);
  });

  it("reads hackers and intruders as unnamed agents of a cyberattack", () => {
    expect(
      kinds("The cyber agency said hackers had broken into the ministry's email servers in early May."),
    ).toEqual(["cyberattack 176 2022-05"]);
    expect(
      kinds("The cyber agency said the intruders had entered the ministry's email servers in early May."),
    ).toEqual(["cyberattack 176 2022-05"]);
  });
});

describe("unnamed forces and craft as doers of takings (published Friday 2022-06-10)", () => {
  it("reads a day between the force and its verb", () => {
    expect(kinds("Police in Lusaka on Monday raided the offices of an opposition party.")).toContain(
      "raid 171 2022-06-06",
    );
  });

  it("reads a craft as the doer of a seizure or show of force", () => {
    expect(
      kinds("The navy said one of its patrol boats intercepted a trawler on Saturday and detained its crew."),
    ).toContain("seizure 171 2022-06-04");
    expect(kinds("A Russian corvette shadowed a Latvian research ship on Monday.")[0]).toMatch(
      /^show-of-force/,
    );
  });

  it("reads a coordinated taking after such a subject in a reported or 'after' clause", () => {
    expect(
      kinds(
        "The army said that troops had killed four smugglers on Sunday and seized 600,000 pills and two rifles.",
      ),
    ).toContain("seizure 171 2022-06-05");
    expect(
      kinds("Prosecutors said that police had raided a dozen homes on Wednesday and seized rifles.").some(
        (k) => k.startsWith("seizure 171"),
      ),
    ).toBe(true);
  });

  it("not a taking by no one", () => {
    expect(kinds("Officials in Lusaka said on Monday that weapons were seized.")).toEqual([]);
  });
});

describe("acts told only inside a rejected report (round 15)", () => {
  it.each([
    "Peru rejected reports that its border guards had arrested two Chileans on Monday.",
    "Peru dismissed claims that its navy had seized a Chilean trawler on Monday.",
    "Peru rejected as false allegations that its troops had crossed into Chilean territory.",
    "Peru on Monday dismissed the accusations that its jets had violated Chilean airspace.",
  ])("reads no act in %j", (body) => {
    expect(kinds(body)).toEqual([]);
  });

  it("keeps an act reported beside a rejected claim about something else", () => {
    expect(
      kinds("Peruvian police arrested two Chileans on Monday and rejected claims of mistreatment."),
    ).toEqual(["arrest 173 2022-06-06"]);
  });
});

describe("one clause-subject model for unnamed forces", () => {
  const types = (body: string) => extractBody(body, "June 6, 2024").events.map((e) => e.type);

  it.each([
    // a relative clause of the noun's own before the verb
    ["Officers who raided the compound seized forty rifles on Monday, the ministry said.", "seizure"],
    [
      "Officers who stopped the lorry at Kara on Monday found 300 kilograms of cocaine, police said.",
      "seizure",
    ],
    // the verb after a comma in a list of the noun's acts
    ["Gunmen on motorbikes reached the market on Monday, killed four traders and fled.", "military-attack"],
    [
      "The rebels crossed the river on Sunday, seized a fishing boat and burned it, officials said.",
      "seizure",
    ],
    // a describing phrase after the noun
    [
      "Smugglers armed with knives attacked a customs post near Tessalit on Friday, officials said.",
      "military-attack",
    ],
    // unnamed officers, sailors and raiders
    ["Sailors boarded the trawler off Jaffna on Monday, the navy said.", "seizure"],
    ["Militiamen stormed the town hall in Beni on Friday, witnesses said.", "military-attack"],
  ])("reads %j", (body, type) => {
    expect(types(body)).toContain(type);
  });

  it.each([
    // a passive in a reported clause: the noun reports, it does not act
    "Police said the boat was seized on Monday.",
    "Investigators told reporters that the ship had been boarded on Monday.",
    // the noun heads a clause of its own; the verb belongs to a relative of someone else
    "The police, which said the boat was stopped on Monday, declined to comment.",
    // a gerund after a bare comma adds a toll, no second act by the subject
    "Officers arrived at the scene on Monday, finding the trawler already gone.",
  ])("reads no act by the noun in %j", (body) => {
    expect(types(body)).toEqual([]);
  });
});
