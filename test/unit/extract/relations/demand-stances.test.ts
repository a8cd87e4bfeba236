// A demand that another party stop, undo or obey something criticises it (demand-stances.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

describe("a corrective demand", () => {
  it("reads 'urged X to respect' from a ministry and its state", () => {
    const x = extractBody(
      "Chile’s foreign ministry said the drills were untimely and urged Peru to respect the fishing accord.",
    );
    expect(rels(x, "CRITICIZES")).toEqual(
      expect.arrayContaining(["org:cl:ministry-of-foreign-affairs>country:pe", "country:cl>country:pe"]),
    );
  });
  it("reads 'called on X to stop' from a spokesperson", () => {
    const x = extractBody(
      "Chilean foreign ministry spokesman Tomas Vidal called on Argentina to stop detaining Chilean trawlers.",
    );
    expect(rels(x, "CRITICIZES")).toContain("person:tomas-vidal>country:ar");
  });
  it("reads 'demanded that X release'", () => {
    const x = extractBody("Chile demanded that Bolivia immediately release the detained lorry drivers.");
    expect(rels(x, "CRITICIZES")).toContain("country:cl>country:bo");
  });
  it("reads 'pressed X to withdraw' and 'asked X to lift'", () => {
    const a = extractBody("Chile pressed Peru to withdraw its patrol boats from the bay.");
    expect(rels(a, "CRITICIZES")).toContain("country:cl>country:pe");
    const b = extractBody("Chile asked Bolivia to lift the ban on Chilean fruit.");
    expect(rels(b, "CRITICIZES")).toContain("country:cl>country:bo");
  });
  it("gives nothing for an appeal to do something new", () => {
    const x = extractBody("Chile urged Peru to join the talks on the fishing accord next month.");
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
  it("gives nothing for a call to return to talks", () => {
    const x = extractBody("Chile urged Peru to return to the negotiating table.");
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
});

describe("a demand told in narrative", () => {
  it("reads the subject before 'on Tuesday pressed'", () => {
    const x = extractBody("Chile on Tuesday pressed Peru to halt the dredging of the shared river.");
    expect(rels(x, "CRITICIZES")).toContain("country:cl>country:pe");
  });
  it("gives nothing when no corrective verb follows the party", () => {
    const x = extractBody("Chile told Peru free trade talks would resume in March.");
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
  it("gives nothing when the subject is not right before the verb", () => {
    const x = extractBody("After talks with Chile, the visiting delegation urged Peru to lift the ban.");
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
});
