// Organisations recognised by the shape of their names (made-up text and bodies).
import { describe, expect, it } from "vitest";
import { aliases, entityDoc, extractBody, ids } from "../helpers.ts";

const orgs = (body: string) =>
  [...entityDoc(body).actors.values()]
    .filter((a) => a.kind === "Organization")
    .map((a) => `${a.id}${a.countryId ? `@${a.countryId}` : ""}`)
    .sort();

describe("state bodies with a proper name", () => {
  it("binds a name after a country's possessive to that country, with its complement", () => {
    expect(orgs("Estonia’s State Agency for Digital Security said the attack failed.")).toEqual([
      "org:ee:state-agency-for-digital-security@country:ee",
    ]);
  });

  it("binds a name written right after a country reference ('U.S. Southern Command')", () => {
    expect(orgs("U.S. Southern Command said the ship left port.")).toEqual([
      "org:us:southern-command@country:us",
    ]);
  });

  it("gives a 'Federal …' body without a country to the home country", () => {
    const body =
      "VIENNA, May 4 (APA) — Austria charged a man. The Federal Audit Office said the files were lost.";
    expect(orgs(body)).toContain("org:at:federal-audit-office@country:at");
  });

  it("gives a demonym-led role name its country's national id ('Ruritanian Security Service')", () => {
    expect(orgs("The Danish Security Service said it had warned ministers.")).toEqual([
      "org:dk:intelligence@country:dk",
    ]);
    expect(orgs("Ministers cited a report by the Finnish Border Intelligence Service on Monday.")).toEqual([
      "org:fi:border-intelligence-service@country:fi",
    ]);
    expect(orgs("The Nepali Directorate of Fisheries said two boats were held.")).toEqual([
      "org:np:directorate-of-fisheries@country:np",
    ]);
  });

  it("keeps the whole name of outlets and armed movements led by a country word (negative cases)", () => {
    expect(orgs("The Bahrain News Agency said the talks ended.")).toEqual([
      "org:bahrain-news-agency@country:bh",
    ]);
    expect(orgs("The Sudan People's Liberation Army said it had withdrawn.")[0]).toMatch(
      /^org:sudan-peoples-liberation-army/,
    );
    expect(orgs("Fighters of the Libyan National Army advanced.")[0]).toMatch(/^org:libyan-national-army/);
  });

  it("binds a name opening with the country's own name too ('Ruritania Revenue Authority')", () => {
    expect(orgs("The Kenya Revenue Authority said the trucks were cleared.")).toEqual([
      "org:ke:revenue-authority@country:ke",
    ]);
    expect(orgs("Funding came from the Oman Fund for Development, officials said.")).toEqual([
      "org:om:fund-for-development@country:om",
    ]);
  });

  it("leaves seats of learning, parties, associations and firms so named unbound (negative cases)", () => {
    expect(orgs("The Danish Institute of Marine Studies said stocks were falling.")).toEqual([
      "org:danish-institute-of-marine-studies",
    ]);
    expect(orgs("The Kenya Business Council urged calm.")).toEqual(["org:kenya-business-council"]);
    expect(orgs("The Tongan Democratic Party boycotted the vote.")).toEqual(["org:tongan-democratic-party"]);
  });

  it("reads '<Country> People's Defence Forces' as that country's armed forces", () => {
    expect(orgs("The Zambia People’s Defence Forces (ZPDF) said it had sent troops.")).toContain(
      "org:zm:armed-forces@country:zm",
    );
    expect(orgs("The Zambia People’s Defence Forces (ZPDF) said it had sent troops.")).not.toContain(
      "org:zambia-peoples-defence-forces@country:zm",
    );
  });

  it("prefers the national body inside a longer name ('Fiji-style Police Force')", () => {
    expect(orgs("Officers of the Tongan Police Force patrolled the port.")).toEqual([
      "org:to:police@country:to",
    ]);
  });

  it("drops a complement that names a known actor", () => {
    expect(orgs("The Appeals Court for Greece ruled on Monday.")).toEqual(["org:appeals-court"]);
    expect(orgs("The Appeals Court for Maritime Affairs ruled on Monday.")).toEqual([
      "org:appeals-court-for-maritime-affairs",
    ]);
  });

  it("reads a name opening with its head after 'the' ('the University of X', 'the Commission for …')", () => {
    expect(orgs("She teaches at the University of the Andes in Bogota.")).toEqual([
      "org:university-of-the-andes",
    ]);
    expect(orgs("He cited the Commission for the Protection of Alpine Lakes on Monday.")).toEqual([
      "org:commission-for-the-protection-of-alpine-lakes",
    ]);
  });

  it("needs 'the' before a head-first name and leaves a national body's pattern to it", () => {
    expect(orgs("University of Nowhere graduates protested.")).toEqual([]);
    expect(orgs("The Office of the Prime Minister of Peru said so.")).toEqual([
      "org:pe:office-of-the-prime-minister@country:pe",
    ]);
  });

  it("reads a regional government's name ending in 'Government' as a body, not a state's government", () => {
    expect(orgs("The Aceh Regional Government said the road was open.")).toEqual([
      "org:aceh-regional-government",
    ]);
    expect(orgs("The Peruvian Government said the road was open.")).toEqual([]);
  });
});

describe("company names by their last word", () => {
  it("reads 'Andes Ratings said', 'Borealis Technologies said', 'General Dynamics said' as companies, not people", () => {
    const found = [
      ...orgs("Andes Ratings said the bonds were safe."),
      ...orgs("Borealis Technologies said the satellite worked."),
      ...orgs("General Dynamics said the order was signed."),
    ];
    expect(found).toEqual(["org:andes-ratings", "org:borealis-technologies", "org:general-dynamics"]);
  });

  it("still reads a person whose surname is no company word", () => {
    expect(orgs("Marta Labs-Kask said the order was signed.")).toEqual([]);
  });
});

describe("more name shapes", () => {
  it("keeps a place before the acronym of a mission ('UN Verification Force in Lebanon (UNVFL)')", () => {
    expect(orgs("The UN Verification Force in Lebanon (UNVFL) urged restraint.")).toContain(
      "org:un-verification-force-in-lebanon",
    );
    // A mission the knowledge lists keeps its own id.
    expect(orgs("The UN Interim Force in Lebanon (UNIFIL) urged restraint.")).toContain("org:unifil");
  });

  it("drops a hyphenated modifier before a name ('Turkish-backed Syrian National Army')", () => {
    expect(orgs("Turkish-backed Syrian National Army fighters clashed with rivals.")).toEqual([
      "org:syrian-national-army@country:sy",
    ]);
  });

  it("reads units ending in Brigades or Battalion as organisations, not people", () => {
    expect(orgs("The armed wing, the Qassam Brigades, said it fired rockets.")).toEqual([
      "org:qassam-brigades",
    ]);
  });
});

describe("a short name introduced in parentheses ('the Swedish Security Service (Säpo)')", () => {
  const mentionsOf = (body: string, id: string) =>
    entityDoc(body)
      .mentions.filter((m) => m.actorId === id)
      .map((m) => body.slice(m.start, m.end));

  it("makes later uses of a one-word short name alias mentions, like an acronym", () => {
    const body =
      "Sweden acted on advice from the Swedish Security Service (Säpo). Säpo said the risk was high.";
    expect(mentionsOf(body, "org:se:intelligence")).toContain("Säpo");
  });

  it("does not take a lower-case or multi-word parenthesis for a name", () => {
    const body = "Sweden acted on advice from the Swedish Security Service (in May). May said nothing.";
    expect(mentionsOf(body, "org:se:intelligence")).not.toContain("May");
  });
});

describe("short names in parentheses", () => {
  it("makes a word in parentheses after a body's name its alias ('(Supo)')", () => {
    const body =
      "The Finnish Security and Intelligence Service (Supo) said it helped. Supo declined to comment.";
    expect(aliases(body, "org:fi:intelligence")).toContain("Supo");
  });
});

describe("offices named after their officer", () => {
  it("gives 'the Inspector General's Office' to the home country", () => {
    const body =
      "QUITO, May 3 (EFE) — Ecuador charged two officers.\n\nThe Inspector General's Office opened a probe.";
    expect(ids(body)).toContain("org:ec:inspector-generals-office");
  });
});

describe("organisation names with 'on' and seats of learning named after a place", () => {
  it("keeps 'on <Subject>' in a name and its acronym as an alias", () => {
    const doc = entityDoc(
      "The Regional Authority on Fisheries (RAF) met in Lima. RAF said quotas would fall.",
    );
    expect([...doc.actors.keys()]).toContain("org:regional-authority-on-fisheries");
    expect(doc.actors.get("org:regional-authority-on-fisheries")?.aliases).toContain("RAF");
  });

  it("does not take a weekday after 'on' into the name (negative case)", () => {
    expect(ids("The Regional Fisheries Authority on Monday cut the quotas.")).toContain(
      "org:regional-fisheries-authority",
    );
  });

  it("reads 'University of <Country>' whole", () => {
    expect(
      ids("“Prices will rise,” said Ana Lupu, an economist at the Technical University of Moldova."),
    ).toContain("org:technical-university-of-moldova");
  });

  it("still ends a non-academic name before a country (negative case)", () => {
    expect(ids("The Regional Water Council of Peru met on Monday.")).not.toContain(
      "org:regional-water-council-of-peru",
    );
  });
});

describe("blocs", () => {
  it("reads an unknown single-word bloc from '<Name> summit' and 'members of <Name>'", () => {
    const x = extractBody(
      "Leaders gathered for the Varnex summit in Lima. Chile said members of Varnex disagreed.",
    );
    expect(x.actors.find((a) => a.id === "org:varnex")).toMatchObject({
      kind: "Organization",
      name: "Varnex",
      orgType: "intergovernmental",
    });
    expect(x.actors.find((a) => a.id === "org:varnex")?.mentions).toHaveLength(2);
    const summit = x.events.find((e) => e.type === "summit");
    expect(summit?.participants).toContainEqual({ actorId: "org:varnex", role: "participant" });
  });

  it("reads an unknown acronym before 'leaders' but never an ordinary word or a region", () => {
    const x = extractBody(
      "ZANTA leaders met in Quito. Kremlin leaders said nothing, and the Arab summit ended. Opposition members left.",
    );
    const orgs = x.actors.filter((a) => a.kind === "Organization").map((a) => a.id);
    expect(orgs).toEqual(["org:zanta"]);
  });
});

describe("national bodies by name", () => {
  it("gives a 'National … Agency' named without a country to the home state", () => {
    const body =
      "MOGADISHU, Feb. 3 (SONNA) — Somalia closed a crossing.\n\nThe National Revenue and Customs Agency (NRCA) said its officers had seized six trucks.";
    expect(extractBody(body).actors.map((a) => a.id)).toContain("org:so:national-revenue-and-customs-agency");
  });
  it("keeps a national party or university under its own name", () => {
    const body = "NAIROBI, Feb. 3 — Kenya closed a crossing. The National Renewal Movement protested.";
    expect(extractBody(body).actors.map((a) => a.id)).toContain("org:national-renewal-movement");
  });
});

describe("a state body's name bound once keeps its country", () => {
  it("binds a later bare mention to the possessive's country, not the story's home", () => {
    expect(
      orgs(
        "Peru accused Chile on Monday. The men were seen in trucks of Chile’s National Guard. Lima said the National Guard had let them pass.",
      ),
    ).toContain("org:cl:national-guard@country:cl");
  });
  it("still binds a name never bound to the home country", () => {
    expect(orgs("Peru accused Chile on Monday. Lima said the National Guard had let them pass.")).toContain(
      "org:pe:national-guard@country:pe",
    );
  });
});

describe("'<state body name> of <country>'", () => {
  it.each([
    [
      "The National Cyber Security Centre of Oman said the breach was contained.",
      "org:om:national-cyber-security-centre",
    ],
    [
      "The National Crisis Centre (NCC) of Jordan said the breach was contained.",
      "org:jo:national-crisis-centre",
    ],
    ["The State Audit Office of Estonia said the accounts were in order.", "org:ee:state-audit-office"],
  ])("binds '%s' to that country and makes it the speaker", (body, id) => {
    const x = extractBody(body);
    expect(x.actors.map((a) => a.id)).toContain(id);
    expect(x.statements.map((s) => s.speakerId)).toEqual([id]);
  });
  it("leaves a name that is no state body's alone ('Bank of Ghana' stays a name)", () => {
    expect(orgs("The Harbour Trading Company of Ghana said prices rose.").join(" ")).not.toContain("org:gh:");
  });
});

describe("names of state bodies ending in Centre, Office or Unit", () => {
  it("bind to the story's home country like other state names", () => {
    expect(
      orgs(
        "Oman blamed Iran on Monday. The National Cyber Security Center (NCSC) said the breach was contained.",
      ),
    ).toContain("org:om:national-cyber-security-center@country:om");
    expect(
      orgs("Nepal asked for help on Monday. The National Disaster Office said 20 were missing."),
    ).toContain("org:np:national-disaster-office@country:np");
  });
});

describe("a command of a country's armed force", () => {
  it.each([
    ["The U.S. military’s Africa Command said it had carried out a strike.", "org:us:africa-command"],
    [
      "France's army's Special Operations Command said it had withdrawn.",
      "org:fr:special-operations-command",
    ],
    ["The Turkish navy’s Northern Sea Command said a frigate had sailed.", "org:tr:northern-sea-command"],
  ])("binds '%s' to that country", (body, id) => {
    const x = extractBody(body);
    expect(x.actors.map((a) => a.id)).toContain(id);
    expect(x.statements.map((s) => s.speakerId)).toEqual([id]);
  });
});

describe("names framed as places", () => {
  it("reads a name after 'near' or 'off' as a place everywhere in the article (a shoal, a reef)", () => {
    const body = "A patrol ship was rammed near Osprey Bank on Monday. Osprey Bank lies in disputed waters.";
    expect(ids(body)).not.toContain("org:osprey-bank");
    expect(ids("Two trawlers were seized off Marlin Bank.")).not.toContain("org:marlin-bank");
  });

  it("reads a 'House' after 'at' or 'in' as a venue", () => {
    expect(ids("The two ministers held talks at Cedar House on Friday.")).not.toContain("org:cedar-house");
  });

  it("still reads a bank that acts as a body", () => {
    expect(ids("The Andean Development Bank said it would lend more.")).toContain(
      "org:andean-development-bank",
    );
  });
});

describe("a department named by its portfolio", () => {
  it("reads '<state>’s Department of X' as that state's body", () => {
    expect(ids("Zambia’s Department of Immigration said it had shut the crossing.")).toContain(
      "org:zm:department-of-immigration",
    );
    expect(ids("Ghana’s Department of Fisheries said two boats were held.")).toContain(
      "org:gh:department-of-fisheries",
    );
  });

  it("leaves the keyed departments to their kinds ('the State Department')", () => {
    expect(ids("The State Department said it was aware of the report.")).toContain(
      "org:us:ministry-of-foreign-affairs",
    );
  });
});

describe("head-first state body names (Directorate of …, Office of the …)", () => {
  it("binds 'the Directorate of …' named without a country to the story's state", () => {
    expect(
      orgs("Zambia expelled two traders. The Directorate of Revenue Crimes said they had evaded duties."),
    ).toContain("org:zm:directorate-of-revenue-crimes@country:zm");
  });
  it("binds 'the Office of the …' with an acronym, the acronym an alias", () => {
    const doc = entityDoc(
      "Chile closed the pass on Sunday, the Office of the Border Security Coordinator (OBSC) said. OBSC gave no figures.",
    );
    expect(doc.actors.get("org:cl:office-of-the-border-security-coordinator")?.aliases).toContain("OBSC");
  });
  it("binds a 'Division of …' after a preposition", () => {
    expect(orgs("Fiji said a cutter of the Division of Coastal Policing stopped the trawler.")).toContain(
      "org:fj:division-of-coastal-policing@country:fj",
    );
  });
  it("binds 'the Bureau of …' and 'the Department for …' alike", () => {
    const found = orgs(
      "Ghana protested on Tuesday. The Bureau of Border Statistics said the crossing was shut. The Department for Rural Roads agreed.",
    );
    expect(found).toContain("org:gh:bureau-of-border-statistics@country:gh");
    expect(found).toContain("org:gh:department-for-rural-roads@country:gh");
  });
  it("binds the possessive country over the story's state", () => {
    expect(orgs("Peru said Bolivia’s Directorate of Water Permits had ignored the treaty.")).toContain(
      "org:bo:directorate-of-water-permits@country:bo",
    );
  });
  it("does not bind an international body's office to the story's state", () => {
    const found = orgs("Chad said the Office of the United Nations Envoy for the Sahel had been told.");
    expect(found.filter((id) => id.startsWith("org:td:"))).toEqual([]);
  });
  it("keeps a weekday before a name out of the name", () => {
    const found = orgs("Mali said on Friday the Regional Water Council would meet in June.");
    expect(found.some((id) => id.includes("friday"))).toBe(false);
    expect(found).toContain("org:regional-water-council");
  });
});

describe("security services named by their own title take the intelligence key", () => {
  it("keys a service after a country's possessive ('Ruritania’s National Security Service')", () => {
    expect(orgs("Latvia’s National Security Service said two officers had been detained.")).toEqual([
      "org:lv:intelligence@country:lv",
    ]);
  });

  it("keys a demonym-led service ('the Maltese Security and Intelligence Service')", () => {
    expect(orgs("The Maltese Security and Intelligence Service said the ring was broken up.")).toEqual([
      "org:mt:intelligence@country:mt",
    ]);
  });

  it("keys a head-first name for the home state ('the State Agency for National Security')", () => {
    const body =
      "SKOPJE, April 2 (MIA) — North Macedonia charged four men.\n\nThe State Agency for National Security said they had photographed barracks.";
    expect(ids(body)).toContain("org:mk:intelligence");
  });

  it("keys 'National Intelligence Bureau', 'Intelligence and Security Agency' and 'Information and Security Service'", () => {
    expect(orgs("Kenya’s National Intelligence Bureau warned of attacks.")).toEqual([
      "org:ke:intelligence@country:ke",
    ]);
    expect(orgs("Chad’s National Intelligence and Security Agency said it had arrested a courier.")).toEqual([
      "org:td:intelligence@country:td",
    ]);
    expect(orgs("Albania’s Information and Security Service said the files were forged.")).toEqual([
      "org:al:intelligence@country:al",
    ]);
  });

  it("keeps bodies with another remit under their own slug", () => {
    expect(orgs("Peru’s National Maritime Security Agency said the boat sank.")).toEqual([
      "org:pe:national-maritime-security-agency@country:pe",
    ]);
    expect(orgs("Chile’s National Cyber Security Centre said the attack failed.")).toEqual([
      "org:cl:national-cyber-security-centre@country:cl",
    ]);
    expect(orgs("Oman’s National Security Council met on Sunday.")).not.toContain(
      "org:om:intelligence@country:om",
    );
  });
});

describe("a chancellery is a body, not a person", () => {
  it("binds 'the Ruritanian Federal Chancellery' to its country", () => {
    expect(orgs("The German Federal Chancellery said the visit would go ahead.")).toEqual([
      "org:de:federal-chancellery@country:de",
    ]);
    expect(orgs("Austria’s Federal Chancellery confirmed the meeting on Friday.")).toEqual([
      "org:at:federal-chancellery@country:at",
    ]);
  });
  it("reads no person in 'State Chancellery said'", () => {
    const body = "RIGA, May 2 (LETA) — Latvia closed a crossing. The State Chancellery said it would reopen.";
    expect(ids(body).filter((id) => id.startsWith("person:"))).toEqual([]);
  });
});
