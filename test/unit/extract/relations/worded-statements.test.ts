// relations/worded-statements.ts: a statement told in a sharply worded manner is criticism. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const criticises = (body: string) => rels(extractBody(body), "CRITICIZES");

describe("statements told in a sharp manner", () => {
  it("reads 'In a sharply worded statement, X said Y must …' against Y", () => {
    expect(
      criticises(
        "In a sharply worded statement, Peru’s foreign ministry said Chile must release the fishermen without delay.",
      ),
    ).toContain("country:pe>country:cl");
  });
  it("reads the act the statement is about ('said the closure would hurt …')", () => {
    const found = criticises(
      "Bolivia closed its border with Paraguay on Tuesday. In a sharply worded statement, Paraguay’s foreign ministry said the closure would hurt thousands of families.",
    );
    expect(found).toContain("org:py:ministry-of-foreign-affairs>country:bo");
    expect(found).toContain("country:py>country:bo");
  });
  it("reads 'in a terse note' against the side the speaker faces", () => {
    expect(
      criticises(
        "Ghana expelled two Togolese diplomats on Monday. Togo’s foreign ministry said in a terse note that it had taken note of the decision.",
      ),
    ).toContain("country:tg>country:gh");
  });
  it("leaves plainly worded statements alone", () => {
    expect(
      criticises(
        "Bolivia closed its border with Paraguay on Tuesday. In a statement, Paraguay’s foreign ministry said the closure would hurt thousands of families.",
      ),
    ).toEqual([]);
    expect(
      criticises(
        "In a warmly worded statement, Peru’s foreign ministry said Chile had been a good neighbour.",
      ),
    ).toEqual([]);
  });
});
