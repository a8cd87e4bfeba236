// Tests of src/extract/events/accused-agents.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, sources, sourcesOf } from "../helpers.ts";

describe("agents", () => {
  it("takes the accused of an act noun as its agent", () => {
    expect(sourcesOf("Peru blamed China for a cyberattack on its ministries on Tuesday.")).toEqual([
      "country:cn",
    ]);
    expect(sourcesOf("Peru accused Chile of a drone attack on its border post on Tuesday.")).toEqual([
      "country:cl",
    ]);
  });
});

describe("acts blamed on an actor after the noun", () => {
  it("takes the actor a cyberattack is blamed on as its agent", () => {
    expect(
      sourcesOf(
        "Peru's foreign ministry said on Monday its computer systems had been hit by a cyberattack it blamed on Chinese state hackers.",
      ),
    ).toEqual(["country:cn"]);
  });

  it("does not read a ceasefire blamed on no one as having an agent", () => {
    expect(sourcesOf("The collapse of the ceasefire was blamed on Chile on Monday.")).not.toContain(
      "country:cl",
    );
  });
});

describe("weapons, captures and expulsions told other ways", () => {
  it("makes the subject of a passive accusation the agent of the act", () => {
    const x = extractBody(
      "Eritrean troops were accused of killing hundreds of civilians in Axum in 2020.",
      "June 6, 2024",
    );
    expect(sources(x)).toEqual(["org:er:armed-forces"]);
  });
});

describe("a time between the accused and the act noun", () => {
  it("reads 'blamed X on Monday for an attack' as X's attack", () => {
    const x = extractBody("Chile blamed Peru on Monday for a drone attack on its border post last week.");
    expect(
      x.events.map((e) => e.participants.filter((p) => p.role === "source").map((p) => p.actorId)),
    ).toEqual([["country:pe"]]);
  });

  it("reads 'accused X last year of a cyberattack' as X's cyberattack", () => {
    const x = extractBody("Chile accused Peru last year of a cyberattack on its customs agency.");
    expect(x.events.map((e) => [e.type, e.participants.find((p) => p.role === "source")?.actorId])).toEqual([
      ["cyberattack", "country:pe"],
    ]);
  });
});
