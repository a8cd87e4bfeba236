// A rejected accusation is an accusation by its owner against the rejecting party (rejected-accusations.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

const accuses = (body: string) => rels(extractBody(body), "ACCUSES");

describe("rejected accusations", () => {
  it("reads 'rejected X’s accusation that it …'", () => {
    expect(accuses("Peru rejected Chile’s accusation that it had funded the rebels.")).toContain(
      "country:cl>country:pe",
    );
  });
  it("reads 'rejected accusations by X' and 'denied <demonym> allegations'", () => {
    expect(accuses("Peru rejected accusations by Chile that it had funded the rebels.")).toContain(
      "country:cl>country:pe",
    );
    expect(accuses("Peru on Monday denied Chilean allegations of spying.")).toContain(
      "country:cl>country:pe",
    );
  });
  it("gives nothing for accusations not rejected or a rival claim rejected", () => {
    // Repeating one’s own accusations is an accusation (stance-phrases.ts); discussing others’ is not.
    expect(accuses("Peru discussed the accusations against Chile.")).toEqual([]);
    expect(accuses("Peru rejects Chile’s claims to the islands.")).toEqual([]);
  });
});
