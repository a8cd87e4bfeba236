import { describe, expect, it } from "vitest";
import { personId, slugify } from "../../../../src/extract/text/ids.ts";

describe("slugify", () => {
  it("drops diacritics that decompose", () => {
    expect(slugify("Ana Lucía Benítez del Pozo")).toBe("ana-lucia-benitez-del-pozo");
  });

  it("spells out Latin letters that do not decompose (ł, ø, ı, đ, ß, æ)", () => {
    expect(personId("Radosław Nowicki")).toBe("person:radoslaw-nowicki");
    expect(slugify("Søren Løkke")).toBe("soren-lokke");
    expect(slugify("Hakan Fıdan")).toBe("hakan-fidan");
    expect(slugify("Đỗ Văn Đạt")).toBe("do-van-dat");
    expect(slugify("Straße Ærø")).toBe("strasse-aero");
  });

  it("still turns other characters into single dashes", () => {
    expect(slugify("Jama’at Nusrat al-Islam (JNIM)")).toBe("jamaat-nusrat-al-islam-jnim");
  });
});
