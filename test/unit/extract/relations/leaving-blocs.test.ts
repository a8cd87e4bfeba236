// MEMBER_OF from a planned or threatened exit from a bloc (leaving-blocs.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const members = (x: X) => relationPairs(x, "MEMBER_OF");

describe("a state that will leave a bloc is a member of it", () => {
  it("reads a named subject with a modal", () => {
    const x = extractBody("Niger will leave ECOWAS by the end of the year, officials in Niamey said.");
    expect(members(x)).toEqual(["country:ne>org:ecowas"]);
  });
  it("reads a possessive subject with 'decision to quit'", () => {
    const x = extractBody("Analysts said Gambia’s decision to quit ECOWAS would hurt trade in the region.");
    expect(members(x)).toEqual(["country:gm>org:ecowas"]);
  });
  it("reads 'it would leave' as the speaking state", () => {
    const x = extractBody(
      "Togo said on Monday that it would withdraw from ECOWAS unless the sanctions were lifted.",
    );
    expect(members(x)).toEqual(["country:tg>org:ecowas"]);
  });
  it("reads 'the two … states' as the last pair of states named together", () => {
    const x = extractBody(
      "Mali and Niger signed a border accord in March. On Friday the two Sahel states said they would leave ECOWAS.",
    );
    expect(members(x)).toEqual(["country:ml>org:ecowas", "country:ne>org:ecowas"]);
  });
  it("takes the one urged to stay, not the one urging", () => {
    const x = extractBody("Ghana urged Togo not to leave ECOWAS.");
    expect(members(x)).toEqual(["country:tg>org:ecowas"]);
  });
});

describe("what is no stated membership", () => {
  it("ignores a past exit", () => {
    const x = extractBody("Mauritania left ECOWAS in 2000 and withdrew from the bloc’s court.");
    expect(members(x)).toEqual([]);
  });
  it("ignores leaving a place that is no bloc", () => {
    const x = extractBody("Benin told two French diplomats to leave the country within 48 hours.");
    expect(members(x)).toEqual([]);
  });
});
