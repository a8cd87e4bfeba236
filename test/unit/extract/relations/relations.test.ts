import { describe, expect, it } from "vitest";
import { extractBody, extractFile, SEED_FILE } from "../helpers.ts";

describe("relations in the seed article", () => {
  const x = extractFile(SEED_FILE);
  const rel = (kind: string) =>
    x.relations.filter((r) => r.kind === kind).map((r) => [r.sourceId, r.targetId, r.role ?? ""]);

  it("links people to their organisation or country with their role", () => {
    expect(rel("AFFILIATED_WITH")).toEqual([
      ["person:katsunobu-kato", "country:jp", "Chief Cabinet Secretary"],
      ["person:wang-wenbin", "org:cn:ministry-of-foreign-affairs", "Foreign Ministry Spokesman"],
    ]);
    expect(rel("SPEAKS_FOR")).toEqual([
      ["person:wang-wenbin", "org:cn:ministry-of-foreign-affairs", "Foreign Ministry Spokesman"],
    ]);
    expect(rel("PART_OF").map(([s, t]) => `${s}>${t}`)).toEqual([
      "org:cn:ministry-of-foreign-affairs>country:cn",
      "org:us:armed-forces>country:us",
      "org:jp:self-defense-forces>country:jp",
    ]);
  });

  it("backs accusations and criticism with their statements", () => {
    const cn = x.relations.find((r) => r.kind === "CRITICIZES" && r.sourceId === "country:cn");
    expect(cn?.targetId).toBe("country:jp");
    // 5 and 6 are China's own; 7 is its foreign ministry spokesman's, lifted to the state he speaks for.
    expect(cn?.statementIds.map((id) => id.split("/").pop())).toEqual(["5", "6", "7"]);
    expect(rel("ACCUSES").map(([s, t]) => `${s}>${t}`)).toEqual([
      "country:jp>country:cn",
      "country:jp>country:ru",
    ]);
  });

  it("reads the alliance and backs cooperation with events", () => {
    expect(rel("ALLIED_WITH")).toEqual([["country:jp", "country:us", ""]]);
    expect(x.relations.find((r) => r.kind === "ALLIED_WITH")?.evidence[0]?.text).toBe("Japan-U.S. alliance");
    const coop = x.relations.filter((r) => r.kind === "COOPERATES_WITH");
    expect(coop.map((r) => [r.sourceId, r.targetId, r.eventIds.length])).toEqual([
      ["org:us:armed-forces", "org:jp:self-defense-forces", 1],
      ["country:jp", "org:asean", 1],
    ]);
  });
});

describe("relations in other text", () => {
  it("reads membership and alliance phrases", () => {
    const x = extractBody(
      "Estonia, a member of NATO, hosted talks. The alliance between Poland and Lithuania deepened.",
    );
    expect(x.relations.map((r) => [r.kind, r.sourceId, r.targetId])).toEqual([
      ["ALLIED_WITH", "country:pl", "country:lt"],
      ["MEMBER_OF", "country:ee", "org:nato"],
    ]);
  });
});

describe("a national body's stance is its state's", () => {
  it("'Ruritania’s defence ministry accused X' → the ministry and its country accuse X", () => {
    const x = extractBody("Norway’s defence ministry accused Russia of jamming GPS signals near the border.");
    expect(x.relations.filter((r) => r.kind === "ACCUSES").map((r) => `${r.sourceId}>${r.targetId}`)).toEqual(
      ["org:no:ministry-of-defense>country:ru", "country:no>country:ru"],
    );
  });
});

describe("plural memberships", () => {
  const members = (body: string) =>
    extractBody(body)
      .relations.filter((r) => r.kind === "MEMBER_OF")
      .map((r) => `${r.sourceId}>${r.targetId}`)
      .sort();

  it("'Both A and B are members of Z'", () => {
    expect(members("Both Spain and Portugal are members of NATO.")).toEqual([
      "country:es>org:nato",
      "country:pt>org:nato",
    ]);
  });

  it("'A is a member of the Z group alongside B and C'", () => {
    expect(members("Kenya is a member of the African Union alongside Ghana and Senegal.")).toEqual([
      "country:gh>org:african-union",
      "country:ke>org:african-union",
      "country:sn>org:african-union",
    ]);
  });

  it("'Z’s members, including A and B'", () => {
    expect(members("ASEAN’s members, including Vietnam and Laos, met in June.")).toEqual([
      "country:la>org:asean",
      "country:vn>org:asean",
    ]);
  });
});

describe("PART_OF from the knowledge", () => {
  const parts = (body: string) =>
    extractBody(body)
      .relations.filter((r) => r.kind === "PART_OF")
      .map((r) => `${r.sourceId}>${r.targetId}`);

  it("ties a named national body to its country and an EU organ to the EU", () => {
    expect(parts("The Guardia Civil arrested two men.")).toEqual(["org:guardia-civil>country:es"]);
    expect(parts("The European Commission said the EU would pay.")).toEqual([
      "org:european-commission>org:eu",
    ]);
  });

  it("gives an EU organ no PART_OF when the EU itself is not in the story", () => {
    expect(parts("The European Commission said it would pay.")).toEqual([]);
  });
});

describe("bodies owned by a state", () => {
  const affiliated = (body: string) =>
    extractBody(body)
      .relations.filter((r) => r.kind === "AFFILIATED_WITH")
      .map((r) => `${r.sourceId}>${r.targetId}`);

  it("ties a named movement after a state's possessive to that state", () => {
    expect(affiliated("Yemen’s Houthi movement fired a drone.")).toEqual(["org:houthi-movement>country:ye"]);
  });
  it("ties neither an international body nor a movement that is the state's government", () => {
    expect(affiliated("Sweden’s NATO allies met on Monday.")).toEqual([]);
    expect(affiliated("Afghanistan’s Taliban government built a canal.")).toEqual([]);
  });
});
