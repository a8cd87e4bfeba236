// Who is the subject of a reporting verb (made-up text).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const speakers = (body: string) => extractBody(body).statements.map((s) => s.speakerId);

describe("subject across a parenthetical", () => {
  it("a 'which' clause between subject and verb ('The EU, which …, said')", () => {
    expect(
      speakers("The European Union, which lifted sanctions on Belarus in 2016, said talks would resume."),
    ).toEqual(["org:eu"]);
  });

  it("an appositive noun phrase naming other places ('Peru, a neighbour of Chile and Bolivia, urged')", () => {
    expect(
      speakers("Peru, a neighbour of Chile and Bolivia, urged both sides to reopen the border."),
    ).toEqual(["country:pe"]);
  });

  it("a place in a compound modifier is no subject ('a Kenya-based group said')", () => {
    expect(speakers("Uganda’s Kenya-based envoy said the vote was fair.")).not.toContain("country:ke");
  });
});

describe("other subjects", () => {
  it("'Name of the ministry said' credits the person", () => {
    expect(
      speakers("Deputy Minister Ilse Brandt of the foreign ministry said the note had been delivered."),
    ).toEqual(["person:ilse-brandt"]);
  });

  it("'that it said …' in a relative clause is the main clause's subject", () => {
    const x = extractBody("Ghana protested to Togo over a raid that it said killed two farmers.");
    expect(x.statements.map((s) => [s.speakerId, s.text])).toEqual([["country:gh", "killed two farmers"]]);
  });
});

describe("a country's government as the speaker", () => {
  it("credits 'X’s government said' and 'X’s military government said' to the state", () => {
    const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);
    expect(said("Peru’s government said on Monday that the mine would close.")).toEqual([
      "country:pe|the mine would close",
    ]);
    expect(said("Peru’s military government said the mine would close.")).toEqual([
      "country:pe|the mine would close",
    ]);
  });
});

describe("a reporting verb joined by 'and' to a verb that is not one", () => {
  const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

  it("shares the subject opening the sentence, not the first verb's object", () => {
    expect(said("Chile thanked the Peruvian authorities and said the search would go on.")).toEqual([
      "country:cl|the search would go on",
    ]);
  });
});

describe("a pronoun after ', and' in a reporting sentence", () => {
  it("is the main clause's subject, not an actor inside the reported clause", () => {
    expect(
      speakers(
        "The Peruvian foreign ministry said Santiago was hiding its own failures, and it accused the Chilean navy of spying.",
      ),
    ).toEqual(["org:pe:ministry-of-foreign-affairs", "org:pe:ministry-of-foreign-affairs"]);
  });
});
