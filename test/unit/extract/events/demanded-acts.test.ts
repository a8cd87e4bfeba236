// Tests of src/extract/events/demanded-acts.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("act nouns another party is urged to open", () => {
  it("reads no talks that one side urges another to restart, resume or return to", () => {
    expect(
      kinds("Forum leaders on Saturday called on France to restart talks on the future of the territory."),
    ).toEqual([]);
    expect(kinds("The bloc urged Peru to resume negotiations with Chile.")).toEqual([]);
    expect(
      kinds("The minister urged both sides to return to direct talks, officials said on Tuesday."),
    ).toEqual([]);
  });

  it("keeps talks agreed, announced, or held after the demand's clause", () => {
    expect(kinds("Peru and Chile agreed on Tuesday to resume talks next month.")).toEqual([
      "meeting 036 2022-06-07,2022-07",
    ]);
    expect(kinds("Peru said on Tuesday it would restart talks with Chile next month.")).toEqual([
      "meeting 036 2022-07",
    ]);
    expect(
      kinds("Peru urged Chile to release the fishermen; the two sides resumed talks on Tuesday."),
    ).toEqual(["meeting 040 2022-06-07"]);
  });
});

describe("acts another party is urged to let happen", () => {
  it("reads no visit one side is asked to allow, coordinated or not", () => {
    expect(kinds("Peru urged Bolivia to allow inspectors to visit the site.")).toEqual([]);
    expect(
      kinds(
        "Forum leaders called on France to restart talks on the territory and to let a ministerial mission visit it in November.",
      ),
    ).toEqual([]);
  });

  it("keeps a visit made", () => {
    expect(kinds("A ministerial mission visited the territory on Tuesday, France said.")).toEqual([
      "visit 042 2022-06-07",
    ]);
  });
});

describe("a joint body or inquiry another party is urged to set up", () => {
  it("is no event", () => {
    for (const body of [
      "The bloc urged both governments to set up a joint investigation into the shooting.",
      "The UN called on Chile to establish an independent inquiry into the deaths.",
      "Rights groups pressed Peru to carry out a full investigation.",
      "The envoy asked both sides to form a joint commission of inquiry.",
    ])
      expect(kinds(body)).toEqual([]);
  });

  it("keeps an inquiry opened", () => {
    expect(kinds("Chile opened an investigation into the shooting on Monday.")).toContain(
      "investigation 090 2022-06-06",
    );
  });
});
