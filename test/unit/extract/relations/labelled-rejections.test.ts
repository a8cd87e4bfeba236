// A rejection that labels what it rejects ("dismissed X as “…”") criticises the side behind X: the
// side named in it, else the side's adversary in the dispute (rejections.ts). Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body, "June 10, 2022"));
const DISPUTE = "Peru banned imports of Chilean fruit on Monday, and Chile summoned Peru’s ambassador.";

describe("labelled rejections", () => {
  it.each([
    "Chile’s foreign ministry dismissed the Peruvian ban as “a political stunt.”",
    "Chile’s foreign ministry rejected the Peruvian measures as “pure protectionism.”",
    "Chile’s foreign ministry dismissed the import bans as “an attack on free trade.”",
    "Chile’s foreign ministry rejected the new rules as unjustified.",
  ])("reads '%s' as criticism of the side behind what it rejects", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found).toContain("CRITICIZES org:cl:ministry-of-foreign-affairs>country:pe");
    expect(found).toContain("CRITICIZES country:cl>country:pe");
  });

  it.each([
    "Chile’s foreign ministry dismissed the case as the deadline had passed.",
    "Chile’s foreign ministry rejected the offer as it stood.",
  ])("reads no label in a clause opened by 'as': '%s'", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found.filter((s) => s.startsWith("CRITICIZES org:cl:ministry-of-foreign-affairs>"))).toEqual([]);
  });
});
