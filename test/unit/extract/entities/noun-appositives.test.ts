// A name in apposition to a noun for a kind of person (noun-appositives.ts), made-up text.
import { describe, expect, it } from "vitest";
import { namedByPersonNoun } from "../../../../src/extract/entities/noun-appositives.ts";
import { entityDoc } from "../helpers.ts";

const people = (body: string) =>
  [...entityDoc(body).actors.values()].filter((a) => a.kind === "Person").map((a) => a.id);

describe("a name in apposition to a person noun", () => {
  it("reads 'arrested the driver, X, at the crossing'", () => {
    expect(people("Guards arrested the driver, Marek Novak, at the crossing on Sunday.")).toEqual([
      "person:marek-novak",
    ]);
  });
  it("reads it with an adjective or a possessive before the noun", () => {
    expect(people("A local fisherman, Tomas Lind, saw the patrol boat at dawn.")).toEqual([
      "person:tomas-lind",
    ]);
    expect(people("The trawler’s captain, Ivo Petrak, was later released.")).toEqual(["person:ivo-petrak"]);
    expect(people("Their lawyer, Sara Molin, will appeal the verdict.")).toEqual(["person:sara-molin"]);
  });
  it("needs the comma that closes the apposition", () => {
    expect(namedByPersonNoun("arrested the driver, ", ", at the crossing")).toBe(true);
    expect(namedByPersonNoun("arrested the driver, ", " and two others")).toBe(false);
  });
  it("needs a noun for a person, not for a thing or a body", () => {
    expect(namedByPersonNoun("boarded the vessel, ", ", a trawler")).toBe(false);
    expect(namedByPersonNoun("contacted the agency, ", ", which said")).toBe(false);
    expect(people("Inspectors boarded the vessel, Sea Falcon, off the coast.")).toEqual([]);
  });
});

describe("a person noun right before a name, as its label", () => {
  it.each([
    [
      "Officials froze the villa of shipping magnate Oskar Vantaa-Lind on Monday.",
      "person:oskar-vantaa-lind",
    ],
    ["The dead man and his nephew Tomas Ebbe were found near the river.", "person:tomas-ebbe"],
    ["Police questioned rights lawyer Mirela Duca about the leaked files.", "person:mirela-duca"],
    ["The assets belonged to the tycoon Arvid Solberg until last year.", "person:arvid-solberg"],
    ["The court heard from the victim's widow Hanna Grell in closed session.", "person:hanna-grell"],
  ])("reads %s", (text, id) => {
    expect(people(text)).toEqual([id]);
  });
  it("does not read a capitalised name after a noun that labels no person", () => {
    expect(people("Ships sailed past the harbour Santa Elena Point on Monday.")).toEqual([]);
    expect(people("The contract went to the builder Nordic Steel Works last year.")).toEqual([]);
    expect(people("A man Friday left the building.")).toEqual([]);
  });
});
