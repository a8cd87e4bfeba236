// Who a side of a dispute is against (adversaries.ts): a stance event with a source and no target is
// against its other parties, so a later warning from the source's side is aimed at them.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));

describe("adversaries from stance events without a target", () => {
  it.each([
    "Peru lodged a protest with Chile on Monday. “Our patience is running out,” Peruvian Foreign Minister Ana Ruiz said.",
    "Peru lodged a formal protest with Chile over the detentions. Peruvian Foreign Minister Ana Ruiz said Lima reserved the right to respond.",
    "Peru on Monday lodged a protest with Chile. Peruvian Foreign Minister Ana Ruiz said all options were on the table.",
    "Peru lodged a diplomatic protest with Chile. “We will not hesitate to act,” Peruvian Foreign Minister Ana Ruiz said.",
  ])("aims the warning in '%s' at the other party of the protest", (body) => {
    const found = stances(body);
    expect(found).toContain("THREATENS person:ana-ruiz>country:cl");
    expect(found).toContain("THREATENS country:pe>country:cl");
  });
  it("aims nothing at a party of a friendly event", () => {
    const found = stances(
      "Peru signed a trade deal with Chile. “Our patience is running out,” Peruvian Foreign Minister Ana Ruiz said.",
    );
    expect(found).not.toContain("THREATENS person:ana-ruiz>country:cl");
  });
});
