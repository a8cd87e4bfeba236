// Threats told in set phrases (stated-threats.ts).
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body));
const DISPUTE = "Peru accused Chile on Monday of sending warships into its waters.";

describe("stated threats", () => {
  it.each([
    "“Any further provocation will receive a firm response,” Peruvian Defence Minister Ana Ruiz said.",
    "“Any new incursion will be met with a decisive response,” Peruvian Defence Minister Ana Ruiz said.",
    "“Our restraint should not be mistaken for weakness,” Peruvian Defence Minister Ana Ruiz said.",
    "“Peru will not sit idle,” Peruvian Defence Minister Ana Ruiz said.",
  ])("reads '%s' as a threat to the adversary", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found).toContain("THREATENS person:ana-ruiz>country:cl");
    expect(found).toContain("THREATENS country:pe>country:cl");
    expect(found).not.toContain("CRITICIZES person:ana-ruiz>country:cl");
  });
  it("gives no threat without a side faced", () => {
    expect(
      stances(
        "“Any further provocation will receive a firm response,” Peruvian Defence Minister Ana Ruiz said.",
      ),
    ).toEqual([]);
  });
  it("reads no threat in a mild answer", () => {
    expect(
      stances(`${DISPUTE} “Every letter will receive a response,” Peruvian Defence Minister Ana Ruiz said.`),
    ).not.toContain("THREATENS person:ana-ruiz>country:cl");
  });
  it.each([
    "“Peru will not hesitate to respond with force,” Peruvian Defence Minister Ana Ruiz said.",
    "Peruvian Defence Minister Ana Ruiz said Lima would not hesitate to take firm measures.",
    "Peruvian Defence Minister Ana Ruiz said Peru reserved the right to retaliate.",
    "“We reserve the right to respond,” Peruvian Defence Minister Ana Ruiz said.",
    "Peruvian Defence Minister Ana Ruiz said Lima’s patience “is running out.”",
    "“Our patience has its limits,” Peruvian Defence Minister Ana Ruiz said.",
    "Peruvian Defence Minister Ana Ruiz said she did not rule out a military response.",
    "“All options remain on the table,” Peruvian Defence Minister Ana Ruiz said.",
    "“Such acts cannot go unanswered,” Peruvian Defence Minister Ana Ruiz said.",
    "Peruvian Defence Minister Ana Ruiz said Lima would adopt reciprocal measures.",
    "“Santiago must bear all the consequences,” Peruvian Defence Minister Ana Ruiz said.",
    "“We have the means to stop them,” Peruvian Defence Minister Ana Ruiz said.",
    "Peruvian Defence Minister Ana Ruiz said Lima would take all necessary measures to protect its fishermen.",
    "“Peru will give a tough response,” Peruvian Defence Minister Ana Ruiz said.",
    "Peruvian Defence Minister Ana Ruiz said Lima reserved the right to “respond in kind.”",
    "Peruvian Defence Minister Ana Ruiz said Lima would take “every necessary countermeasure.”",
    "“We will defend our waters with all the means at our disposal,” Peruvian Defence Minister Ana Ruiz said.",
  ])("reads the set phrase in '%s' as a threat to the adversary", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found).toContain("THREATENS person:ana-ruiz>country:cl");
    expect(found).toContain("THREATENS country:pe>country:cl");
  });
  it.each([
    "Peruvian Defence Minister Ana Ruiz said Peru reserved the right to take the matter to an international court.",
    "“We will not hesitate to help our neighbours,” Peruvian Defence Minister Ana Ruiz said.",
    "“Many questions will go unanswered,” Peruvian Defence Minister Ana Ruiz said.",
    "Peruvian Defence Minister Ana Ruiz said she did not rule out further talks.",
    "“Our patience is a virtue,” Peruvian Defence Minister Ana Ruiz said.",
  ])("reads no threat in the near miss '%s'", (said) => {
    expect(stances(`${DISPUTE} ${said}`)).not.toContain("THREATENS person:ana-ruiz>country:cl");
  });
  it("leaves a criticism as criticism when the set phrase follows a criticism word", () => {
    const found = stances(
      `${DISPUTE} Peruvian Defence Minister Ana Ruiz condemned the incursion and said it would not go unanswered.`,
    );
    expect(found).toContain("CRITICIZES person:ana-ruiz>country:cl");
  });
});
