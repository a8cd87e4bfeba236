// Tests of src/extract/events/interaction-sides.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { acts } from "../helpers.ts";

/** A lead that makes Chile and Peru the story's main pair. */
const PAIR_LEAD =
  "Chile and Peru agreed on Monday to reopen a border crossing. Chile said the crossing would open in July, and Peru said it welcomed the step. ";

const meetings = (body: string) =>
  acts(body)
    .filter((e) => e[0] === "meeting")
    .map((e) => `${e[1]} ${e[2]} ${e[3]}`);

describe("a counted pair near a meeting stands for the story's main pair", () => {
  it.each([
    ["Talks were held in Arica on Tuesday, where both sides agreed to share radar data.", "040 2022-06-07"],
    ["Technical talks between customs officers from both countries are set for June 20.", "036 2022-06-20"],
    ["The two countries’ trade ministers held a telephone call on Wednesday.", "041 2022-06-08"],
    ["The two presidents will review the plan at a binational cabinet meeting on July 1.", "036 2022-07-01"],
    ["Talks between the neighbours resumed on Thursday after a long pause.", "040 2022-06-09"],
  ])("reads %j", (sentence, expected) => {
    const found = meetings(PAIR_LEAD + sentence);
    expect(found.map((m) => m.split(" ").slice(0, 2).join(" "))).toEqual([expected]);
    expect(found[0]).toContain("country:cl");
    expect(found[0]).toContain("country:pe");
  });

  it.each([
    // the pair is told in another clause, far from the meeting
    "The question was left for a meeting, a Chilean official told reporters in Arica on Tuesday after a long day of inspections, adding that the two sides still disagree.",
    // a third state named as often leaves the pair open
    "Bolivia said it would join. Bolivia and Chile spoke again. Talks were held in Arica on Tuesday, where both sides agreed to share radar data.",
  ])("reads no meeting in %j", (sentence) => {
    expect(meetings(PAIR_LEAD + sentence)).toEqual([]);
  });
});

describe("officials written with a demonym or as a person of a country", () => {
  it.each([
    [
      "The Czech prime minister and the Austrian chancellor will meet on July 8.",
      ["country:cz", "country:at"],
    ],
    [
      "Presidents Ana Duarte of Chile and Luis Ortega of Peru are expected to hold talks on Friday.",
      ["country:cl", "country:pe"],
    ],
    [
      "The deal was signed by Kenyan Trade Minister Joseph Mwangi and his Ugandan counterpart after a day of talks.",
      ["country:ke", "country:ug"],
    ],
    [
      "The Ghanaian foreign minister and Togolese officials held talks on Monday.",
      ["country:gh", "country:tg"],
    ],
  ])("reads %j", (body, states) => {
    const found = meetings(body);
    expect(found).toHaveLength(1);
    for (const s of states) expect(found[0]).toContain(s);
  });
});

describe("the host state of the venue is a side when a visitor of another state is named", () => {
  // The host state is named in the story, so that it is one of its actors.
  it.each([
    [
      "Austria wants the border reopened.",
      "The Czech prime minister will meet in Vienna on July 8.",
      "country:at",
    ],
    ["Uganda closed the road.", "Kenya's foreign minister held talks in Kampala on Monday.", "country:ug"],
    [
      "Chile has raised the tariff.",
      "The Peruvian delegation will hold talks in Santiago on June 20.",
      "country:cl",
    ],
    [
      "Togo raised its port fees.",
      "Ghana’s trade minister held talks in Lomé on Tuesday on the fees.",
      "country:tg",
    ],
  ])("reads %j %j", (lead, body, host) => {
    const found = meetings(`${lead} ${body}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(host);
  });

  it.each([
    // the venue is the visitor's own capital
    "Uganda closed the road. Kenya's foreign minister held talks in Nairobi on Monday.",
    // a meeting with no side named at all
    "Talks were held in Kampala on Monday.",
    // a cabinet meeting is one government
    "The Czech prime minister spoke after a cabinet meeting.",
  ])("reads no meeting in %j", (body) => {
    expect(meetings(body)).toEqual([]);
  });
});

describe("hosts and joint bodies", () => {
  it.each([
    [
      "Georgia offered to host the next round of border delimitation talks in Tbilisi in August.",
      "036 2022-08",
    ],
    ["Ghana will host the bloc’s next regular meeting of heads of government in September.", "036 2022-09"],
    [
      "The bloc is due to host a meeting of regional police commissioners in Accra next month.",
      "036 2022-07",
    ],
    ["The joint commission on water and energy would meet in Dushanbe on June 22.", "036 2022-06-22"],
  ])("reads %j", (body, expected) => {
    expect(meetings(body).map((m) => m.split(" ").slice(0, 2).join(" "))).toEqual([expected]);
  });
});
