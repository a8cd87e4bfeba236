import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.text}`);

describe("paraphrase statements: participles", () => {
  it("lets a participle after a comma carry the clause", () => {
    const out = said("Peru recalled its ambassador on Monday, saying the border talks had failed.");
    expect(out.some((x) => x.endsWith("|the border talks had failed"))).toBe(true);
  });

  it("keeps a participle inside the complement as part of what was said", () => {
    const out = said(
      "The Peruvian foreign ministry said it had handed the envoy a note rejecting the new border map.",
    );
    expect(out).toContain(
      "org:pe:ministry-of-foreign-affairs|said|it had handed the envoy a note rejecting the new border map",
    );
  });
});

describe("paraphrase statements: a reporting verb after the clause", () => {
  it("reads the clause before ', X said on Friday, defending …'", () => {
    const out = said(
      "Kenya will send 400 police officers to the island next month, the interior ministry said on Friday, defending the plan against critics.",
    );
    expect(out).toContain(
      "org:ke:ministry-of-interior|said|Kenya will send 400 police officers to the island next month",
    );
  });

  it("reads the clause before ', X said in a statement.'", () => {
    const out = said("Troops will stay until the vote, the Malian army said in a statement.");
    expect(out.some((x) => x.endsWith("|said|Troops will stay until the vote"))).toBe(true);
  });

  it("does not read a clause when the verb takes an object after it", () => {
    const out = said("Kenya will send 400 officers, the ministry said the plan was final.");
    expect(out.some((x) => x.endsWith("|Kenya will send 400 officers"))).toBe(false);
  });
});

describe("paraphrase statements: a reporting verb inside another's clause", () => {
  it("keeps 'said the United States welcomed …' as one statement of the outer speaker", () => {
    const out = said(
      "The ministry of defence of Peru said the United States welcomed the plan and would send advisers.",
    );
    expect(out).toEqual([
      "org:pe:ministry-of-defense|said|the United States welcomed the plan and would send advisers",
    ]);
  });

  it("lets a named person inside the clause speak for themself", () => {
    const out = said("Peru’s state news agency Andina reported that Ana Ruiz described the plan as “fair.”");
    expect(out.some((x) => x.startsWith("person:ana-ruiz|"))).toBe(true);
  });
});
