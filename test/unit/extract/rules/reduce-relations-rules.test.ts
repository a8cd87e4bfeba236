// Acts that reduce relations or restrict movement (CAMEO 160, 161, 191, 192): cutting ties,
// suspending a treaty, closing a consulate, closing airspace or a border, seizing territory.
// Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const events = (x: X) =>
  x.events.map((e) => [
    e.type,
    e.cameo,
    e.dates.map((d) => d.value).join(","),
    e.participants.map((p) => `${p.role}:${p.actorId}`).join(","),
  ]);

describe("reducing relations", () => {
  it("reads cutting diplomatic ties as CAMEO 161", () => {
    const x = extractBody("Bolivia cut diplomatic ties with Peru in March 2019.", "June 10, 2022");
    expect(events(x).map((e) => e.slice(0, 3))).toEqual([["relations-cut", "161", "2019-03"]]);
    expect(x.events[0]?.participants.map((p) => p.actorId)).toContain("country:bo");
  });

  it("reads suspending a treaty and closing a consulate as CAMEO 160", () => {
    const x = extractBody(
      "Chile suspended its friendship treaty with Bolivia on Monday. Bolivia retaliated by closing the Chilean consulate in La Paz.",
      "June 10, 2022",
    );
    expect(events(x).map((e) => e.slice(0, 3))).toEqual([
      ["relations-reduced", "160", "2022-06-06"],
      ["relations-reduced", "160", ""],
    ]);
  });
});

describe("restricting movement and taking territory", () => {
  it("reads closing airspace or a border as CAMEO 191, with its PLOVER category", () => {
    const x = extractBody(
      "Niger closed its airspace to Beninese aircraft in May 2023. Benin sealed the border a year earlier.",
      "June 10, 2023",
    );
    expect(events(x)[0]?.slice(0, 3)).toEqual(["border-closure", "191", "2023-05"]);
    expect(x.events.map((e) => e.cameo)).toEqual(["191", "191"]);
  });

  it("reads a rebel group seizing a province as CAMEO 192, not a seizure of property", () => {
    const x = extractBody(
      "The rebels of the Northern Front seized most of the province in 2021, Mali said.",
      "June 10, 2022",
    );
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([["territory-capture", "192"]]);
  });

  it("still reads a seized tanker as CAMEO 171", () => {
    const x = extractBody("Oman’s navy seized a tanker near Muscat on Tuesday.", "June 10, 2022");
    expect(x.events.map((e) => [e.type, e.cameo])).toEqual([["seizure", "171"]]);
  });
});

describe("use of force", () => {
  it("reads troops opening fire on a patrol as CAMEO 190 by their forces against the patrol's state", () => {
    const x = extractBody(
      "Peru said Bolivian troops had opened fire on a Peruvian patrol early on Thursday.",
      "June 10, 2022",
    );
    expect(events(x)).toEqual([
      ["military-attack", "190", "2022-06-09", "source:org:bo:armed-forces,target:country:pe"],
    ]);
  });
});
