// Verb triggers and their objects: an object word that is a title, a name or a modifier is no
// object; a verb form after a determiner is a noun; "partner" is a verb only with "with".
// Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

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
