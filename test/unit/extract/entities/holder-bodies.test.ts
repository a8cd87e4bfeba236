// "his ministry" / "his office" after a minister's title names the body the holder heads (holder-bodies.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const ids = (x: X) => x.actors.map((e) => e.id);

describe("a minister's 'his ministry'", () => {
  it("names the portfolio's ministry and ties the minister to it", () => {
    const x = extractBody(
      "Chilean Mining Minister Tomas Vidal defended the quota. Vidal said his ministry would publish the figures next week.",
    );
    expect(ids(x)).toContain("org:cl:ministry-of-mining");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:tomas-vidal>org:cl:ministry-of-mining"]);
    expect(rels(x, "PART_OF")).toContain("org:cl:ministry-of-mining>country:cl");
  });
  it("reads a possessive lower-case title ('Peru’s health minister, X,')", () => {
    const x = extractBody(
      "Peru’s health minister, Ana Quispe, said the outbreak was contained. Her ministry will send doctors to Puno.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:ana-quispe>org:pe:ministry-of-health"]);
  });
  it("uses the keyed ministry for a keyed title ('Defence Minister')", () => {
    const x = extractBody(
      "Chilean Defence Minister Tomas Vidal said his ministry had ordered the frigate home.",
    );
    expect(ids(x)).toContain("org:cl:ministry-of-defense");
  });
  it("names nothing when no minister with a state precedes", () => {
    const x = extractBody("Tomas Vidal, a trader in Santiago, said his ministry contacts were silent.");
    expect(ids(x).filter((id) => id.includes("ministry"))).toEqual([]);
  });
});

describe("a prime minister's 'his office'", () => {
  it("names the office of the prime minister and ties the holder to it", () => {
    const x = extractBody(
      "Chilean Prime Minister Tomas Vidal will visit Lima next week, according to his office.",
    );
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:tomas-vidal>org:cl:office-of-the-prime-minister"]);
  });
  it("ignores a physical office ('at his office in Santiago')", () => {
    const x = extractBody(
      "Chilean Prime Minister Tomas Vidal spoke to reporters at his office in Santiago on Monday.",
    );
    expect(ids(x)).not.toContain("org:cl:office-of-the-prime-minister");
    expect(rels(x, "AFFILIATED_WITH")).toEqual(["person:tomas-vidal>country:cl"]);
  });
  it("gives a minister's 'his office' no body", () => {
    const x = extractBody("Chilean Mining Minister Tomas Vidal said his office would reply.");
    expect(ids(x).filter((id) => id.includes("office"))).toEqual([]);
  });
});

describe("'his office' after two prime ministers", () => {
  it("is the office of the prime minister the sentence names", () => {
    const x = extractBody(
      "Portuguese Prime Minister Rui Costa met Spanish Prime Minister Ana Ruiz in Madrid. Costa will return in May, his office said.",
    );
    expect(ids(x)).toContain("org:pt:office-of-the-prime-minister");
    expect(ids(x)).not.toContain("org:es:office-of-the-prime-minister");
  });
  it("reads a title set off after the country the same way", () => {
    const x = extractBody(
      "Latvian Prime Minister Janis Ozols met Estonia's prime minister, Kaja Tamm, in Riga. Ozols will visit Tallinn next month, his office said.",
    );
    expect(ids(x)).toContain("org:lv:office-of-the-prime-minister");
  });
  it("keeps the latest title when the sentence names nobody", () => {
    const x = extractBody(
      "Latvian Prime Minister Janis Ozols met Estonia's prime minister, Kaja Tamm, in Riga. The talks went well, her office said.",
    );
    expect(ids(x)).toContain("org:ee:office-of-the-prime-minister");
  });
});

describe("'his office' far from the title of the holder the sentence names", () => {
  it("still finds the named holder's title paragraphs back", () => {
    const filler =
      "The two sides also discussed fishing quotas, a new ferry line across the bay and the upkeep of a shared lighthouse. ".repeat(
        6,
      );
    const x = extractBody(
      `Latvian Prime Minister Janis Ozols met Estonia's prime minister, Kaja Tamm, in Riga.\n\n${filler}\n\nOzols will visit Tallinn next month, his office said.`,
    );
    expect(ids(x)).toContain("org:lv:office-of-the-prime-minister");
    expect(ids(x)).not.toContain("org:ee:office-of-the-prime-minister");
  });
});
