// COOPERATES_WITH told in clauses the event stage does not read as a joint act (cooperation-clauses.ts).
import { describe, expect, it } from "vitest";
import { cooperatingPairs, extractBody } from "../helpers.ts";

const pairs = (body: string) => cooperatingPairs(extractBody(body));

describe("cooperation clauses", () => {
  it("reads a transfer agreed to a party ('agreed to sell Chile …')", () => {
    expect(pairs("Peru said it had agreed to sell Chile up to 300 megawatts of power.")).toContainEqual(
      expect.stringMatching(/country:pe country:cl|country:cl country:pe/),
    );
  });
  it("reads 'under a bilateral agreement with' between the states", () => {
    expect(
      pairs(
        "Chilean troops have been deployed in the north since 2022 under a bilateral agreement with Lima.",
      ),
    ).toContainEqual(expect.stringMatching(/country:cl country:pe|country:pe country:cl/));
  });
  it("reads an agreement signed in a relative clause", () => {
    expect(
      pairs(
        "The European Commission, which signed a partnership on migration with Peru in 2023, said it was in contact.",
      ),
    ).toContainEqual(
      expect.stringMatching(/org:european-commission country:pe|country:pe org:european-commission/),
    );
  });
  it("reads coordinated operations of listed states", () => {
    expect(
      pairs("Police in Peru and Chile raided 40 properties in coordinated operations on Wednesday."),
    ).toContainEqual(expect.stringMatching(/country:pe country:cl|country:cl country:pe/));
  });
  it("gives nothing for an agreement to do something to nobody, or a subject inside a phrase", () => {
    expect(pairs("Peru said it had agreed to sell the old frigates next year.")).toEqual([]);
    expect(pairs("After talks with Chile, the miners agreed to sell Bolivia their copper.")).toEqual([]);
  });
  it("gives nothing for coordinated operations of one state's forces", () => {
    expect(
      pairs("Peruvian police and the Peruvian army raided 40 properties in coordinated operations."),
    ).toEqual([]);
  });
});
