// Tests of src/extract/events/unnamed-forces.ts: the steps of a police operation told with the force
// unnamed ("officers", "investigators", "soldiers") are acts even undated and placeless; an undated
// step re-telling an act of its type is no second act. Made-up text, published Friday 2022-06-10.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const LEAD = "Peru said on Friday it had asked Chile for an explanation.";
const of = (type: string, body: string) => kinds(`${LEAD}\n\n${body}`).filter((k) => k.startsWith(type));

describe("an unnamed force taking people or things", () => {
  it.each([
    "Officers who searched the farmhouse found three pistols and a radio, the ministry said.",
    "Investigators seized two drones and a laptop, the prosecutor said.",
    "Officers confiscated 3 kg of gold and about 20,000 dollars in cash, police said.",
    "The ministry said officers had seized four rifles and a satellite phone.",
  ])("reads %j as a seizure", (body) => {
    expect(of("seizure 171", body)).toHaveLength(1);
  });

  it.each([
    "Investigators searched his flat in Arequipa, the prosecutor said.",
    "Officers who searched the apartment found nothing, the ministry said.",
    "Officers searched the suspect's car and a rented flat, it said.",
    "Police officers searched the house, the ministry said.",
  ])("reads %j as a raid", (body) => {
    expect(of("raid 171", body)).toHaveLength(1);
  });

  it("reads a search and a find in one sentence as two acts", () => {
    expect(of("", "Officers who searched the house found two rifles, the ministry said.").sort()).toEqual([
      "raid 171 ",
      "seizure 171 ",
    ]);
  });

  it.each([
    "Officers often seize rifles at the border, the ministry said.",
    "Officers will search the house, the ministry said.",
    "Officers searched for survivors in the rubble, the ministry said.",
    "Soldiers may seize weapons found at checkpoints, the decree says.",
  ])("finds no taking in %j", (body) => {
    expect(of("", body).filter((k) => /^(?:seizure|raid|arrest)/.test(k))).toEqual([]);
  });
});

describe("an undated step re-telling an act", () => {
  it.each([
    "Chilean police detained 23 people on Monday. The protesters had blocked the road before officers rounded them up.",
    "Chilean police arrested 12 people on Monday. Officers detained them after a chase, the ministry said.",
  ])("keeps one arrest in %j", (body) => {
    expect(of("arrest", body)).toEqual(["arrest 173 2022-06-06"]);
  });
});

describe("a counted object as the subject of a passive", () => {
  it.each([
    ["Some 40 migrants were sent back to Bolivia on Monday.", "expulsion 174 2022-06-06"],
    ["About 60 tonnes of anchovy were confiscated at Arica on Monday.", "seizure 171 2022-06-06"],
    ["Some 20 head of cattle were seized near Tacna on Monday, it said.", "seizure 171 2022-06-06"],
    [
      "The trawlers were escorted to Arica, where about 9 tonnes of frozen hake were confiscated.",
      "seizure 171 ",
    ],
  ])("reads %j as an act with its agent unsaid", (body, kind) => {
    expect(of(kind.split(" ")[0] ?? "", body)).toEqual([kind]);
  });

  it("keeps a counted catch confiscated apart from the boats seized before it", () => {
    expect(
      of(
        "seizure",
        "Chilean marines seized two Peruvian trawlers on Monday. They were taken to Arica, where about 9 tonnes of frozen hake were confiscated.",
      ),
    ).toHaveLength(2);
  });

  it.each([
    "Some 3 tonnes of cocaine have been seized since 2019, the ministry said.",
    "Some 40 migrants are sent back every week, the ministry said.",
    "About 60 soldiers were wounded, it said.",
    "Three soldiers died in a training accident on Monday.",
    "Peru said the vote was delayed because three diplomats were told to leave the country.",
  ])("finds no taking in %j", (body) => {
    expect(of("", body).filter((k) => /^(?:seizure|expulsion|arrest|military-attack)/.test(k))).toEqual([]);
  });
});
