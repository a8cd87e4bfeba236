// MEMBER_OF from what a bloc is made of and from "its fellow members" (bloc-compositions.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const members = (body: string) => relationPairs(extractBody(body), "MEMBER_OF");

describe("bloc compositions", () => {
  it("reads the listed states of groups/comprises/is made up of/brings together", () => {
    expect(members("The Andean Community, founded in 1969, groups Bolivia, Colombia and Peru.")).toEqual(
      expect.arrayContaining([
        "country:bo>org:andean-community",
        "country:co>org:andean-community",
        "country:pe>org:andean-community",
      ]),
    );
    expect(members("The East African Community (EAC), which comprises Kenya and Uganda, met.")).toEqual(
      expect.arrayContaining([
        "country:ke>org:east-african-community",
        "country:ug>org:east-african-community",
      ]),
    );
    expect(
      members("The Southern African Customs Union is made up of Botswana, Lesotho and Namibia."),
    ).toContain("country:ls>org:southern-african-customs-union");
  });
  it("reads the state 'its fellow members' belongs to, both word orders", () => {
    expect(
      members("Kuwait would raise the breach with its fellow members of the Gulf Cooperation Council."),
    ).toEqual(["country:kw>org:gcc"]);
    expect(members("Kuwait would raise the breach with its fellow GCC members.")).toEqual([
      "country:kw>org:gcc",
    ]);
  });
  it("reads no membership from a possessor, a single included item or a list that is no bloc's", () => {
    expect(members("The Andean Community groups Bolivia and Chile’s northern ports.")).toEqual([
      "country:bo>org:andean-community",
    ]);
    expect(members("The African Union statement included Kenya’s reply.")).toEqual([]);
    expect(members("The delegation comprised officials from Kenya and Uganda.")).toEqual([]);
    expect(members("Kuwait thanked its fellow citizens in Qatar.")).toEqual([]);
  });
});
