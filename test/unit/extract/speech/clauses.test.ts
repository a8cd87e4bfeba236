import { describe, expect, it } from "vitest";
import { clauseEnd, complementStart } from "../../../../src/extract/speech/clauses.ts";
import { entityDoc } from "../helpers.ts";

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
