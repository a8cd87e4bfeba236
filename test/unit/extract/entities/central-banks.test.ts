// Tests of src/extract/entities/central-banks.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { entityDoc, ids } from "../helpers.ts";

describe("central banks by name", () => {
  it("reads 'Bank of <Country>', 'State Bank of <Country>' and reserve banks", () => {
    const found = ids(
      "The Bank of Ghana held rates. The State Bank of Vietnam cut. The Reserve Bank of Fiji said prices rose.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["org:gh:central-bank", "org:vn:central-bank", "org:fj:central-bank"]),
    );
  });

  it("leaves commercial banks of the same shape alone", () => {
    expect(ids("Bank of China said profits rose.")).not.toContain("org:cn:central-bank");
    expect(ids("State Bank of India said loans grew.")).not.toContain("org:in:central-bank");
  });

  it("reads central banks with a name of their own", () => {
    expect(ids("The Federal Reserve held rates and Bank Indonesia cut them.")).toEqual(
      expect.arrayContaining(["org:us:central-bank", "org:id:central-bank"]),
    );
  });
});

describe("banks whose longer name ends in 'Bank of <Country>'", () => {
  it("keeps 'Export-Import Bank of Ruritania' and 'Commercial Bank of Ruritania' whole, not the central bank", () => {
    const doc = entityDoc(
      "Tonga owes money to the Export-Import Bank of China. The Commercial Bank of Ethiopia froze accounts.",
    );
    expect(doc.actors.has("org:export-import-bank-of-china")).toBe(true);
    expect(doc.actors.has("org:commercial-bank-of-ethiopia")).toBe(true);
    expect(doc.actors.has("org:et:central-bank")).toBe(false);
  });

  it("still reads 'Bank of Ghana' opening a sentence or after 'The' as the central bank", () => {
    const doc = entityDoc("Bank of Ghana data showed a fall. The Bank of Japan raised rates.");
    expect(doc.actors.has("org:gh:central-bank")).toBe(true);
    expect(doc.actors.has("org:jp:central-bank")).toBe(true);
  });
});
