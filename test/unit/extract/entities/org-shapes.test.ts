// Organisations introduced by an acronym, an apposition or a group noun rather than a head noun
// (made-up text and bodies).
import { describe, expect, it } from "vitest";
import { capitalInitials, leadingNonName } from "../../../../src/extract/entities/org-shapes.ts";
import { entityDoc, extractBody, ids, statementTexts } from "../helpers.ts";

const actors = (body: string) =>
  [...entityDoc(body).actors.values()].map(
    (a) => `${a.id}${a.aliases.length ? ` [${a.aliases.join("; ")}]` : ""}`,
  );

describe("a name spelled by the acronym after it", () => {
  it("reads the initials of capitalised parts, behind particles and hyphens", () => {
    expect(capitalInitials(["Harakat", "al-Nour", "wal-Jihad"])).toBe("HNJ");
    expect(capitalInitials(["Jund-e-Sahil", "Front"])).toBe("JSF");
  });

  it("makes 'Harakat al-Nour wal-Jihad (HNJ)' an organisation, with the acronym as an alias", () => {
    const body = "Officials blamed fighters of Harakat al-Nour wal-Jihad (HNJ) for the raid. HNJ denied it.";
    expect(actors(body)).toContain("org:harakat-al-nour-wal-jihad [HNJ]");
  });

  it("keeps a country inside the name ('Jund-e-Sahil Mauritania (JSM)')", () => {
    expect(ids("The attack was claimed by Jund-e-Sahil Mauritania (JSM) on Friday.")).toContain(
      "org:jund-e-sahil-mauritania",
    );
  });

  it("does not make a person with initials an organisation ('Ana Ruiz (AR)')", () => {
    expect(ids("The memo was signed by Ana Ruiz (AR) and sent on Monday.")).not.toContain("org:ana-ruiz");
  });

  it("leaves a known body to the knowledge base ('World Health Organization (WHO)')", () => {
    expect(ids("The World Health Organization (WHO) said cases fell.")).toEqual(["org:who"]);
  });

  it("needs the initials to match ('Coastal Watch Network (XYZ)' is not read this way)", () => {
    expect(ids("Data from Blue Harbour Watch (XYZ) showed more ships.")).toEqual([]);
  });
});

describe("an acronym-introduced name that ends on a country or a national body", () => {
  it.each([
    ["The Tourism Board of Portugal (TBP) rejected the claim.", "org:pt:tourism-board"],
    ["The Fisheries Authority of Portugal (FAP) said two boats were held.", "org:pt:fisheries-authority"],
    ["The Water Resources Commission of Portugal (WRCP) will meet.", "org:pt:water-resources-commission"],
    ["The Royal Portugal Police (RPP) arrested six men.", "org:pt:police"],
  ])("'%s' → %s", (sentence, id) => {
    expect(ids(`Portugal closed the border. ${sentence}`)).toContain(id);
  });

  it("gives the acronym to the national body it ends on ('Royal Portugal Police (RPP)')", () => {
    const out = actors(
      "The Royal Portugal Police (RPP) arrested six men. The RPP said more arrests would follow.",
    );
    expect(out.some((a) => a.startsWith("org:pt:police") && a.includes("RPP"))).toBe(true);
    expect(out.some((a) => a.startsWith("org:royal"))).toBe(false);
  });

  it("keeps a university or a party of a country under its own name (negative case)", () => {
    expect(ids("Portugal closed the border. The University of Portugal (UP) protested.")).toContain(
      "org:university-of-portugal",
    );
    expect(ids("Portugal closed the border. The Labour Party of Portugal (LPP) protested.")).not.toContain(
      "org:pt:labour-party",
    );
  });
});

describe("criminal and armed groups", () => {
  it("reads a name in apposition to 'the criminal group'", () => {
    expect(
      ids("Police said the drugs belonged to Los Halcones, the criminal group that runs the port."),
    ).toContain("org:los-halcones");
  });

  it("reads 'the <Name> gang' and 'the <Name> militia'", () => {
    const found = ids("Residents fled after the Los Tigres gang and the Kuluna militia clashed.");
    expect(found).toContain("org:los-tigres");
    expect(found).toContain("org:kuluna");
  });

  it("does not read a place before 'the group said' or a leader's apposition", () => {
    expect(ids("In Valparaíso, the group said it would march again.")).toEqual([]);
    expect(ids("Pablo Ortega, the gang’s leader, fled across the river.")).not.toContain("org:pablo-ortega");
  });
});

describe("bodies in apposition", () => {
  it("reads 'Voltra, the Latvian grid operator, said' as a company", () => {
    expect(ids("Voltra, the Latvian grid operator, said supplies were safe.")).toEqual([
      "country:lv",
      "org:voltra",
    ]);
  });

  it("does not read a person's post as a body", () => {
    expect(ids("Marta Kask, the head of the firm, said supplies were safe.")).not.toContain("org:marta-kask");
    expect(ids("Marta Kask, the regulator, said supplies were safe.")).not.toContain("org:marta-kask");
    expect(ids("Marta Kask, a company executive, said supplies were safe.")).not.toContain("org:marta-kask");
  });
});

describe("the extent of a name ending in a head noun", () => {
  it("drops a title and person glued before 'of the <Body>'", () => {
    const name = "Analyst Kofi Mensah of the Volta Peace Training Centre";
    expect(name.slice(leadingNonName(name, ["Centre"]))).toBe("Volta Peace Training Centre");
    expect(leadingNonName("Court of Justice of the Andean Union", ["Court", "Union"])).toBe(0);
  });

  it("keeps a complement joined by 'and', but not a title after it", () => {
    expect(ids("A report by the Lisbon Institute for Conflict and Security Studies was cited.")).toContain(
      "org:lisbon-institute-for-conflict-and-security-studies",
    );
    const found = ids("The Institute for Peace and Foreign Minister Ana Ruiz met on Monday.");
    expect(found).toContain("org:institute-for-peace");
    expect(found).not.toContain("org:institute-for-peace-and-foreign-minister-ana-ruiz");
  });

  it("does not read a list of known actors as one name", () => {
    expect(ids("The United States and the European Union list the group.")).toEqual(["country:us", "org:eu"]);
  });

  it("reads a two-word 'Administration' as no agency, a longer one as an agency", () => {
    expect(ids("The Varga Administration said no.")).toEqual([]);
    expect(ids("The U.S. Maritime Safety Administration (MSA) said no.")).toContain(
      "org:us:maritime-safety-administration",
    );
  });
});

describe("parties named before 'party'", () => {
  it("reads 'the ruling Georgian Dream party' and 'the opposition Nueva Senda party'", () => {
    const found = ids("Georgia's ruling Georgian Dream party won. The opposition Nueva Senda party lost.");
    expect(found).toEqual(expect.arrayContaining(["org:georgian-dream", "org:nueva-senda"]));
  });

  it("reads no party from 'the ruling party'", () => {
    expect(ids("The ruling party said the vote was fair.")).toEqual([]);
  });
});

describe("robustness", () => {
  it("reads an acronym introduced in parentheses, even when the name contains a known alias", () => {
    const x = extractBody(
      "The Regional Water Security Council (RWSC) said the dam was unsafe. The RWSC also urged Egypt to wait.",
    );
    expect(x.actors.map((a) => a.id)).toEqual(["org:regional-water-security-council", "country:eg"]);
    expect(statementTexts(x).map((s) => s[0])).toEqual([
      "org:regional-water-security-council",
      "org:regional-water-security-council",
    ]);
  });
});
