import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("quote statements: a quoted object opening a reported clause", () => {
  it("keeps the whole clause when the quote is the object of an accusation", () => {
    expect(
      said(
        "Peru's foreign ministry spokeswoman Rosa Quispe accused “outside actors” of stirring unrest along the border.",
      ),
    ).toContain("person:rosa-quispe|“outside actors” of stirring unrest along the border");
  });

  it("keeps the whole clause when the quote is the object of an appeal", () => {
    expect(
      said("Foreign Minister Tomas Varga urged “all parties” to return to talks before the winter."),
    ).toContain("person:tomas-varga|“all parties” to return to talks before the winter");
  });

  it("keeps the quoted words alone when nothing of the clause follows the quote", () => {
    expect(said("Foreign Minister Tomas Varga said “we will not be intimidated.”")).toContain(
      "person:tomas-varga|we will not be intimidated.",
    );
  });
});

describe("quote statements: a second act joined by 'but'", () => {
  it("ends the embedding clause before 'but said'", () => {
    const out = said(
      "Senator Paul Okafor said the sanctions “punish the wrong people” but said Nigeria would comply with them.",
    );
    expect(out).toContain("person:paul-okafor|the sanctions “punish the wrong people”");
  });
});

describe("quote statements: a bare quotation after an attributed one", () => {
  it("goes on in the same voice within the paragraph", () => {
    const out = said(
      "Minister Ana Ruiz spoke after the vote. “We respect the result,” Ruiz said. “The work starts now.”",
    );
    expect(out).toContain("person:ana-ruiz|The work starts now.");
  });

  it("does not carry the voice past a sentence without a quote", () => {
    const out = said(
      "“We respect it,” Minister Ana Ruiz said. The vote was close. “Nothing is settled.”\n\nThe count ended.\n\n“The work starts now.”",
    );
    expect(out.some((x) => x.endsWith("|Nothing is settled."))).toBe(false);
    expect(out.some((x) => x.endsWith("|The work starts now."))).toBe(false);
  });

  it("carries it into a bare quoted paragraph right after (round 5: wire copy leaves those unattributed)", () => {
    const out = said("“We respect the result,” Minister Ana Ruiz said.\n\n“The work starts now.”");
    expect(out).toContain("person:ana-ruiz|The work starts now.");
  });
});

describe("quote statements: a quotation inside a relative clause of the reported clause", () => {
  it("stores the whole clause, relative clause and quotation included", () => {
    const out = said(
      "Minister Ana Ruiz said the tip came from the coast guard, which had tracked the trawler “for many weeks.”",
    );
    expect(out).toContain(
      "person:ana-ruiz|the tip came from the coast guard, which had tracked the trawler “for many weeks.”",
    );
  });
});

describe("quote statements: a quotation after a verb inside another's clause", () => {
  it("belongs to the outer speaker", () => {
    expect(
      said("Minister Ana Ruiz said the bloc’s members had agreed that trade “must stay open to all.”"),
    ).toEqual(["person:ana-ruiz|the bloc’s members had agreed that trade “must stay open to all.”"]);
  });
});
