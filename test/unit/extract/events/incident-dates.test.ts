// Tests of src/extract/events/incident-dates.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const seizure = (kind: string) =>
  kinds(`Peru protested to Chile on Friday after Chilean sailors seized three fishing boats.\n\n${kind}`);

describe("the backstory's day for an undated incident of the lead", () => {
  it("dates the act from a past-perfect re-telling that names its object again", () => {
    expect(
      seizure("The boats had been boarded late on Tuesday near the maritime boundary, the ministry said."),
    ).toContain("seizure 171 2022-06-07");
    expect(
      seizure("The navy said the boats, with 12 men on board, had been stopped at dawn on Wednesday."),
    ).toContain("seizure 171 2022-06-08");
  });

  it("leaves the act undated when the next sentence does not re-tell it", () => {
    // Another noun: the day belongs to something else.
    expect(seizure("Two patrol ships had been sent to the area on Tuesday, the ministry said.")).toContain(
      "seizure 171 ",
    );
    // No past perfect: a new development, not the backstory.
    expect(seizure("The boats were towed to Arica on Wednesday, the ministry said.")).not.toContain(
      "seizure 171 2022-06-08",
    );
  });

  it("does not reach past the next paragraph", () => {
    const far = kinds(
      "Peru protested to Chile on Friday after Chilean sailors seized three fishing boats.\n\nLima called it a violation.\n\nThe fishermen asked for help.\n\nThe boats had been boarded on Tuesday.",
    );
    expect(far).toContain("seizure 171 ");
  });
});

describe("the backstory's day when both name unnamed armed men as the doers", () => {
  const raid = (backstory: string) =>
    kinds(
      `Kenya summoned Somalia's envoy on Friday after Somali soldiers abducted two herders near Mandera.\n\n${backstory}`,
    );

  it("dates the act when the backstory names armed men by any word of the class", () => {
    expect(raid("The troops had crossed the border before dawn on Wednesday, the ministry said.")).toContain(
      "abduction 181 2022-06-08",
    );
  });

  it("does not when the backstory names other doers or is not in the past perfect", () => {
    expect(raid("Local officials had met the families on Wednesday, the ministry said.")).toContain(
      "abduction 181 ",
    );
    expect(raid("The troops crossed back on Wednesday, the ministry said.")).not.toContain(
      "abduction 181 2022-06-08",
    );
  });
});
