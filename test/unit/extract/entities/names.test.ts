// Tests of src/extract/entities/names.ts: name parts with a particle capitalised at a sentence
// start (made-up names and text).
import { describe, expect, it } from "vitest";
import { asInName, isNamePart } from "../../../../src/extract/entities/names.ts";
import { extractBody, person } from "../helpers.ts";

describe("a particle capitalised because it opens a sentence", () => {
  it.each([
    ["Al-Harbi", "al-Harbi"],
    ["El-Sayed", "el-Sayed"],
    ["Da", "da"],
    ["Van", "van"],
    ["Bin", "bin"],
  ])("reads '%s' as the name's own '%s'", (word, inName) => {
    expect(asInName(word)).toBe(inName);
  });

  it("leaves other words alone (negative cases)", () => {
    expect(asInName("Alvarez")).toBe("Alvarez");
    expect(asInName("Dalton")).toBe("Dalton");
    expect(asInName("Costa")).toBe("Costa");
  });

  it("matches a run opening on such a particle to the full name", () => {
    expect(isNamePart(["Da", "Rocha", "Pires"], ["Luisa", "da", "Rocha", "Pires"])).toBe(true);
    expect(isNamePart(["Van", "Dijk"], ["Pieter", "van", "Dijk"])).toBe(true);
    expect(isNamePart(["Rocha", "Da"], ["Luisa", "da", "Rocha", "Pires"])).toBe(false);
  });
});

describe("a later short name opening a sentence on a particle is the same person", () => {
  it.each([
    ["Interior Minister Salim al-Harbi", "Al-Harbi", "person:salim-al-harbi"],
    ["Foreign Minister Luisa da Rocha Pires", "Da Rocha Pires", "person:luisa-da-rocha-pires"],
    ["Defence Minister Pieter van Dijk", "Van Dijk", "person:pieter-van-dijk"],
    ["Trade Minister Omar el-Sayed", "El-Sayed", "person:omar-el-sayed"],
  ])("'%s' … '%s said'", (full, short, id) => {
    const x = extractBody(`${full} told reporters the border was shut. ${short} said it would reopen soon.`);
    expect(x.statements.map((s) => `${s.speakerId}|${s.text}`)).toContain(`${id}|it would reopen soon`);
    expect(person(x, id)?.mentions.some((m) => m.text === short)).toBe(true);
  });
});

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
