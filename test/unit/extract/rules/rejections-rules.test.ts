// Rejecting an accusation in condemning words criticises the accuser's state. Made-up text only.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const rels = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "CRITICIZES" || r.kind === "ACCUSES")
    .map((r) => `${r.kind} ${r.sourceId} ${r.targetId}`);

describe("rejections of accusations", () => {
  it("directs a rejection calling the claims baseless at the accusing state", () => {
    expect(
      rels(
        "Ecuador’s defence ministry accused Peru of shielding smugglers. Peru rejected the accusation, calling the claims “a fabrication and absurd.”",
      ),
    ).toEqual([
      "ACCUSES org:ec:ministry-of-defense country:pe",
      "ACCUSES country:ec country:pe",
      "CRITICIZES country:pe country:ec",
    ]);
  });

  it("reads an accusation reported after the rejection too", () => {
    expect(
      rels(
        "Uruguay dismissed the allegations as “a smear.” On Monday, Paraguay had accused Uruguay of harbouring arms dealers.",
      ),
    ).toContain("CRITICIZES country:uy country:py");
  });

  it("leaves a rejection without condemning words and one with no accuser alone", () => {
    expect(rels("Peru rejected the complaint. Bolivia dismissed the report as “baseless.”")).toEqual([]);
  });
});
