// An evaluation quoted in the object of a labelling or criticising verb keeps its object, as the
// guide's "dismissed the allegations as …" does; a pronoun object leaves the quotation alone.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("object and quoted label as one statement", () => {
  it("keeps 'condemned X as “…”' whole", () => {
    expect(said("Chile condemned the blockade as “a stunt” on Monday.")).toEqual([
      "country:cl|the blockade as “a stunt”",
    ]);
  });

  it("keeps 'called X “…”' whole, even for one quoted word", () => {
    expect(said("Chile called the new quota “arbitrary”.")).toEqual(["country:cl|the new quota “arbitrary”"]);
  });

  it("keeps an owner's noun after a quoted modifier ('criticised Peru’s “reckless” fishing at sea')", () => {
    expect(said("Chile criticised Peru’s “reckless” fishing near the islands.")).toEqual([
      "country:cl|Peru’s “reckless” fishing near the islands",
    ]);
  });

  it("leaves the quotation alone after a pronoun object ('calling it “…”')", () => {
    expect(said("Chile rejected the quota, calling it “a stunt”.")).toContain("country:cl|a stunt");
  });

  it("leaves the quotation alone when another reporting verb stands between ('criticized X, saying “…”')", () => {
    expect(said("Chile criticized the quota, saying: “This is a stunt.”")).toContain(
      "country:cl|This is a stunt.",
    );
  });
});
