// Acts of force and coercion in wire constructions (events round 6): vessels detained, act nouns
// with "of", unnamed attackers and forces, victims in the passive, a body's own forces, claims of
// responsibility, and the words around them that are no act. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const summary = (x: ReturnType<typeof extractBody>) =>
  x.events.map((e) => `${e.type} ${e.cameo} [${e.dates.map((d) => d.value).join(",")}]`);
const sources = (x: ReturnType<typeof extractBody>) =>
  x.events.map((e) =>
    e.participants
      .filter((p) => p.role === "source")
      .map((p) => p.actorId)
      .join(","),
  );

describe("a detained vessel", () => {
  it("is a seizure, not an arrest", () => {
    const x = extractBody(
      "Japan's coast guard detained a Chinese fishing trawler off Okinawa on Sunday.",
      "May 9, 2023",
    );
    expect(summary(x)).toEqual(["seizure 171 [2023-05-07]"]);
  });

  it("leaves the crew of a vessel an arrest", () => {
    const x = extractBody(
      "Japan's coast guard detained the captain of a Chinese fishing trawler off Okinawa on Sunday.",
      "May 9, 2023",
    );
    expect(summary(x)).toEqual(["arrest 173 [2023-05-07]"]);
  });

  it("keeps a date held far off by a long object and place", () => {
    const x = extractBody(
      "Malaysia's navy detained three Thai-flagged trawlers and their 30 crew members in waters east of the Tioman archipelago on Friday.",
      "May 9, 2023",
    );
    expect(summary(x)).toEqual(["seizure 171 [2023-05-05]"]);
  });
});

describe("an act written as a noun with 'of'", () => {
  it("reads the closure of crossings as a border closure", () => {
    const x = extractBody(
      "Chad ordered the closure of four border crossings with Sudan on Monday.",
      "April 3, 2024",
    );
    expect(summary(x)).toEqual(["border-closure 191 [2024-04-01]"]);
  });

  it("reads a dated seizure of a ship in the background as its own act", () => {
    const x = extractBody(
      "Peru's navy seized a tanker on Monday. Tension has run high since the seizure of a Chilean trawler in 2018.",
      "April 3, 2024",
    );
    expect(summary(x)).toEqual(["seizure 171 [2024-04-01]", "seizure 171 [2018]"]);
  });

  it("needs an object the verb would take", () => {
    const x = extractBody("The closure of the school in Niamey angered parents on Monday.", "April 3, 2024");
    expect(x.events).toEqual([]);
  });
});

describe("one verb for two types", () => {
  it("lets the first object decide: troops and artillery are a deployment", () => {
    const x = extractBody(
      "Nigeria is sending troops and artillery to the north-east, the army said.",
      "April 3, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["deployment"]);
  });

  it("keeps weapons sent first military aid", () => {
    const x = extractBody(
      "Poland is sending artillery and ammunition to Ukraine, the defence ministry said.",
      "April 3, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["aid"]);
  });

  it("reads a bare verb before the noun it modifies as no verb", () => {
    const x = extractBody(
      "Kenyan soldiers guard supply routes near the border with Somalia, Nairobi said.",
      "April 3, 2024",
    );
    expect(x.events).toEqual([]);
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

describe("a body's own forces", () => {
  it("makes the reporting body the agent of 'its warplanes had struck'", () => {
    const x = extractBody(
      "The Nigerian army said in a statement that its warplanes had struck three militant camps on Tuesday.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["org:ng:army"]);
  });

  it("gives a person speaking no forces", () => {
    const x = extractBody(
      "Analyst Musa Bello said its warplanes had struck three militant camps on Tuesday.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });

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

describe("words around force that are no act", () => {
  it("reads an attack noun after a killing as its setting", () => {
    const x = extractBody(
      "France said its forces had killed a militant commander in an air strike in Mali on Monday.",
      "June 6, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["military-attack"]);
  });

  it("still reads an air strike carried out as an attack", () => {
    const x = extractBody(
      "The United States said it had carried out an air strike against al-Shabaab on Monday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-03]"]);
  });

  it("reads borders that meet as geography", () => {
    const x = extractBody(
      "The attack happened in the area where the borders of Chad, Niger and Nigeria meet.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });

  it("still reads ministers who meet as a meeting", () => {
    const x = extractBody(
      "The foreign ministers of Chad and Niger will meet in Niamey on Friday.",
      "June 6, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
  });

  it("does not read a noun behind 'said' as the object of the next verb", () => {
    const x = extractBody(
      "The African Union, which has 11,000 soldiers in Somalia, said it would hand over two bases next month.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
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

  it("keeps a weapon named as the subject the act", () => {
    const x = extractBody("A roadside bomb killed four police officers in Mosul on Sunday.", "June 6, 2024");
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-02]"]);
  });

  it("reads gangs killing people in an attack as one act", () => {
    const x = extractBody(
      "Gangs killed at least 40 people in an attack on the town of Mirebalais on Thursday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-06]"]);
  });

  it("keeps a dated attack on a target whose authors are not named", () => {
    const x = extractBody(
      "Kenya condemned the attack on its embassy in Mogadishu on Monday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-03]"]);
  });

  it("reads attacks only feared as no act", () => {
    const x = extractBody(
      "The minister said Chad would not tolerate attacks on its border posts.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });

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

  it("reads a raid after a killing as where it happened", () => {
    const x = extractBody(
      "Colombian troops killed six rebels in a bombing raid in Arauca on Monday.",
      "June 6, 2024",
    );
    expect(x.events.map((e) => e.type)).toEqual(["military-attack"]);
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

  it("dates an act from a definite noun re-telling it", () => {
    const x = extractBody(
      "Manila protested to the crew of a Chinese coast guard ship that it said rammed a Philippine supply boat. A spokeswoman said the ramming on Monday was illegal.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["coercion 170 [2024-06-03]"]);
  });

  it("dates a seized tanker from 'the vessel' intercepted later", () => {
    const x = extractBody(
      "Iran's navy said it had seized a tanker carrying smuggled fuel. The vessel was intercepted near Qeshm island on Wednesday, state media said.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["seizure 171 [2024-06-05]"]);
  });

  it("reads a habit as no act", () => {
    const x = extractBody(
      "Vietnamese fishing boats in the area are routinely chased away or detained.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
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

  it("makes the subject of a passive accusation the agent of the act", () => {
    const x = extractBody(
      "Eritrean troops were accused of killing hundreds of civilians in Axum in 2020.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["org:er:armed-forces"]);
  });
});

describe("attacks that are words and acts that are habits", () => {
  it("reads a law called an attack on press freedom as no attack", () => {
    const x = extractBody(
      "Amnesty International called the new law an attack on press freedom.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });

  it("reads a decision described as an attack on sovereignty as no attack", () => {
    const x = extractBody(
      "Hungary's foreign minister described the EU decision as an attack on national sovereignty on Monday.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
  });

  it("reads detentions every week as a habit", () => {
    const x = extractBody(
      "The ministry said 14 migrants were detained near the border every week.",
      "June 6, 2024",
    );
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

describe("more acts written as nouns", () => {
  it("reads the killing of aid workers and the downing of a drone as attacks", () => {
    const killing = extractBody(
      "The killing of three aid workers in Darfur on Monday drew condemnation.",
      "June 6, 2024",
    );
    expect(summary(killing)).toEqual(["military-attack 190 [2024-06-03]"]);
    const downing = extractBody(
      "Ankara protested the downing of a Turkish drone over Libya on Friday.",
      "June 6, 2024",
    );
    expect(summary(downing)).toEqual(["military-attack 190 [2024-05-31]"]);
  });

  it("reads the capture of a town as a capture", () => {
    const x = extractBody(
      "The capture of the town of Pokrovsk by Russian forces on Sunday cut a supply line.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["territory-capture 192 [2024-06-02]"]);
  });

  it("keeps the dated shelling of a city one attack with its toll", () => {
    const x = extractBody(
      "The shelling of Kherson on Saturday killed two people, officials said.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-01]"]);
  });

  it("leaves an undated killing named as a topic alone", () => {
    const x = extractBody("The report examines the killing of civilians in the region.", "June 6, 2024");
    expect(x.events).toEqual([]);
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

  it("reads a junta as its state", () => {
    const x = extractBody(
      "Myanmar's junta carried out air strikes on villages in Sagaing on Monday.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["country:mm"]);
  });
});
