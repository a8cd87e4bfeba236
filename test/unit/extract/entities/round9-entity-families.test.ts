// Round 9 entity families, on made-up text: industry head words name companies and agencies, never
// people; a head word before a post is a portfolio ("Energy Minister"), not a name.
import { describe, expect, it } from "vitest";
import { actorIds, extractBody } from "../helpers.ts";

describe("industry head words", () => {
  it.each([
    ["Nordkapp Coastal Fisheries", "org:nordkapp-coastal-fisheries"],
    ["Fjordline Shipyards", "org:fjordline-shipyards"],
    ["Tromsø Arctic Resources Surveillance", "org:tromso-arctic-resources-surveillance"],
  ])("make '%s' an organisation, not a person", (name, id) => {
    const ids = actorIds(`${name} said the catch had been landed on Monday.`);
    expect(ids).toContain(id);
    expect(ids.filter((x) => x.startsWith("person:"))).toEqual([]);
  });

  it("does not make a portfolio before a post an organisation", () => {
    const ids = actorIds("Norwegian Fisheries Minister Ingrid Dahl said the catch had been landed.");
    expect(ids).toContain("person:ingrid-dahl");
    expect(ids.filter((x) => x.startsWith("org:"))).toEqual([]);
  });

  it("leaves a person whose surname is an ordinary word alone", () => {
    expect(actorIds("Trade Minister Grace Steel said the catch had been landed.")).toContain(
      "person:grace-steel",
    );
  });
});

describe("a role phrase set off before a name", () => {
  it("reads a post placed in a city ('Sweden's ambassador in Oslo, X,')", () => {
    expect(actorIds("Norway summoned Sweden's ambassador in Oslo, Lars Berglund, on Monday.")).toContain(
      "person:lars-berglund",
    );
  });

  it("reads a name closing the sentence ('… and her Swedish counterpart, X.')", () => {
    expect(
      actorIds(
        "Talks were held between Defence Minister Ingrid Dahl and her Swedish counterpart, Lars Berglund.",
      ),
    ).toContain("person:lars-berglund");
  });

  it("does not make a place after a post a person ('the ambassador in Oslo, Bergen.')", () => {
    const ids = actorIds("Norway summoned the ambassador from Oslo to Bergen.");
    expect(ids.filter((x) => x.startsWith("person:"))).toEqual([]);
  });
});

describe("a capitalised plural title before a list of names", () => {
  it("makes each listed name a person ('Presidents A of X and B of Y')", () => {
    const ids = actorIds(
      "Presidents Lars Berglund of Sweden and Ingrid Dahl of Norway are expected to meet.",
    );
    expect(ids).toEqual(expect.arrayContaining(["person:lars-berglund", "person:ingrid-dahl"]));
  });

  it("reads a two-word plural title ('Prime Ministers A and B')", () => {
    const ids = actorIds("Prime Ministers Lars Berglund and Ingrid Dahl are expected to meet.");
    expect(ids).toEqual(expect.arrayContaining(["person:lars-berglund", "person:ingrid-dahl"]));
  });

  it("does not make a place list after a plural title people ('Ministers from Oslo and Bergen')", () => {
    const ids = actorIds("Ministers from Oslo and Bergen are expected to meet.");
    expect(ids.filter((x) => x.startsWith("person:"))).toEqual([]);
  });
});

describe("a clause after a name's comma", () => {
  it("is no appositive role ('A spokeswoman for X, Name, said the envoy …')", () => {
    const x = extractBody(
      "A spokeswoman for Norway's transport ministry, Ingrid Dahl, said the envoy had been summoned.",
    );
    const person = x.actors.find((a) => a.id === "person:ingrid-dahl");
    expect(person?.title).toMatch(/^Spokeswoman/);
  });
});
