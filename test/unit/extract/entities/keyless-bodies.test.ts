// National bodies without a knowledge key, named by a lower-case role after their country (keyless-bodies.ts).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const ids = (x: X) => x.actors.map((a) => a.id).sort();
const partOf = (x: X) =>
  x.relations.filter((r) => r.kind === "PART_OF").map((r) => `${r.sourceId}>${r.targetId}`);

describe("keyless national bodies", () => {
  it("reads 'Namibia’s fisheries department' as org:na:fisheries-department, part of Namibia", () => {
    const x = extractBody("Namibia’s fisheries department said the hake quota would be cut by a tenth.");
    expect(ids(x)).toContain("org:na:fisheries-department");
    expect(partOf(x)).toContain("org:na:fisheries-department>country:na");
    expect(x.actors.find((a) => a.id === "org:na:fisheries-department")?.name).toBe(
      "Fisheries Department of Namibia",
    );
  });
  it("gives the body the statement it makes", () => {
    const x = extractBody(
      "Uganda’s wildlife authority said rangers had arrested four poachers near the park.",
    );
    expect(x.statements.map((s) => s.speakerId)).toEqual(["org:ug:wildlife-authority"]);
  });
  it("binds a demonym before the role too", () => {
    const x = extractBody("The Zambian energy regulator said fuel prices would rise in May.");
    expect(ids(x)).toContain("org:zm:energy-regulator");
  });
  it("leaves keyed kinds to the gazetteer", () => {
    const x = extractBody("Peru’s customs service said it had seized 300 kilograms of gold.");
    expect(ids(x)).toContain("org:pe:customs-service");
    expect(ids(x).filter((id) => id.startsWith("org:pe:") && id !== "org:pe:customs-service")).toEqual([]);
  });
  it("needs a country right before the role", () => {
    const x = extractBody("Chile said the fisheries department would publish the figures.");
    expect(ids(x).filter((id) => id.includes("fisheries"))).toEqual([]);
  });
  it("reads no body from ownership or rank words", () => {
    const x = extractBody("Kenya’s state-run news agency said Kenya’s main opposition council had met.");
    expect(ids(x).filter((id) => /news-agency|opposition/.test(id))).toEqual([]);
  });
});

describe("keyless bodies headed by centre, office or unit", () => {
  it.each([
    [
      "Oman’s national cyber security centre said the breach was contained.",
      "org:om:national-cyber-security-centre",
    ],
    ["The Jordanian cyber crime unit said the breach was contained.", "org:jo:cyber-crime-unit"],
    ["Kenya’s statistics office said the breach was contained.", "org:ke:statistics-office"],
    ["The Qatari national command center said the breach was contained.", "org:qa:national-command-center"],
  ])("reads '%s' as a national body and its speaker", (body, id) => {
    const x = extractBody(body);
    expect(ids(x)).toContain(id);
    expect(partOf(x)).toContain(`${id}>country:${id.split(":")[1]}`);
    expect(x.statements.map((s) => s.speakerId)).toEqual([id]);
  });
  it("leaves keyed offices to their kind ('foreign office', 'prime minister’s office')", () => {
    expect(ids(extractBody("Ghana’s foreign office said the envoy was recalled."))).toContain(
      "org:gh:ministry-of-foreign-affairs",
    );
    expect(ids(extractBody("Kenya’s prime minister’s office said the visit was off."))).toContain(
      "org:ke:office-of-the-prime-minister",
    );
  });
});

describe("keyless bodies named by role + 'of' + country", () => {
  it.each([
    [
      "The national security service of Uzbekistan said it had detained a man.",
      "org:uz:national-security-service",
    ],
    ["The wildlife department of Botswana said it had counted the herds.", "org:bw:wildlife-department"],
    ["The revenue authority of the Gambia said it had seized the goods.", "org:gm:revenue-authority"],
  ])("binds '%s' to that country and lets it speak", (body, id) => {
    const x = extractBody(body);
    expect(ids(x)).toContain(id);
    expect(partOf(x)).toContain(`${id}>country:${id.split(":")[1]}`);
    expect(x.statements.map((s) => s.speakerId)).toEqual([id]);
  });
  it("leaves a role followed by 'of' and no country alone", () => {
    expect(ids(extractBody("The wildlife department of the region said it had counted the herds."))).toEqual(
      [],
    );
  });
});

describe("a keyless body after 'the country's'", () => {
  it("gives it the story's own state, as for keyed bodies", () => {
    const body =
      "DAKAR, April 15 (APS) — Senegal’s navy seized two trawlers off the coast, the country’s fisheries protection directorate said.";
    expect(ids(extractBody(body))).toContain("org:sn:fisheries-protection-directorate");
  });

  it("leaves a role after other possessives unbound (negative case)", () => {
    const body =
      "DAKAR, April 15 (APS) — Senegal said the captain’s fisheries protection directorate was private.";
    expect(ids(extractBody(body)).filter((id) => id.includes("directorate"))).toEqual([]);
  });
});

describe("capitalised names glossed by a lower-case head noun", () => {
  it("reads '<Country>’s <Name> directorate' as that country's body named by the name", () => {
    expect(ids(extractBody("Chad’s Public Order directorate said the convoy had been stopped."))).toContain(
      "org:td:public-order",
    );
  });
  it("reads a demonym before the name too", () => {
    const x = extractBody("The Malian Border Watch agency reported two crossings on Sunday.");
    expect(partOf(x)).toContain("org:ml:border-watch>country:ml");
  });
  it("reads 'service', 'bureau' and 'office' as heads alike", () => {
    const x = extractBody(
      "Togo’s Coastal Safety service said the ferry sank. Benin’s Fraud Prevention bureau and Niger’s Grain Reserve office agreed.",
    );
    expect(ids(x)).toEqual(
      expect.arrayContaining(["org:tg:coastal-safety", "org:bj:fraud-prevention", "org:ne:grain-reserve"]),
    );
  });
  it("gives the body the statement it makes", () => {
    const x = extractBody("Gabon’s Forest Watch service said 40 trucks of timber had been seized.");
    expect(x.statements.map((s) => s.speakerId)).toEqual(["org:ga:forest-watch"]);
  });
  it("needs the country right before the name", () => {
    const x = extractBody("Chad said the Public Order directorate would publish the figures.");
    expect(ids(x).filter((id) => id.includes("public-order"))).toEqual([]);
  });
  it("leaves a known agency named before 'news agency' to the news agencies", () => {
    const x = extractBody("China’s Xinhua news agency said the talks had ended.");
    expect(ids(x).filter((id) => id.startsWith("org:cn:"))).toEqual([]);
  });
});

describe("capitalised names before a head that also names a place", () => {
  it("reads no body from '<Country>’s <Name> department' (a province)", () => {
    const x = extractBody("Peru’s Loreto department was flooded, Peru’s Civil Defence Institute said.");
    expect(ids(x).filter((id) => id.includes("loreto"))).toEqual([]);
  });
});

describe("the fuller list of institutional head nouns", () => {
  it("reads a 'watchdog' and a 'registry' as the country's bodies", () => {
    const x = extractBody("Malawi’s anti-fraud watchdog said Malawi’s land registry had lost files.");
    expect(ids(x)).toEqual(expect.arrayContaining(["org:mw:anti-fraud-watchdog", "org:mw:land-registry"]));
  });
  it("reads an 'institute' after a demonym", () => {
    const x = extractBody("The Bolivian census institute published the figures on Friday.");
    expect(partOf(x)).toContain("org:bo:census-institute>country:bo");
  });
  it("reads a 'committee' that makes a statement", () => {
    const x = extractBody("Armenia’s investigative committee said two officers had been charged.");
    expect(x.statements.map((s) => s.speakerId)).toEqual(["org:am:investigative-committee"]);
  });
  it("reads a 'tribunal' and a 'court' named by their role", () => {
    const x = extractBody("Honduras’s electoral tribunal and the Honduran appeals court both met.");
    expect(ids(x)).toEqual(expect.arrayContaining(["org:hn:electoral-tribunal", "org:hn:appeals-court"]));
  });
  it("reads no body from a rank word before the head", () => {
    const x = extractBody("Peru’s top court said the vote would stand.");
    expect(ids(x).filter((id) => id.includes("top"))).toEqual([]);
  });
});
