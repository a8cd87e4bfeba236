import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.text}`);

describe("verbCues: labels inside relative clauses", () => {
  it("reads 'what it called X' (no quotation) as a label, not a speech act", () => {
    const out = said(
      "Chile protested on Monday against what it called an unprecedented number of incursions.",
    );
    expect(out.some((x) => x.includes("|called|"))).toBe(false);
  });

  it("keeps the host clause whole across 'which it calls X'", () => {
    const out = said(
      "Foreign Minister Ana Ruiz said the strait, which it calls the Southern Passage, was open to all ships.",
    );
    expect(out).toEqual([
      "person:ana-ruiz|said|the strait, which it calls the Southern Passage, was open to all ships",
    ]);
  });

  it("still reads a quoted label as the speaker's words", () => {
    const out = said("Chile lodged a protest over the drills, which it called “a needless provocation.”");
    expect(out).toContain("country:cl|called|a needless provocation.");
  });
});

describe("verbCues: -s forms after a finite verb", () => {
  it("reads 'broke promises' as a verb and its object, not a second speech act", () => {
    const out = said("Minister Ana Ruiz said the levy broke promises Peru had made to traders.");
    expect(out).toEqual(["person:ana-ruiz|said|the levy broke promises Peru had made to traders"]);
  });
});
