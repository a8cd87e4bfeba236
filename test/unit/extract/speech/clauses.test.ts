import { describe, expect, it } from "vitest";
import { clauseEnd, complementStart } from "../../../../src/extract/speech/clauses.ts";
import { entityDoc, extractBody, rels, saidPairs, speakerTexts, statementRows } from "../helpers.ts";

/** The reported clause that starts right after `said `, as clauseEnd cuts it. */
function clauseAfterSaid(body: string): string {
  const doc = entityDoc(body);
  const from = body.indexOf("said ") + "said ".length;
  const s = doc.sentences.find((x) => x.start <= from && from < x.end);
  if (!s) throw new Error("no sentence");
  return body.slice(from, clauseEnd(doc, s, from));
}

describe("clauseEnd", () => {
  it("reads past an appositive that sits between a short subject and its verb", () => {
    expect(
      clauseAfterSaid(
        "Minister Ana Ruiz said the envoy, a career diplomat from Lima, had been told to leave within a week.",
      ),
    ).toBe("the envoy, a career diplomat from Lima, had been told to leave within a week");
  });

  it("reads past a relative clause and an irregular past verb after it", () => {
    expect(
      clauseAfterSaid("Mr Oduya said the levy, which starts in March, broke an earlier pledge to traders."),
    ).toBe("the levy, which starts in March, broke an earlier pledge to traders");
  });

  it("reads past a dashed list between the subject and a modal", () => {
    expect(
      clauseAfterSaid("Ms Tan said the three partners — Chile, Peru and Ecuador — would pool their patrols."),
    ).toBe("the three partners — Chile, Peru and Ecuador — would pool their patrols");
  });

  it("still ends the clause at a trailing appositive with no verb after it", () => {
    expect(
      clauseAfterSaid("Mr Haddad said the talks had failed, the latest setback for the two neighbours."),
    ).toBe("the talks had failed");
  });

  it("still ends the clause when a long clause comes before the comma", () => {
    expect(
      clauseAfterSaid(
        "Ms Berg said the coast guard had stopped the trawler near the cape, a move that has angered the fleet.",
      ),
    ).toBe("the coast guard had stopped the trawler near the cape");
  });
});

describe("complementStart after a time adverbial", () => {
  const start = (body: string) => {
    const doc = entityDoc(body);
    const verbEnd = body.indexOf("said") + "said".length;
    const s = doc.sentences.find((x) => x.start <= verbEnd && verbEnd < x.end);
    if (!s) throw new Error("no sentence");
    const from = complementStart(doc, s, verbEnd);
    return from === undefined ? undefined : body.slice(from, from + 12);
  };

  it("skips a weekday, with or without 'on' and a part of the day", () => {
    expect(start("Ghana said on Monday it had closed the crossing.")).toBe("it had close");
    expect(start("Ghana said Tuesday evening the crossing was shut.")).toBe("the crossing");
    expect(start("The ministry said late on Friday Ghana would reply.")).toBe("Ghana would ");
  });

  it("skips a dated or relative time before the clause", () => {
    expect(start("Ghana said on March 3 it had closed the crossing.")).toBe("it had close");
    expect(start("Ghana said earlier this week the crossing was shut.")).toBe("the crossing");
  });

  it("does not read a time adverbial alone as a clause", () => {
    expect(start("Ghana said on Monday.")).toBeUndefined();
    expect(start("Ghana said on Monday in a statement.")).toBeUndefined();
  });
});

describe("complementStart with an approximate number", () => {
  it("reads 'said about 300 people …' as a clause, but not 'said about the talks'", () => {
    const at = (body: string) => {
      const doc = entityDoc(body);
      const verbEnd = body.indexOf("said") + 4;
      const s = doc.sentences[0];
      if (!s) throw new Error("no sentence");
      return complementStart(doc, s, verbEnd);
    };
    expect(at("Ghana said about 300 people had crossed the border.")).toBe(11);
    expect(at("Ghana said about the talks that nothing had changed.")).not.toBe(11);
  });
});

describe("a warning to a named actor is a threat", () => {
  it("turns an unquoted 'was a warning to X' clause into CAMEO 130 with a THREATENS relation", () => {
    const x = extractBody("Iran said the test was a warning to Israel.");
    expect(statementRows(x)).toEqual([
      ["paraphrase", "country:ir", "said", "130", "the test was a warning to Israel", ["country:il"]],
    ]);
    expect(x.statements[0]?.targetIds).toEqual(["country:il"]);
    expect(rels(x, "THREATENS")).toEqual(["country:ir>country:il"]);
  });
  it("needs a named target: a warning to nobody in particular stays a statement", () => {
    const x = extractBody("Iran said the test was a warning to its enemies.");
    expect(statementRows(x)).toEqual([
      ["paraphrase", "country:ir", "said", "010", "the test was a warning to its enemies", []],
    ]);
    expect(rels(x, "THREATENS")).toEqual([]);
  });
});

describe("an adverbial with an '-ed' adjective before 'that'", () => {
  it("skips 'in a televised address' to the clause after 'that'", () => {
    expect(
      speakerTexts(
        "Prime Minister Ilse Varga said in a televised address that Hungary would not bow to pressure.",
      ),
    ).toEqual(["person:ilse-varga|Hungary would not bow to pressure"]);
  });
});

describe("a time adverbial, then a parenthetical, before 'that'", () => {
  it("reads 'warned on Monday, before the vote, that …'", () => {
    expect(
      speakerTexts("Chile’s central bank warned on Monday, before the vote, that prices would rise."),
    ).toEqual(["org:cl:central-bank|prices would rise"]);
  });

  it("reads the clause after 'that' but never the parenthetical's own verb as said (negative case)", () => {
    expect(speakerTexts("Peru said on Monday, after talks collapsed, that it would appeal.")).toEqual([
      "country:pe|it would appeal",
    ]);
  });
});

describe("a parenthetical between the verb and 'that'", () => {
  it("reads past ', however,' and ', in a statement,'", () => {
    expect(speakerTexts("Rui Matos acknowledged, however, that the gauge had failed.")).toEqual([
      "person:rui-matos|the gauge had failed",
    ]);
    expect(speakerTexts("Rui Matos said, in a statement, that the gauge had failed.")).toEqual([
      "person:rui-matos|the gauge had failed",
    ]);
  });

  it("does not read a parenthetical that holds a clause break ('said, after a pause. That …')", () => {
    expect(speakerTexts("Rui Matos said nothing, as usual. That was all.")).toEqual([]);
  });
});

describe("a verb in a relative or adverbial clause with its own subject", () => {
  it("keeps ', where farmers protested …' inside the reported clause and gives it no speaker", () => {
    expect(
      speakerTexts(
        "Chile’s foreign ministry said the deal would help the region, where farmers protested against shortages.",
      ),
    ).toEqual([
      "org:cl:ministry-of-foreign-affairs|the deal would help the region, where farmers protested against shortages",
    ]);
  });

  it("ends the reported clause before ', because traders complained'", () => {
    expect(
      speakerTexts(
        "Ghana said on Monday it would reopen the border, because traders complained about losses.",
      ),
    ).toEqual(["country:gh|it would reopen the border"]);
  });

  it("still credits an actor that is the subject inside the clause (', where Ghana said …')", () => {
    expect(speakerTexts("Togo closed the road, where Ghana said the raids had started.")).toEqual([
      "country:gh|the raids had started",
    ]);
  });
});

describe("a relative clause inside a reported clause with a second predicate after it", () => {
  it("keeps ', which …, and did not …' in the clause", () => {
    expect(
      speakerTexts(
        "Rui Matos said Chile preferred the commission, which meets in July, and did not recognise the court.",
      ),
    ).toEqual([
      "person:rui-matos|Chile preferred the commission, which meets in July, and did not recognise the court",
    ]);
  });

  it("still ends the clause at a trailing relative ('…, which meets in July.')", () => {
    expect(speakerTexts("Rui Matos said Chile preferred the commission, which meets in July.")).toEqual([
      "person:rui-matos|Chile preferred the commission",
    ]);
  });
});

describe("'in a statement carried by <outlet>'", () => {
  it("skips the outlet before 'that …'", () => {
    expect(
      speakerTexts(
        "Algeria’s foreign ministry said in a statement carried by the state news agency APS that the border would stay closed.",
      ),
    ).toContain("org:dz:ministry-of-foreign-affairs|the border would stay closed");
  });

  it("closes a sentence after the outlet ('…, X said in a statement carried by APS.')", () => {
    expect(
      speakerTexts(
        "The border would stay closed, Algeria’s foreign ministry said in a statement carried by the state news agency APS.",
      ),
    ).toContain("org:dz:ministry-of-foreign-affairs|The border would stay closed");
  });

  it("still reads a finite verb before 'that' as the clause ('said the members had agreed that …')", () => {
    expect(speakerTexts("Chile said the members had agreed that talks would resume.")).toEqual([
      "country:cl|the members had agreed that talks would resume",
    ]);
  });
});

describe("'said in a report|letter|statement <participle> … that …'", () => {
  it.each([
    "in a report released on Tuesday that",
    "in a letter sent to the bloc that",
    "in its annual report published on Monday that",
    "in a joint statement issued by both ministries that",
  ])("skips the adverbial '%s' to the clause", (frame) => {
    expect(
      saidPairs(`Estonia’s interior ministry said ${frame} the attack had been carried out by a group.`),
    ).toEqual([["org:ee:ministry-of-interior", "the attack had been carried out by a group"]]);
  });
});
