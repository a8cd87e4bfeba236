// relations/appraised-acts.ts: a reaction told in passing after the act criticises the act's doer.
// Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const criticises = (body: string) => rels(extractBody(body), "CRITICIZES");

describe("reactions told in passing", () => {
  it("reads ', a step that X described as unacceptable'", () => {
    expect(
      criticises(
        "Chile deployed two frigates near the disputed islets on Monday, a step that Peru described as unacceptable.",
      ),
    ).toContain("country:pe>country:cl");
  });
  it("reads ', a move X’s foreign ministry condemned as reckless' from the ministry and its state", () => {
    const found = criticises(
      "Ghana closed its border with Togo on Friday, a move Togo’s foreign ministry condemned as reckless.",
    );
    expect(found).toContain("org:tg:ministry-of-foreign-affairs>country:gh");
    expect(found).toContain("country:tg>country:gh");
  });
  it("reads ', a decision swiftly condemned by X'", () => {
    expect(
      criticises(
        "Bolivia expelled two Paraguayan diplomats on Tuesday, a decision swiftly condemned by Paraguay.",
      ),
    ).toContain("country:py>country:bo");
  });
  it("reads ', drawing sharp criticism from X' and ', prompting a formal protest from X'", () => {
    expect(
      criticises("Kenya banned imports of Ugandan milk, drawing sharp criticism from Uganda."),
    ).toContain("country:ug>country:ke");
    expect(
      criticises("Norway moved troops to the border, prompting a formal protest from Finland."),
    ).toContain("country:fi>country:no");
  });
  it("reads ', which X denounced'", () => {
    expect(criticises("Laos dammed the river upstream, which Cambodia denounced on Sunday.")).toContain(
      "country:kh>country:la",
    );
  });
  it("leaves praise and neutral labels alone", () => {
    expect(criticises("Chile signed a trade pact with Peru, a step that Bolivia called historic.")).toEqual(
      [],
    );
    expect(criticises("Chile signed a trade pact with Peru, which Bolivia welcomed.")).toEqual([]);
    expect(criticises("Chile signed a trade pact with Peru, a move Bolivia described as overdue.")).toEqual(
      [],
    );
  });
});
