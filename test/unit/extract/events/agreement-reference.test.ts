// Tests of src/extract/events/agreement-reference.ts, on made-up text.
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../src/extract/types.ts";
import { extractBody } from "../helpers.ts";

const eventParties = (x: Extraction) =>
  x.events.map((e) => [
    e.type,
    e.dates.map((d) => d.value).join(","),
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);

describe("agreements across sentences", () => {
  const x = extractBody(
    "Ghana, Togo and Benin agreed on Tuesday to share grazing land along their borders. The accord was signed in Lomé by the three countries’ agriculture ministers.",
    "June 10, 2022",
  );
  it("dates the signing of 'the accord' by the agreeing it refers back to, with its parties", () => {
    expect(eventParties(x)).toEqual([
      ["agreement", "2022-06-07", "participant:country:gh,participant:country:tg,participant:country:bj"],
    ]);
  });
  it("leaves a signing with a date of its own alone", () => {
    const y = extractBody(
      "Ghana and Togo agreed on Tuesday to cut tariffs. The pact was signed on Wednesday in Accra.",
      "June 10, 2022",
    );
    expect(eventParties(y).map((e) => e[1])).toEqual(["2022-06-08"]);
  });
});
