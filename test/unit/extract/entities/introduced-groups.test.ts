// Tests of src/extract/entities/introduced-groups.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { entityDoc, ids } from "../helpers.ts";

const mentions = (body: string, id: string) =>
  entityDoc(body)
    .mentions.filter((m) => m.actorId === id)
    .map((m) => m.text);

describe("groups introduced by the name the text gives them", () => {
  it("reads 'a group calling itself X' and later uses of X", () => {
    const body =
      "Ruritania blamed a hacking group calling itself Amber Heron for the breach. Osterlich accused Amber Heron of a similar raid.";
    expect(ids(body)).toContain("org:amber-heron");
    expect(mentions(body, "org:amber-heron")).toEqual(["Amber Heron", "Amber Heron"]);
  });

  it("reads 'a network that calls itself X', not a speaker's own label ('a group it calls X')", () => {
    expect(ids("Police broke up a network that calls itself Night Owls, officials said.")).toContain(
      "org:night-owls",
    );
    expect(ids("The agency said the attack was carried out by a group it calls Copper Lynx.")).not.toContain(
      "org:copper-lynx",
    );
  });

  it("reads 'the gang, known as X,' with a name of two words in another language", () => {
    expect(
      ids("Investigators believe the gang, known as Los Halcones, moved the cocaine by boat."),
    ).toContain("org:los-halcones");
  });

  it("reads 'The group, X said, is known to researchers as Y'", () => {
    const body =
      "The group, the agency said, is known to Western researchers as Kelp Otter and has hit ports.";
    expect(ids(body)).toContain("org:kelp-otter");
  });

  it("reads 'a militia dubbed the Red Lions'", () => {
    expect(ids("Villagers fled a militia dubbed the Red Lions on Tuesday.")).toContain("org:red-lions");
  });

  it("leaves names that are not introduced for a group alone (negative cases)", () => {
    expect(ids("The ship, known as Blue Star, sank.")).not.toContain("org:blue-star");
    expect(ids("The group called on Tanzania to free the men.")).toEqual(["country:tz"]);
    expect(ids("The group called Tanzania a bully.")).toEqual(["country:tz"]);
    expect(ids("A group named after the river met in May.")).toEqual([]);
  });

  it("keeps a known body's own id ('a cartel known as the Sinaloa Cartel')", () => {
    expect(ids("Police said a cartel known as the Sinaloa Cartel ran the route.")).toContain(
      "org:sinaloa-cartel",
    );
  });
});
