// A state's speaker who tells of another side's hostile act accuses that side, whatever the clause
// shape: active, passive with its agent, an act noun with its agent or owner (act-accusations.ts).
// Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody, stancePairs } from "../helpers.ts";

const stances = (body: string) => stancePairs(extractBody(body, "June 10, 2022"));
const DISPUTE = "Peru and Chile traded charges on Monday over the border.";
const SPEAKER = "Peru’s defence ministry said";

describe("act accusations", () => {
  it.each([
    `${SPEAKER} Chilean coast guard vessels had seized two Peruvian trawlers near the maritime line.`,
    `${SPEAKER} three Peruvian farmers were detained by Chilean soldiers near the village of Ancomarca.`,
    `${SPEAKER} Chilean soldiers had abducted two Peruvian herders on Sunday.`,
    `${SPEAKER} a Peruvian survey ship had been harassed by a Chilean warship for two days.`,
    `${SPEAKER} Chilean troops stormed a Peruvian border post before dawn.`,
  ])("reads the act told in '%s' as an accusation of its doer", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found).toContain("ACCUSES org:pe:ministry-of-defense>country:cl");
    expect(found).toContain("ACCUSES country:pe>country:cl");
  });

  it("accuses a named body of the other side and its state", () => {
    const found = stances(
      `${DISPUTE} ${SPEAKER} the Chilean Navy had seized two Peruvian trawlers on Sunday.`,
    );
    expect(found).toContain("ACCUSES org:pe:ministry-of-defense>org:cl:navy");
    expect(found).toContain("ACCUSES org:pe:ministry-of-defense>country:cl");
  });

  it.each([
    `${SPEAKER} Chilean troops did not detain anyone during the exercise.`,
    `${SPEAKER} Chilean troops could seize the smugglers’ boats under the new rules.`,
    `${SPEAKER} Peruvian and Chilean troops raided three smugglers’ camps together on Sunday.`,
    `${SPEAKER} Chilean officials had found a reason to delay the talks.`,
    `${SPEAKER} Chile would close the crossing for the holiday.`,
  ])("reads no accusation in '%s'", (said) => {
    const found = stances(`${DISPUTE} ${said}`);
    expect(found.filter((s) => s.startsWith("ACCUSES org:pe:ministry-of-defense>"))).toEqual([]);
  });

  it("leaves a third party's account alone", () => {
    const found = stances(
      `${DISPUTE} Rights researcher Tomas Vidal said Chilean soldiers had abducted two Peruvian herders.`,
    );
    expect(found.filter((s) => s.startsWith("ACCUSES person:tomas-vidal"))).toEqual([]);
  });
});
