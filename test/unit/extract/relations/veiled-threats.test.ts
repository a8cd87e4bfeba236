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

describe("a refusal, to come, of the other side's conduct (test/corpus/README.md)", () => {
  it.each([
    "We will not tolerate any more raids on our fishing villages.",
    "Peru would no longer accept being pushed around in its own waters.",
    "We won’t let it become a habit.",
    "Such provocations will not be tolerated on Peruvian soil.",
    "We will never accept that our herders are treated as criminals on their own land.",
    "We will not allow further encroachment on our river.",
  ])("reads '%s' as a threat to the adversary that criticises its conduct too", (quote) => {
    const found = stances(said(quote));
    expect(found).toContain("THREATENS person:ana-ruiz>country:cl");
    expect(found).toContain("THREATENS country:pe>country:cl");
    expect(found).toContain("CRITICIZES person:ana-ruiz>country:cl");
  });

  it("aims the threat at the side the conduct is told of, and gives the statement CAMEO 130", () => {
    const body = `${DISPUTE} Bolivia was also mentioned. “We will not tolerate interference by Bolivia in our elections,” Peruvian Defence Minister Ana Ruiz said.`;
    expect(stances(body)).toContain("THREATENS person:ana-ruiz>country:bo");
    const st = extractBody(body, "June 10, 2022").statements.find((s) => s.text.includes("interference"));
    expect(st?.cameo).toBe("130");
  });

  it.each([
    "We will not allow any foreign company to drill in our waters.",
    "We will not let anyone redraw this line by force.",
    "Peru will never allow its territory to be used against a neighbour.",
    "We will not let our border towns become a battlefield.",
    "We would not accept the proposed quota.",
  ])("reads '%s' as resolve: no stance from the speaker", (quote) => {
    const found = stances(said(quote)).filter((s) => s.includes("person:ana-ruiz"));
    expect(found).toEqual([]);
  });

  it("leaves a refusal from a side without an adversary alone", () => {
    const found = stances(
      "“We will not tolerate incursions into our airspace,” Peruvian Defence Minister Ana Ruiz said on Monday.",
    );
    expect(found.filter((s) => s.startsWith("THREATENS"))).toEqual([]);
  });
});

describe("a refusal with quotation marks inside it, or aimed at a doer of hostile acts", () => {
  it.each([
    `${DISPUTE} Peru’s defence ministry said Lima would “not tolerate the looting of its fishing grounds.”`,
    `${DISPUTE} Peru’s defence ministry said Lima “will not tolerate” any agency that works against the Peruvian state.`,
    `${DISPUTE} “We will not permit any group that plots against our government to operate here,” Peruvian Defence Minister Ana Ruiz said.`,
    `${DISPUTE} Peru’s defence ministry said it would “no longer accept” violations of its airspace.`,
  ])("reads '%s' as a threat to the adversary", (body) => {
    expect(stances(body)).toContain("THREATENS country:pe>country:cl");
  });
});

describe("conclusions to be drawn, whoever's own", () => {
  it.each([
    `${DISPUTE} Peru’s defence ministry said Lima would “draw its own conclusions.”`,
    `${DISPUTE} “We will draw our own conclusions,” Peruvian Defence Minister Ana Ruiz said.`,
    `${DISPUTE} Peru’s defence ministry said the government would draw the necessary conclusions.`,
    `${DISPUTE} Peru’s defence ministry said the Peruvian authorities would draw their own conclusions.`,
  ])("reads '%s' as a threat to the adversary", (body) => {
    expect(stances(body)).toContain("THREATENS country:pe>country:cl");
  });

  it("reads no threat in conclusions drawn from a report", () => {
    const found = stances(
      `${DISPUTE} Peru’s defence ministry said the report drew its own conclusions about the weather.`,
    );
    expect(found.filter((s) => s.startsWith("THREATENS"))).toEqual([]);
  });
});
