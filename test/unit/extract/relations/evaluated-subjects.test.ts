// Criticism whose clause opens with another side's thing is directed at that side (evaluated-subjects.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const criticisms = (x: X) => relationPairs(x, "CRITICIZES");

describe("criticism of another side's thing", () => {
  it("reads 'said Peru’s decision was “unacceptable”' as criticism of Peru", () => {
    const x = extractBody("Chile’s foreign ministry said Peru’s decision was “unacceptable.”");
    expect(criticisms(x)).toEqual(["country:cl>country:pe", "org:cl:ministry-of-foreign-affairs>country:pe"]);
  });
  it("never turns it against the speaker's own side", () => {
    const x = extractBody("Chile said Chile’s own decision had been “premature.”");
    expect(criticisms(x)).toEqual([]);
  });
});
