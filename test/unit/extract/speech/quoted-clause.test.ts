// A quoted phrase inside a clause closed by its attribution (quoted-clause.ts), on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, saidPairs } from "../helpers.ts";

const texts = (body: string) => saidPairs(body).map(([, t]) => t);
const lead = "Chile’s agriculture ministry said on Monday that it had closed two markets. ";

describe("a quoted phrase inside a clause closed by ', X said'", () => {
  it("gives the whole clause before the attribution, not the quoted words alone", () => {
    const out = saidPairs(
      `${lead}Tests on cattle near the border had shown “clear signs” of the virus, it said.`,
    );
    expect(out).toContainEqual([
      "org:cl:ministry-of-agriculture",
      "Tests on cattle near the border had shown “clear signs” of the virus",
    ]);
    expect(out.map(([, t]) => t)).not.toContain("clear signs");
  });

  it("reads the comma that closes the clause inside the quotation", () => {
    expect(texts(`${lead}Inspectors “checked every lorry twice,” the ministry said.`)).toContain(
      "Inspectors “checked every lorry twice,”",
    );
  });

  it("keeps two coordinated quotations in one clause as one statement", () => {
    const out = texts(
      `${lead}The ban was “temporary” and “proportionate,” the ministry’s spokesman, Ana Ruiz, said.`,
    );
    expect(out).toContain("The ban was “temporary” and “proportionate,”");
    expect(out).not.toContain("proportionate,");
  });

  it("starts the clause after the dateline", () => {
    const out = texts(
      "SANTIAGO, July 9 (Reuters) — Chile’s agriculture ministry shut two markets selling “untested meat” from Peru, the ministry said.",
    );
    expect(out).toContain("Chile’s agriculture ministry shut two markets selling “untested meat” from Peru");
  });
});

describe("quotations that stay the statement's whole text (negative cases)", () => {
  it("a quotation opening its sentence", () => {
    expect(texts(`${lead}“We will not wait,” the ministry said.`)).toContain("We will not wait,");
  });

  it("a quotation after a colon frame", () => {
    const out = texts(
      `${lead}The ministry had one message for traders: “Stay away from the border,” it said.`,
    );
    expect(out).toContain("Stay away from the border,");
  });

  it("a quotation inside the complement of an earlier reporting verb", () => {
    const out = texts("Ana Ruiz told reporters the ban was “temporary” for now, the agency reported.");
    expect(out.some((t) => t?.startsWith("Ana Ruiz told"))).toBe(false);
  });
});

describe("a closing attribution over a clause whose own verbs come before its quotations", () => {
  const rows = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

  it.each([
    [
      "Foreign Minister Ana Ruiz met the envoy for an hour and conveyed Lima’s “deep concern” over the raid, the foreign ministry said in a statement.",
      "org:pe:ministry-of-foreign-affairs|Foreign Minister Ana Ruiz met the envoy for an hour and conveyed Lima’s “deep concern” over the raid",
    ],
    [
      "The minister urged Bolivia to “show restraint” at the border, the Peruvian foreign ministry said.",
      "org:pe:ministry-of-foreign-affairs|The minister urged Bolivia to “show restraint” at the border",
    ],
    [
      "Peru accused Chile of “reckless” manoeuvres near Arica, the Peruvian foreign ministry said on Monday.",
      "org:pe:ministry-of-foreign-affairs|Peru accused Chile of “reckless” manoeuvres near Arica",
    ],
    [
      "Foreign Minister Ana Ruiz conveyed Lima’s “deep concern” at remarks it regarded as “hostile to a neighbour,” the Ministry of Foreign Affairs and Trade said in a statement.",
      "org:pe:ministry-of-foreign-affairs|Foreign Minister Ana Ruiz conveyed Lima’s “deep concern” at remarks it regarded as “hostile to a neighbour,”",
    ],
  ])("gives the whole clause, quotations and all, to the closing speaker (%#)", (body, row) => {
    expect(rows(body)).toEqual([row]);
  });

  it("leaves the quotation to its own verb when an outlet closes the sentence", () => {
    expect(
      rows("Minister Ana Ruiz called the plan “a disgrace”, the state news agency Andina reported."),
    ).toEqual(["person:ana-ruiz|the plan “a disgrace”"]);
  });

  it("leaves it when the closing verb goes on after a comma", () => {
    expect(
      rows(
        "Minister Ana Ruiz called the plan “a disgrace”, the ministry said, adding that talks would go on.",
      ),
    ).toContain("person:ana-ruiz|the plan “a disgrace”");
  });
});
