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
