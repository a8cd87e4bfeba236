// Stances told in the passive voice (passive-stances.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const has = (x: X, kind: string, from: string, to: string) =>
  x.relations.some((r) => r.kind === kind && r.sourceId === from && r.targetId === to);

describe("passive stances", () => {
  it("reads 'X was accused by Y of …' as Y accusing X", () => {
    const x = extractBody(
      "Uzbekistan was accused by Tajikistan in 2021 of diverting water from a shared canal.",
    );
    expect(has(x, "ACCUSES", "country:tj", "country:uz")).toBe(true);
    expect(has(x, "ACCUSES", "country:uz", "country:tj")).toBe(false);
  });
  it("reads 'has been criticised by the bloc' as the last bloc named criticising", () => {
    const x = extractBody(
      "Mali hosted an ECOWAS delegation on Monday. Guinea has been criticised by the bloc for delaying elections.",
    );
    expect(has(x, "CRITICIZES", "org:ecowas", "country:gn")).toBe(true);
  });
  it("reads a coordinated '…, and was accused by' with the sentence's subject", () => {
    const x = extractBody(
      "Peru was suspended from the talks in May after a dispute with Chile, and was accused by Bolivia of bad faith.",
    );
    expect(has(x, "ACCUSES", "country:bo", "country:pe")).toBe(true);
    expect(has(x, "ACCUSES", "country:bo", "country:cl")).toBe(false);
  });
  it("repeats a ministry's stance from its state", () => {
    const x = extractBody(
      "Armenia was threatened by Azerbaijan’s defence ministry with a military response.",
    );
    expect(has(x, "THREATENS", "country:az", "country:am")).toBe(true);
  });
  it("ignores a passive whose agent is no party", () => {
    const x = extractBody("Kazakhstan was criticised by several analysts for its grain export ban.");
    expect(x.relations.filter((r) => r.kind === "CRITICIZES")).toEqual([]);
  });
  it("reads every stance participle, with adverbs before it", () => {
    const x = extractBody("Bolivia was sharply castigated by Peru over the canal.");
    expect(has(x, "CRITICIZES", "country:pe", "country:bo")).toBe(true);
    const y = extractBody("Bolivia has been repeatedly blamed by Peru for the shortages.");
    expect(has(y, "ACCUSES", "country:pe", "country:bo")).toBe(true);
  });
  it("reads no stance from a passive of praise", () => {
    const x = extractBody("Bolivia was praised by Peru for its restraint.");
    expect(x.relations.filter((r) => ["CRITICIZES", "ACCUSES", "THREATENS"].includes(r.kind))).toEqual([]);
  });
  it("reads a passive whose complement stands before the agent", () => {
    expect(
      has(
        extractBody("Chile was threatened with sanctions by Peru."),
        "THREATENS",
        "country:pe",
        "country:cl",
      ),
    ).toBe(true);
    expect(
      has(extractBody("Chile was accused of spying by Peru."), "ACCUSES", "country:pe", "country:cl"),
    ).toBe(true);
  });
  it("reads no stance when the agent after the complement is no party", () => {
    const x = extractBody("Chile was criticised over the treatment of migrants by local police.");
    expect(x.relations.filter((r) => r.kind === "CRITICIZES")).toEqual([]);
  });
});

describe("passive stances by a titled person", () => {
  it.each([
    ["Chile was criticised by Peruvian Foreign Minister Ana Ruiz on Monday.", "CRITICIZES"],
    ["Chile was accused by Peru’s envoy Ana Ruiz of spying.", "ACCUSES"],
    ["Chile has been condemned by Peruvian Prime Minister Ana Ruiz.", "CRITICIZES"],
    ["Chile was rebuked by Peru’s Defence Minister Ana Ruiz for the raid.", "CRITICIZES"],
  ])("runs the stance in '%s' from the person and Peru", (body, kind) => {
    const found = stancePairs(extractBody(body));
    expect(found).toContain(`${kind} person:ana-ruiz>country:cl`);
    expect(found).toContain(`${kind} country:pe>country:cl`);
  });
  it("keeps the state as agent when no person follows its title", () => {
    const found = stancePairs(extractBody("Chile was criticised by Peru’s Foreign Ministry on Monday."));
    expect(found).not.toContain("CRITICIZES person:ana-ruiz>country:cl");
    expect(found).toContain("CRITICIZES country:pe>country:cl");
  });
});
