// Name words and name parts (names.ts), made-up names.
import { describe, expect, it } from "vitest";
import { isNamePart } from "../../../../src/extract/entities/names.ts";

describe("a shorter run of a longer name", () => {
  it.each([
    [
      ["Da", "Rocha", "Neves"],
      ["Paulo", "da", "Rocha", "Neves"],
    ],
    [
      ["De", "Vries"],
      ["Anna", "de", "Vries"],
    ],
    [
      ["Van", "der", "Berg"],
      ["Jan", "van", "der", "Berg"],
    ],
    [
      ["Dos", "Reis"],
      ["Maria", "dos", "Reis"],
    ],
  ])("matches %j in %j with a particle capitalised at a sentence's start", (part, full) => {
    expect(isNamePart(part, full)).toBe(true);
  });
  it("does not fold the case of words that are not particles, nor match a whole name", () => {
    expect(isNamePart(["Rocha", "neves"], ["Paulo", "da", "Rocha", "Neves"])).toBe(false);
    expect(isNamePart(["Da", "Rocha"], ["Paulo", "de", "Rocha", "Neves"])).toBe(false);
    expect(isNamePart(["Paulo", "da", "Rocha"], ["Paulo", "da", "Rocha"])).toBe(false);
  });
});
