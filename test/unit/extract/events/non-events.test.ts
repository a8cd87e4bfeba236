// Trigger matches that are no act: bodies named like events, and talks only called for.
// Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, kinds, summary } from "../helpers.ts";

const types = (x: ReturnType<typeof extractBody>) => x.events.map((e) => e.type);

describe("names of bodies", () => {
  it("reads a forum that is an organisation as no summit", () => {
    const x = extractBody(
      "Leaders of the Pacific Islands Forum are expected to discuss the plan in Apia.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("summit");
  });

  it("reads an assembly acting as a clause subject as a body", () => {
    const x = extractBody(
      "The U.N. General Assembly has voted every year since 1995 on the issue.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("summit");
  });

  it("still reads a named summit as an event", () => {
    const x = extractBody("Peru and Chile will meet at the Lima Summit in May.", "March 10, 2022");
    expect(types(x)).toContain("summit");
  });
});

describe("talks that are only wished for", () => {
  it("reads 'calling for talks between X and Y' as no meeting", () => {
    const x = extractBody(
      "Peru backed Bolivia in a joint statement on Monday, calling for talks between La Paz and Santiago.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("meeting");
  });

  it("reads 'remained open to talks with X' as no meeting", () => {
    const x = extractBody(
      "Kenya said it remained open to talks with Somalia on the border.",
      "June 10, 2022",
    );
    expect(types(x)).not.toContain("meeting");
  });

  it("keeps talks that were held", () => {
    const x = extractBody("Kenya held talks with Somalia on Monday in Nairobi.", "June 10, 2022");
    expect(types(x)).toContain("meeting");
  });
});

describe("event words inside names and demanded acts", () => {
  it("reads no cooperation in 'Gulf Cooperation Council'", () => {
    const x = extractBody("The Gulf Cooperation Council met in Doha on Monday.", "June 10, 2022");
    expect(types(x)).not.toContain("cooperation");
  });

  it("reads an act that is only demanded as no event", () => {
    const x = extractBody(
      "Iraq demanded that Turkey withdraw its troops from Iraqi territory.",
      "June 10, 2022",
    );
    expect(types(x)).toEqual([]);
    const y = extractBody("Chile urged Peru to expel the Bolivian ambassador.", "June 10, 2022");
    expect(types(y)).toEqual([]);
  });

  it("keeps a withdrawal that was agreed", () => {
    const x = extractBody(
      "Peru and Bolivia agreed to pull troops back from the border by Saturday.",
      "June 1, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo, e.dates.map((d) => d.value).join()])).toEqual([
      ["troop-withdrawal", "087", "2022-06-04"],
    ]);
  });
});

describe("meetings and visits in other words", () => {
  it("does not read negotiations one side only calls for as a meeting", () => {
    expect(kinds("Peru rejected Chile's calls for negotiations on Tuesday.")).toEqual([]);
  });
});

describe("more ways wire copy tells an attack", () => {
  it("reads attacks only feared as no act", () => {
    const x = extractBody(
      "The minister said Chad would not tolerate attacks on its border posts.",
      "June 6, 2024",
    );
    expect(x.events).toEqual([]);
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

describe("intrusions told by verbs of motion", () => {
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

describe("a violated ceasefire", () => {
  const one = (text: string) => summary(extractBody(text, "June 14, 2024"));

  it("reads a violated ceasefire as no new ceasefire", () => {
    expect(
      one("Pakistan accused India of violating the ceasefire along the Line of Control on Monday."),
    ).toEqual([]);
    expect(one("India and Pakistan agreed to a new ceasefire on Monday.")).toEqual([
      "ceasefire 087 [2024-06-10]",
    ]);
  });
});

describe("releases and phone calls", () => {
  it("does not read a released report or exchanged views as a release", () => {
    expect(extractBody("Iran released its annual report on Monday.", "June 14, 2024").events).toHaveLength(0);
    expect(extractBody("Iran and Iraq exchanged views on Monday.", "June 14, 2024").events).toHaveLength(0);
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

describe("offensives, emergency measures and arms deliveries", () => {
  const one = (text: string) => summary(extractBody(text, "June 14, 2024"));

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

describe("crossing a dividing line", () => {
  it("reads crossing the Line of Actual Control or a buffer zone as an intrusion", () => {
    expect(kinds("A Chinese patrol crossed the Line of Actual Control on Monday.")).toEqual([
      "intrusion 150 2022-06-06",
    ]);
    expect(kinds("Chinese troops crossed the buffer zone on Monday.")).toEqual(["intrusion 150 2022-06-06"]);
  });

  it("still reads crossing waters without 'into' as passage", () => {
    expect(kinds("Chinese fishing boats crossed Indian waters on their way home on Monday.")).toEqual([]);
  });
});

describe("a visit of one's own", () => {
  it("is no diplomatic visit", () => {
    expect(
      kinds(
        "He had been recruited by Kenya's intelligence service in 2019 during a family visit to Kampala.",
      ),
    ).toEqual([]);
    expect(kinds("Kenya's president was in Kampala on a private visit on Monday.")).toEqual([]);
  });

  it("a state or official visit stays one", () => {
    expect(kinds("Kenya's president paid a state visit to Uganda on Monday.")).toEqual([
      "visit 042 2022-06-06",
    ]);
  });
});

describe("visiting relatives or friends (published Friday 2022-06-10)", () => {
  it("is no diplomatic visit", () => {
    expect(
      kinds("Herders from Peru and Chile cross the frontier freely to trade and visit relatives."),
    ).toEqual([]);
    expect(kinds("Many Peruvian families visit their relatives in Chile at Easter.")).toEqual([]);
    expect(kinds("Chilean pilgrims visited the graves of their ancestors in Peru on Tuesday.")).toEqual([]);
  });

  it("keeps a visit to a state or its officials", () => {
    expect(kinds("Peru's president will visit Chile next week.")).toEqual(["visit 036 2022-06"]);
    expect(
      kinds("Peru's foreign minister visited her Chilean counterpart in Santiago on Tuesday."),
    ).toHaveLength(1);
  });
});
