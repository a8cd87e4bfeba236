// Capitalised names that are bodies or places are never people (made-up text).
import { describe, expect, it } from "vitest";
import { entityDoc } from "./helpers.ts";

const people = (body: string) =>
  [...entityDoc(body).actors.values()].filter((a) => a.kind === "Person").map((a) => a.id);

describe("not a person", () => {
  it("a name ending in an organisation head ('Seventh Fleet said')", () => {
    expect(people("The Seventh Fleet said a destroyer had sailed through the strait.")).toEqual([]);
  });

  it("a place named after its kind ('the province of X said')", () => {
    expect(people("Farmers in the province of Alto Verde said the river had dried up.")).toEqual([]);
  });

  it("a body after a role word ('General Assembly')", () => {
    expect(people("The U.N. General Assembly voted on Monday, the president said.")).toEqual([]);
  });

  it("still a person: 'Minister Lena Varga said'", () => {
    expect(people("Foreign Minister Lena Varga said the talks would go on.")).toEqual(["person:lena-varga"]);
  });
});
