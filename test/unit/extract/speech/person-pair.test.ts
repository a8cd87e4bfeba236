// Coordinated people as one subject, and "It said" opening a paragraph, on made-up text.
import { describe, expect, it } from "vitest";
import { saidPairs } from "../helpers.ts";

describe("two people coordinated as the subject", () => {
  it("gives one statement each ('A and her counterpart B said')", () => {
    expect(
      saidPairs(
        "Norwegian Transport Minister Pavel Ostrov and his Swedish counterpart Lena Brask said in a joint statement that the bridge would reopen.",
      ),
    ).toEqual([
      ["person:pavel-ostrov", "the bridge would reopen"],
      ["person:lena-brask", "the bridge would reopen"],
    ]);
  });

  it("gives one statement each with a role before each name", () => {
    expect(
      saidPairs(
        "Norwegian Transport Minister Pavel Ostrov and Swedish Transport Minister Lena Brask said the bridge would reopen.",
      ).map(([who]) => who),
    ).toEqual(["person:pavel-ostrov", "person:lena-brask"]);
  });

  it("does not join a person named in another clause ('A met B, who said')", () => {
    expect(
      saidPairs(
        "Norwegian Transport Minister Pavel Ostrov met Swedish Transport Minister Lena Brask, who said the bridge would reopen.",
      ).map(([who]) => who),
    ).not.toContain("person:pavel-ostrov");
  });
});

describe("'It said' opening a paragraph", () => {
  it("continues the body that opened the paragraph before", () => {
    expect(
      saidPairs(
        "Norway's transport ministry closed the bridge on Monday.\n\nIt said the bridge would reopen in May.",
      ),
    ).toEqual([["org:no:ministry-of-transport", "the bridge would reopen in May"]]);
  });

  it("does not reach a body named late in the paragraph before", () => {
    expect(
      saidPairs(
        "Heavy snow closed the bridge to traffic from Norway's transport ministry on Monday.\n\nIt said the bridge would reopen in May.",
      ),
    ).toEqual([]);
  });
});

describe("two bare names coordinated before a reporting verb", () => {
  it("makes both people and gives each a statement ('A and B said …')", () => {
    expect(
      saidPairs("Pavel Ostrov and Lena Brask said in a joint statement that the bridge would reopen.").map(
        ([who]) => who,
      ),
    ).toEqual(["person:pavel-ostrov", "person:lena-brask"]);
  });

  it("does not make a company before 'and' a person ('Marlow Holdings and Lena Brask said')", () => {
    expect(
      saidPairs("Marlow Holdings and Lena Brask said the bridge would reopen.").map(([who]) => who),
    ).not.toContain("person:marlow-holdings");
  });
});

describe("'the two ministers said' after a pair of named ministers", () => {
  it("gives each named minister a statement", () => {
    expect(
      saidPairs(
        "Norwegian Foreign Minister Pavel Ostrov met his Swedish counterpart Lena Brask in Oslo on Monday. Both ministers said the bridge would reopen.",
      ).map(([who]) => who),
    ).toEqual(["person:pavel-ostrov", "person:lena-brask"]);
  });

  it("keeps the states when no minister of theirs is named", () => {
    expect(
      saidPairs(
        "Norway and Sweden signed a deal on Monday. The two foreign ministers said the bridge would reopen.",
      ).map(([who]) => who),
    ).toEqual(["country:no", "country:se"]);
  });
});
