// Round 5b families found on probe articles written by other helpers: forces sent as units or
// single ships, reinforced posts, cut trade links and fact-finding missions. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const summary = (x: ReturnType<typeof extractBody>) =>
  x.events.map((e) => `${e.type} ${e.cameo} ${e.status} [${e.dates.map((d) => d.value).join(",")}]`);

describe("forces named by their unit or a single ship", () => {
  it("reads battalions and a minehunter sent as a deployment", () => {
    const x = extractBody(
      "Chile has sent three army battalions to its northern border, the defence ministry said.",
      "May 3, 2023",
    );
    expect(summary(x)).toEqual(["deployment 154 occurred []"]);
    const y = extractBody("Norway’s navy sent a minehunter to the area on Tuesday.", "May 3, 2023");
    expect(summary(y)).toEqual(["deployment 154 occurred [2023-05-02]"]);
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
    expect(summary(x)).toEqual(["deployment 154 occurred []"]);
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
    expect(summary(x)).toEqual(["relations-reduced 160 reported [2021]"]);
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
    expect(summary(x).map((s) => s.split(" [")[0])).toEqual(["investigation 090 planned"]);
  });
});

describe("unnamed armed attackers", () => {
  it("reads gunmen killing people and rebels seizing towns as acts without a named agent", () => {
    const x = extractBody(
      "Gunmen killed seven villagers near the Malian border on Sunday, police said.",
      "May 3, 2023",
    );
    expect(summary(x).map((s) => s.split(" [")[0])).toEqual(["military-attack 190 occurred"]);
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
