// A bare state broadcaster in an attribution frame belongs to the speaking side (broadcast-owners.ts).
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

const broadcasters = (body: string) => ids(body).filter((id) => id.endsWith(":state-broadcaster"));

describe("state broadcasters in attribution frames", () => {
  it("gives 'told state radio' the story's home state when the sentence names none", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed two crossings with Togo on Monday.\n\nThe minister told state radio that the closure would last a week.";
    expect(broadcasters(body)).toEqual(["org:gh:state-broadcaster"]);
  });
  it("takes the sentence's subject before the frame", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nTogo’s government said in a statement carried by state television that it regretted the move.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("takes a capital that speaks after a fronted frame", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nIn a statement read on state television, Lomé said the decision was hasty.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("follows 'Its spokesman' back to the previous sentence's subject", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nTogo’s government rejected the decision. Its spokesman told state television that trade would suffer.";
    expect(broadcasters(body)).toEqual(["org:tg:state-broadcaster"]);
  });
  it("reads no broadcaster from a bare mention outside a frame", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana closed a crossing.\n\nJournalists from state television were turned back.";
    expect(broadcasters(body)).toEqual([]);
  });
});
