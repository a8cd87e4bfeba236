// Tests of src/extract/events/interrupted-clauses.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { withoutInterruptions } from "../../../../src/extract/events/interrupted-clauses.ts";
import { entityDoc, extractBody } from "../helpers.ts";

const DATE = "June 10, 2022";
const kinds = (body: string) =>
  extractBody(body, DATE).events.map((e) => `${e.type} ${e.cameo} ${e.dates.map((d) => d.value).join(",")}`);

describe("an attribution set between an act's subject and its verb", () => {
  it("is blanked for the event readers, offsets kept", () => {
    const body = "The two fishermen, the ministry said, had been shot near the border on Tuesday.";
    const masked = withoutInterruptions(entityDoc(body, "2022-06-10"));
    expect(masked.body).toHaveLength(body.length);
    expect(masked.body).toMatch(/^The two fishermen +had been shot/);
    expect(masked.mentions.some((m) => m.start > 18 && m.start < 36)).toBe(false);
  });

  it("lets a retold act take its day", () => {
    const lead = "Peru protested on Friday after Chilean troops shot dead two fishermen.\n\n";
    expect(
      kinds(`${lead}The two men, the ministry said, had been shot near the border on Tuesday.`),
    ).toContain("military-attack 190 2022-06-07");
    expect(
      kinds(`${lead}The fishermen, according to the Peruvian navy, were shot at dawn on Wednesday.`),
    ).toContain("military-attack 190 2022-06-08");
  });

  it("lets a planned meeting be read with its subject", () => {
    for (const tag of ["he said", "she added", "the ministry said on Thursday", "officials told reporters"])
      expect(kinds(`Their defence ministers, ${tag}, would meet in Lima in July.`)).toContain(
        "meeting 036 2022-07",
      );
  });

  it("leaves tags that open no predicate, and quoted words, as written", () => {
    for (const body of [
      "Chile met Peru, she said, adding that they talked.",
      "“The two men, he said, were friends,” the minister said.",
      "Bolivia, Peru and Chile said they were ready.",
    ]) {
      const masked = withoutInterruptions(entityDoc(body, "2022-06-10"));
      expect(masked.body).toBe(body);
    }
  });
});
