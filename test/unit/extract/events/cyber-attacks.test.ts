// A plain "attack" in a sentence about hackers or cyber security is a cyberattack. Made-up text only;
// published Friday 2022-06-10 unless told.
import { describe, expect, it } from "vitest";
import { acts, kinds } from "../helpers.ts";

describe("plain attacks told among hackers", () => {
  it("reads 'blamed hackers … for an attack that crippled …' as a cyberattack by their state", () => {
    const [row] = acts(
      "Chile's cyber security agency blamed hackers working for Peruvian military intelligence for an attack that crippled ticketing on the national railway last month.",
    );
    expect(row).toEqual(["cyberattack", "176", "2022-05", "org:pe:intelligence"]);
  });

  it("retypes an 'attack on' noun in a sentence about ransomware", () => {
    expect(
      kinds(
        "Chile blamed Peru on Monday for a ransomware attack on the customs agency's servers last month.",
      ),
    ).toEqual(["cyberattack 176 2022-05"]);
  });

  it("keeps an attack told beside killings or weapons an armed one, whoever reports it", () => {
    expect(
      kinds(
        "The attack on the border post on Monday killed three soldiers, the cyber agency's director said.",
      ),
    ).toEqual(["military-attack 190 2022-06-06"]);
  });

  it("leaves attacks of articles about no hacking alone", () => {
    expect(
      kinds("Chile blamed Peru for an attack that closed the border crossing last month."),
    ).not.toContain("cyberattack 176 2022-05");
  });
});

describe("a definite re-mention with its own day", () => {
  it("adds 'the Oct. 17 attack' to an attack dated 'last month' a few sentences before", () => {
    expect(
      kinds(
        [
          "Chile's cyber agency blamed hackers working for Peruvian military intelligence for an attack that crippled the national railway last month.",
          "Trains ran for hours without signals.",
          "Officials said repairs would take weeks.",
          "The National Cyber Agency said the May 17 attack had been carried out by a group it calls Grey Lynx.",
        ].join(" "),
      ),
    ).toEqual(["cyberattack 176 2022-05,2022-05-17"]);
  });
});
