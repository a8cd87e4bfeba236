// Tests of src/extract/events/force-triggers.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { acts, extractBody, kinds, summary } from "../helpers.ts";

describe("act nouns with 'of' and their object", () => {
  it("reads annexation, summoning, recall and withdrawal nouns like their verbs", () => {
    expect(kinds("Peru condemned Chile's annexation of the island on Tuesday.")).toEqual([
      "territory-capture 192 2022-06-07",
    ]);
    expect(kinds("The summoning of Chile's ambassador on Tuesday followed the incident.")).toEqual([
      "envoy-summoned 114 2022-06-07",
    ]);
    expect(kinds("The recall of Peru's ambassador from Chile on Tuesday deepened the rift.")).toEqual([
      "envoy-recalled 161 2022-06-07",
    ]);
    expect(kinds("The withdrawal of Chilean troops from the border began on Tuesday.")).toEqual([
      "troop-withdrawal 087 2022-06-07",
    ]);
  });

  it("reads release and launch nouns only with a fitting object", () => {
    expect(kinds("The release of two Peruvian fishermen by Chile on Tuesday eased tensions.")).toEqual([
      "release 084 2022-06-07",
    ]);
    expect(kinds("The launch of a North Korean ballistic missile on Tuesday alarmed Japan.")).toEqual([
      "weapons-test 150 2022-06-07",
    ]);
    expect(kinds("The release of the report on Tuesday angered Chile.")).toEqual([]);
    expect(kinds("The launch of a new website on Tuesday pleased Peru.")).toEqual([]);
  });

  it("reads an import ban and a bombing as acts", () => {
    expect(kinds("Peru imposed an import ban on Chilean fruit on Tuesday.")).toEqual([
      "sanctions 163 2022-06-07",
    ]);
    expect(kinds("Peru condemned the bombing of a border village by Chilean aircraft on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });
});

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

describe("deployments and aid", () => {
  it("reads militarising islands as a deployment (154) by the accused", () => {
    expect(acts("Chile accused Peru of militarising its islands.").map((e) => e.slice(0, 2))).toEqual([
      ["deployment", "154"],
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

describe("round 8 nominalisations of object-taking verbs", () => {
  it("reads a dated expulsion, storming or shooting down told as a noun", () => {
    expect(kinds("The expulsion of two Chilean diplomats on Tuesday angered Santiago.")).toEqual([
      "expulsion 174 2022-06-07",
    ]);
    expect(kinds("Chile condemned the storming of its embassy in Lima on Tuesday.")).toEqual([
      "raid 171 2022-06-07",
    ]);
    expect(kinds("Chile condemned the shooting down of its drone by Peru on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });

  it("reads suspended diplomatic relations as ties cut", () => {
    expect(kinds("Peru on Tuesday suspended diplomatic relations with Chile.")).toEqual([
      "relations-cut 161 2022-06-07",
    ]);
  });

  it("does not read a nominal without its kind of object", () => {
    expect(kinds("The storming of the stage by fans on Tuesday delayed the concert.")).toEqual([]);
    expect(kinds("The expulsion of the player on Tuesday decided the match.")).toEqual([]);
  });
});

describe("round 8 attack verbs", () => {
  it("reads soldiers wounded, positions bombarded and smugglers shot at as attacks", () => {
    expect(kinds("Chilean troops wounded two Peruvian soldiers near the border on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
    expect(kinds("Chilean artillery bombarded Peruvian positions on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
    expect(kinds("Chilean soldiers shot at Peruvian smugglers on Tuesday.")).toEqual([
      "military-attack 190 2022-06-07",
    ]);
  });

  it("does not read an injury in an accident or words that wound as an attack", () => {
    expect(kinds("Three people were injured in a car accident in Lima on Tuesday.")).toEqual([]);
    expect(kinds("The minister was wounded by the criticism, Peru said on Tuesday.")).toEqual([]);
  });
});

describe("mortar and artillery rounds fired at or into a place", () => {
  const types = (body: string) =>
    extractBody(body, "June 10, 2022").events.map((e) => `${e.type} ${e.cameo}`);
  it("are an attack", () => {
    expect(
      types("Chilean border guards fired mortar rounds at the Peruvian bank of the river on Tuesday."),
    ).toContain("military-attack 190");
    expect(types("Chilean gunboats fired mortars at the Peruvian shore on Tuesday.")).toContain(
      "military-attack 190",
    );
    expect(
      types("Peru accused Chile on Thursday of firing artillery shells into Peruvian territory."),
    ).toContain("military-attack 190");
    expect(types("Chilean troops fired artillery rounds at Peruvian villages on Tuesday.")).toContain(
      "military-attack 190",
    );
  });

  it("a launch into the sea or waters stays a test", () => {
    expect(types("Chile fired two missiles into the sea on Thursday.")).toEqual(["weapons-test 150"]);
    expect(
      types("North Korea fired a ballistic missile into waters off its east coast on Thursday."),
    ).toEqual(["weapons-test 150"]);
  });
});

describe("a vessel stopped to detain its people (published Friday 2022-06-10)", () => {
  const takings = (body: string) =>
    kinds(body).filter((k) => k.startsWith("seizure") || k.startsWith("arrest"));

  it.each([
    "Chilean police stopped a Peruvian boat on Monday and detained its skipper.",
    "Norway's coast guard stopped two Russian trawlers on Monday and arrested their crews.",
    "Chile's navy stopped a fishing vessel near Arica on Monday and then detained its captain.",
    "Norway's navy stopped a tanker on Monday and held the crew members.",
  ])("reads only the arrest in %j", (body) => {
    expect(takings(body)).toEqual(["arrest 173 2022-06-06"]);
  });

  it.each([
    // the people taken elsewhere, or none: the stop stays a seizure
    "Norway's coast guard stopped two fishing boats on Monday and took their crews to port.",
    "Chile's navy stopped a Peruvian trawler on Monday.",
  ])("keeps the seizure in %j", (body) => {
    expect(takings(body)).toContain("seizure 171 2022-06-06");
  });
});
