// Tests of src/extract/events/force-non-events.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, kinds, summary } from "../helpers.ts";

describe("act nouns with 'of' and their object", () => {
  it("does not read an act told as part of drills, or only backed, as its own event", () => {
    expect(
      kinds("Chile will hold naval drills next month which include the firing of cruise missiles."),
    ).toEqual(["military-exercise 150 2022-07"]);
    expect(kinds("Voters in Chile backed the annexation of the island in a referendum in 2019.")).toEqual([]);
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
  it("reads gangs killing people in an attack as one act", () => {
    const x = extractBody(
      "Gangs killed at least 40 people in an attack on the town of Mirebalais on Thursday.",
      "June 6, 2024",
    );
    expect(summary(x)).toEqual(["military-attack 190 [2024-06-06]"]);
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
  it("reads a habit as no act", () => {
    const x = extractBody(
      "Vietnamese fishing boats in the area are routinely chased away or detained.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
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

describe("act nouns told as a habit", () => {
  it("reads a joint patrol or talks held each season or every year as no event", () => {
    expect(kinds("Both navies already run a joint patrol each summer to help ships in distress.")).toEqual(
      [],
    );
    expect(kinds("The two coast guards hold joint drills every year off the cape.")).toEqual([]);
  });

  it("keeps one patrol held on a day", () => {
    expect(kinds("Peru and Chile held a joint patrol on Tuesday, officials said.")).toEqual([
      "military-exercise 062 2022-06-07",
    ]);
  });
});

describe("deaths a natural hazard caused", () => {
  it("reads a toll told with no doer after floods or an earthquake as no attack", () => {
    expect(
      kinds(
        "Flash floods tore through villages in the north on Friday. The ministry said at least 40 people had been killed and 900 homes destroyed.",
      ),
    ).toEqual([]);
    expect(
      kinds("At least 30 people were killed when the earthquake struck the valley, officials said."),
    ).toEqual([]);
  });

  it("keeps killings with a doer, or with no hazard near", () => {
    expect(
      kinds(
        "Floods hit the north on Friday. Gunmen attacked a convoy on Sunday. At least 12 people were killed by the gunmen, the army said.",
      ),
    ).toEqual(["military-attack 190 2022-06-05"]);
    expect(
      kinds(
        "Chilean troops opened fire on a crowd on Tuesday. At least 12 people were killed, the ministry said.",
      ),
    ).toEqual(["military-attack 190 2022-06-07"]);
  });
});

describe("measures and storms that hit or strike (round 15)", () => {
  const attacks = (body: string) => kinds(body).filter((k) => k.startsWith("military-attack"));

  it.each([
    "New Chilean sanctions hit Peruvian energy facilities on Monday.",
    "The Chilean tariffs, announced on Monday, hit Peruvian port facilities.",
    "A cyclone struck the Peruvian port on Monday.",
    "Chile's import ban will hit Peruvian processing facilities, officials said on Monday.",
  ])("reads no use of force in %j", (body) => {
    expect(attacks(body)).toEqual([]);
  });

  it.each([
    "Chile hit Peruvian positions near the river on Monday.",
    "Chilean jets struck Peruvian positions near the river on Monday.",
  ])("keeps a state's strike in %j", (body) => {
    expect(attacks(body)).toEqual(["military-attack 190 2022-06-06"]);
  });
});
