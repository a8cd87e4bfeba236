// "In a statement, it said …": an opening "it" continues the body the sentence before was about (made-up text).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("an opening 'it' continues the previous sentence's body", () => {
  it("'In a statement, it called …' after the ministry's own sentence", () => {
    const body =
      "The Chilean foreign ministry said Peruvian boats had entered Chilean waters. In a statement, it called the incursions “a grave provocation.”";
    expect(said(body)).toContain("org:cl:ministry-of-foreign-affairs|the incursions “a grave provocation.”");
  });

  it("'called X “A” and “B”': both coordinated quotes are the verb's", () => {
    const body =
      "The Chilean foreign ministry said Peruvian boats had entered Chilean waters. In a statement, it called the incursions “a grave provocation” and “unworthy of a neighbour.”";
    expect(said(body)).toEqual([
      "org:cl:ministry-of-foreign-affairs|Peruvian boats had entered Chilean waters",
      "org:cl:ministry-of-foreign-affairs|the incursions “a grave provocation”",
      "org:cl:ministry-of-foreign-affairs|unworthy of a neighbour.",
    ]);
  });

  it("'it said … and accused X of …' after a sentence without speech", () => {
    const x = extractBody(
      "Peru’s defence ministry rejected the complaint. In a statement, it said its boats had stayed in open sea and accused Chile of arming its coast.",
    );
    expect(x.statements.map((s) => s.speakerId)).toEqual([
      "org:pe:ministry-of-defense",
      "org:pe:ministry-of-defense",
    ]);
    expect(x.relations.some((r) => r.kind === "ACCUSES" && r.sourceId === "org:pe:ministry-of-defense")).toBe(
      true,
    );
  });

  it("never a person (people are 'he' or 'she'), and across a paragraph only from a body that spoke or opened it", () => {
    expect(said("Foreign Minister Ana Rojas met Peruvian envoys. It said the talks would go on.")).toEqual(
      [],
    );
    // (Round 9: a body that opens the last sentence of the paragraph before is the subject "It" continues.)
    expect(said("The Chilean navy patrolled the bay.\n\nIt said the boats had left.")).toEqual([
      "org:cl:navy|the boats had left",
    ]);
    expect(said("Fog covered the bay near the Chilean navy base.\n\nIt said the boats had left.")).toEqual(
      [],
    );
    // (A paragraph opening "It said" goes on from the body whose statement closed the last one.)
    expect(said("The Chilean navy rejected the report.\n\nIt said the boats had left.")).toEqual([
      "org:cl:navy|the boats had left",
    ]);
  });
});

describe("'it' after a closing quotation", () => {
  it("continues the body that spoke in the sentence before, even one named by a definite noun", () => {
    const out = said(
      "The European Union fined the firm on Monday. The bloc said the fine was final. “This was a deliberate breach,” it said.",
    );
    expect(out).toContain("org:eu|This was a deliberate breach,");
  });
});

describe("'it' for a body across a paragraph or after the clause it said", () => {
  const lead = "Mexico’s foreign ministry said on Monday that it had sent a note to Washington.";

  it("continues the body that spoke last when a paragraph opens with 'It said'", () => {
    expect(said(`${lead}\n\nIt said the note asked for an explanation.`)).toContain(
      "org:mx:ministry-of-foreign-affairs|the note asked for an explanation",
    );
  });

  it("reads '…, it said.' as the body's words", () => {
    expect(said(`${lead} The note asked for an explanation, it said.`)).toContain(
      "org:mx:ministry-of-foreign-affairs|The note asked for an explanation",
    );
  });

  it("does not reach back over a paragraph in which nobody spoke", () => {
    expect(said(`${lead}\n\nThe drones flew over Sonora.\n\nIt said the flights had stopped.`)).toEqual([
      "org:mx:ministry-of-foreign-affairs|it had sent a note to Washington",
    ]);
  });
});
