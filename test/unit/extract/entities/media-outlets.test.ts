// News outlets cited as sources are organisations, never people (made-up outlets).
import { describe, expect, it } from "vitest";
import { ids } from "../helpers.ts";

describe("news outlets", () => {
  it("reads a name holding a media word as the subject of 'reported' or 'said'", () => {
    expect(ids("The Andean Herald reported that the border was shut.")).toEqual(["org:andean-herald"]);
    expect(ids("Radio Libertad Norte said the vote was delayed.")).toEqual(["org:radio-libertad-norte"]);
  });

  it("reads 'told the <Outlet>' and 'according to <Outlet>'", () => {
    expect(ids("The minister told the Baltic Times that talks would go on.")).toContain("org:baltic-times");
    expect(ids("The ship sank, according to Nordic Daily.")).toContain("org:nordic-daily");
  });

  it("reads a name before 'newspaper' or 'daily'", () => {
    expect(ids("The Vistula newspaper reported the arrests.")).toContain("org:vistula");
  });

  it("does not read people, platforms or an owner's channel as outlets", () => {
    expect(ids("Marta Kask reported that the river rose.")).toEqual(["person:marta-kask"]);
    expect(ids("The embassy said on its Telegram channel that it knew nothing.")).toEqual([]);
  });
});

describe("capitalised plural nouns are no names", () => {
  it("'Opposition Leaders said', 'Rescue Teams said'", () => {
    expect(ids("Opposition Leaders said the vote was rigged. Rescue Teams said two were missing.")).toEqual(
      [],
    );
  });
});

describe("a one-word outlet after 'told'", () => {
  it("reads 'told Novaya' and 'told ERR' as outlets", () => {
    expect(ids("“The border is calm,” Maria Tamm told Novaya.")).toContain("org:novaya");
    expect(ids("“The border is calm,” Maria Tamm told ERR on Monday.")).toContain("org:err");
  });

  it("does not read a surname or 'Parliament' after 'told' as an outlet (negative cases)", () => {
    expect(ids("Prime Minister Jaan Kask arrived. Maria Tamm told Kask the border was calm.")).not.toContain(
      "org:kask",
    );
    expect(ids("Maria Tamm told Parliament the border was calm.")).not.toContain("org:parliament");
  });
});
