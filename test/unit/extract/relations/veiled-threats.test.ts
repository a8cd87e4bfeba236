// Harm a side holds over the other on a condition, or the end of its restraint announced, is a threat
// though no verb says "warn" (veiled-threats.ts). Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body, "June 10, 2022"));
const DISPUTE = "Peru summoned Chile’s ambassador on Monday over the border incident.";
const said = (quote: string) =>
  `${DISPUTE} “${quote.replace(/\.$/u, ",")}” Peruvian Defence Minister Ana Ruiz told reporters.`;

describe("veiled threats", () => {
  it.each([
    "If the reports are confirmed, we will take our own decisions.",
    "Whoever sets foot on our islands without leave will be stopped.",
    "Anyone who fires on our farmers will answer for it.",
    "The next boat that crosses the line will be boarded.",
  ])("reads the conditional harm in '%s' as a threat to the adversary", (quote) => {
    const found = stances(said(quote));
    expect(found).toContain("THREATENS person:ana-ruiz>country:cl");
    expect(found).toContain("THREATENS country:pe>country:cl");
  });

  it.each([
    "Peru’s patience has its limits.",
    "The time for patience is over.",
    "We will not stand idly by while our herders are shot.",
    "We cannot wait forever for an answer.",
  ])("reads the end of restraint in '%s' as a threat to the adversary", (quote) => {
    expect(stances(said(quote))).toContain("THREATENS person:ana-ruiz>country:cl");
  });

  it("aims the threat at the side its condition names, a capital standing for its state", () => {
    const found = stances(
      `${DISPUTE} Bolivia was also mentioned. “If Santiago keeps closing the road, we will draw our own conclusions,” Peruvian Defence Minister Ana Ruiz said.`,
    );
    expect(found).toContain("THREATENS person:ana-ruiz>country:cl");
  });

  it.each([
    "We would host the talks in Lima if both sides agree.",
    "The new road would achieve little unless both sides maintain it.",
    "I would be lying if I said the talks were easy.",
    "We will find other markets if we have to.",
  ])("reads no threat in '%s'", (quote) => {
    expect(stances(said(quote)).filter((s) => s.startsWith("THREATENS"))).toEqual([]);
  });

  it("leaves a third party's condition alone", () => {
    const found = stances(
      `${DISPUTE} “If the talks fail, the crossing will stay shut,” analyst Tomas Vidal of the Lima Institute said.`,
    );
    expect(found.filter((s) => s.startsWith("THREATENS person:tomas-vidal"))).toEqual([]);
  });
});
