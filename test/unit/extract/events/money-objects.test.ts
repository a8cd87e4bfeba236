// A sum of money written after a verb of pledging or giving is the thing pledged or given
// (money-objects.ts). Invented sentences; the bare body is published on Friday 2022-06-10.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const MONDAY = "2022-06-06";

describe("a written sum after a verb of pledging is aid pledged (033)", () => {
  it.each([
    "Norway pledged $40 million to Kenya on Monday.",
    "Norway promised €12m to Kenya's flood victims on Monday.",
    "Norway earmarked 20 million euros for Kenyan schools on Monday.",
    "Japan allocated 5 billion yen for Kenya's reconstruction on Monday.",
    "Norway offered 15 million dollars to Kenya on Monday.",
    "Norway set aside US$3.5 million for Kenyan refugees on Monday.",
  ])("reads %j", (body) => {
    expect(kinds(body)).toEqual([`aid 033 ${MONDAY}`]);
  });
});

describe("sums and counts that are no aid", () => {
  it.each([
    // investment and trade are no aid
    "Norway pledged $2 billion in investment in Kenya on Monday.",
    "Norway promised €5 billion of trade deals with Kenya on Monday.",
    // a count with no currency is no sum
    "Norway promised 1 million new homes on Monday.",
    // a sum after another verb is no pledge
    "Norway spent $40 million on its embassy in Kenya last year.",
  ])("finds no aid in %j", (body) => {
    expect(kinds(body).filter((k) => k.startsWith("aid"))).toEqual([]);
  });
});
