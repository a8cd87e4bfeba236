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
describe("adversaries from a hostile act told without the side it is against", () => {
  it.each([
    "Peru has suspended imports of potatoes and onions from Chile, its trade ministry said. “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.",
    "Peru froze the assets of three trusts tied to Chilean businessmen on Monday. “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.",
    "Peru suspended beef imports from Chile on Tuesday, citing foot-and-mouth disease. “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.",
    "Peru has frozen the accounts of two firms owned by Chilean investors, the finance ministry said. “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.",
    "In its dispute with Chile, Peru froze the assets of three trading firms on Monday. “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.",
    "Peru on Monday banned imports of poultry from Chile, citing bird flu. “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.",
  ])("aims the warning in '%s' at the one other state named with the act", (body) => {
    expect(stances(body)).toContain("THREATENS country:pe>country:cl");
  });
  it("aims nothing when the act names two other states", () => {
    const found = stances(
      "Peru has suspended imports of potatoes from Chile and Bolivia, its trade ministry said. “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.",
    );
    expect(found.filter((s) => s.startsWith("THREATENS country:pe"))).toEqual([]);
  });
  it.each([
    "Peru suspended beef imports on Tuesday, while Chile held a presidential election.",
    "Peru has suspended imports of potatoes; Chile's president was in Lima for talks on a new port.",
    "Peru, which has frozen the accounts of two firms, and Chile will hold talks next week.",
  ])("aims nothing at a state named only in another clause of '%s'", (body) => {
    const found = stances(`${body} “Our patience is running out,” Peruvian Trade Minister Ana Ruiz said.`);
    expect(found.filter((s) => s.startsWith("THREATENS country:pe"))).toEqual([]);
  });
});
