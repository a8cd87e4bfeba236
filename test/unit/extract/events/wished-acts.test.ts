// Tests of src/extract/events/wished-acts.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

describe("acts one only wishes or is ready to join", () => {
  it("does not read an act one is ready, hoping or wanting to join as an event", () => {
    expect(kinds("Lima said it was ready to take part in a joint inquiry into the shooting.")).toEqual([]);
    expect(
      kinds("Washington hoped to take part in future drills with the two navies, a spokesperson said."),
    ).toEqual([]);
    expect(kinds("Chile wants to join the joint exercise next year, the minister said.")).toEqual([]);
    expect(
      kinds("Bolivia said it would be willing to participate in any international investigation."),
    ).toEqual([]);
  });

  it("keeps an act one takes part in or has joined", () => {
    expect(
      kinds("Chile will take part in a joint exercise with Peru next month, the minister said."),
    ).toEqual(["military-exercise 062 2022-07"]);
    expect(kinds("Chile joined the joint exercise with Peru on Tuesday.")).toEqual([
      "military-exercise 062 2022-06-07",
    ]);
  });
});

describe("acts one asks leave to do", () => {
  it("does not read a request to visit or inspect as the visit", () => {
    expect(kinds("The Red Cross said it had asked to visit the detainees.")).toEqual([]);
    expect(kinds("The Red Cross has requested permission to visit the two prisoners in Lima.")).toEqual([]);
  });

  it("keeps a visit made", () => {
    expect(kinds("The Red Cross visited the detainees on Tuesday.")).toEqual(["visit 042 2022-06-07"]);
  });
});

describe("acts only helped by a possible or offered step", () => {
  it("does not read the act a possible step would help as an event", () => {
    expect(kinds("Peru said it could send engineers to help investigate the failure.")).toEqual([]);
    expect(kinds("Chile offered to lend divers to help search the wreck, the navy said.")).toEqual([]);
  });

  it("keeps the act when the step was taken", () => {
    expect(kinds("Peru sent engineers to help investigate the failure on Tuesday.")).toEqual([
      "investigation 090 2022-06-07",
    ]);
  });
});
