// National bodies named without their country, and the home country of a wire story (made-up text).
import { describe, expect, it } from "vitest";
import { homeCountry } from "../../../../src/extract/entities/gazetteer.ts";
import { loadKnowledge } from "../../../../src/extract/knowledge/knowledge.ts";
import { actorIds, aliases, entityDoc, extractBody, ids, relationPairs, speakerTexts } from "../helpers.ts";

describe("home country", () => {
  it("skips the dateline and takes the first country of the lead", () => {
    const body = "LIMA, Feb. 3 (Andina) — Peru said on Monday that Chile had closed a border crossing.";
    const doc = entityDoc(body);
    const countries = doc.mentions
      .filter((m) => m.actorId.startsWith("country:"))
      .map((m) => ({ start: m.start, end: m.end, actorId: m.actorId, kind: m.kind }));
    expect(homeCountry(body, countries)).toBe("PE");
  });

  const home = (body: string) => {
    const candidates = entityDoc(body)
      .mentions.map((m) => ({ start: m.start, end: m.end, actorId: m.actorId, kind: m.kind }))
      .sort((a, b) => a.start - b.start);
    return homeCountry(body, candidates, loadKnowledge());
  };

  it.each([
    ["SANTIAGO, Feb. 3 (Reuters) — A Peruvian trawler was seized off Arica, Chile’s navy said.", "CL"],
    ["LIMA, Feb. 3 — Chilean troops crossed the border on Monday, Peru’s defence ministry said.", "PE"],
    ["QUITO, Feb. 3 (AP) — Colombia and Ecuador traded accusations on Monday, Ecuador said.", "EC"],
    ["ACCRA, Feb. 3 (AFP) — Togolese gunmen attacked a post, and Ghana closed the border.", "GH"],
  ])("prefers the dateline's state when the lead names it (%s)", (body, iso) => {
    expect(home(body)).toBe(iso);
  });

  it.each([
    // A venue's host the lead does not name stays no home.
    ["GENEVA, Feb. 3 (Reuters) — Peru and Chile agreed on Monday to reopen the border.", "PE"],
    // A dateline that is no capital leaves the lead's first state.
    ["ARICA, Feb. 3 — Peru said Chilean troops had crossed the border.", "PE"],
    // The dateline's state named only after the lead paragraph is no home.
    ["SANTIAGO, Feb. 3 — Peru said on Monday that troops had crossed the border.\n\nChile denied it.", "PE"],
  ])("keeps the lead's first state otherwise (%s)", (body, iso) => {
    expect(home(body)).toBe(iso);
  });
});

describe("a national body without its country", () => {
  it("binds 'The foreign ministry' to the home country", () => {
    const body =
      "OSLO, May 2 (NTB) — Norway protested to Iceland on Tuesday.\n\nThe foreign ministry said the quota was unfair.";
    expect(ids(body)).toContain("org:no:ministry-of-foreign-affairs");
  });

  it("continues the same kind named earlier with its country", () => {
    const body =
      "Ghana’s defence ministry met Togo. Later, the defence ministry said the patrols would resume.";
    const doc = entityDoc(body);
    const later = doc.mentions.find((m) => m.text === "defence ministry" && m.start > 30);
    expect(later?.actorId).toBe("org:gh:ministry-of-defense");
  });

  it("binds a sentence-opening title phrase ('Defence ministry spokesman X')", () => {
    const body = "Kenya sent troops north.\n\nDefence ministry spokesman Amos Kipchoge said they would stay.";
    expect(ids(body)).toContain("org:ke:ministry-of-defense");
  });

  it("leaves generic uses alone: 'associated with the military', 'foreign forces', 'the embassy'", () => {
    const body = "Peru named firms associated with the military. Foreign forces left. The embassy was shut.";
    expect(ids(body).filter((id) => id.startsWith("org:"))).toEqual([]);
  });
});

describe("a sentence opened by 'In <capital>,'", () => {
  const orgIds = (body: string) =>
    [...entityDoc(body).actors.values()].filter((a) => a.kind === "Organization").map((a) => a.id);

  it("places the bare body after the comma in that capital's country", () => {
    const body =
      "HANOI, May 3 (Reuters) - Vietnam protested.\n\nIn Beijing, foreign ministry spokesman Lin Tao said the boat was fishing illegally.";
    expect(orgIds(body)).toEqual(["org:cn:ministry-of-foreign-affairs"]);
  });

  it("leaves a bare body elsewhere to the home country", () => {
    const body =
      "HANOI, May 3 (Reuters) - Vietnam protested.\n\nTalks were held in Beijing. The foreign ministry said the boat was seized.";
    expect(orgIds(body)).toEqual(["org:vn:ministry-of-foreign-affairs"]);
  });
});

describe("a demonym two states share", () => {
  const ids = (x: ReturnType<typeof extractBody>) => x.actors.map((a) => a.id).sort();
  it("means the state the story names otherwise", () => {
    const x = extractBody("Kinshasa said the Congolese army had retaken the town.");
    expect(ids(x)).toContain("org:cd:army");
    expect(ids(x)).not.toContain("country:cg");
  });
  it("keeps the first owner when the story names neither", () => {
    const x = extractBody("The Congolese army said it had retaken the town.");
    expect(ids(x)).toContain("org:cg:army");
  });
});

describe("a two-word capital", () => {
  it("is never a person, even before a reporting verb", () => {
    const x = extractBody("The Chinese embassy in Kuala Lumpur said the claims were groundless.");
    expect(x.actors.map((a) => a.id)).not.toContain("person:kuala-lumpur");
  });
});

describe("more kinds of national bodies", () => {
  it("reads customs services, but not a customs union or customs duties", () => {
    expect(ids("Peru’s customs service said it had seized gold.")).toContain("org:pe:customs-service");
    expect(ids("Finnish Customs said the ship carried fuel oil.")).toContain("org:fi:customs-service");
    expect(ids("Turkey’s customs union with the bloc was discussed.")).not.toContain(
      "org:tr:customs-service",
    );
    expect(ids("Chile’s customs duties on wine were cut.")).not.toContain("org:cl:customs-service");
  });

  it("reads an electoral commission of the home country, with its acronym", () => {
    const body =
      "ACCRA, May 2 (GNA) — Ghana postponed two votes.\n\nThe Electoral Commission (EC) said staff were at risk. The EC will meet.";
    const doc = entityDoc(body);
    expect(doc.actors.get("org:gh:electoral-commission")?.aliases).toContain("EC");
  });

  it("reads a state broadcaster and a prosecutor's office", () => {
    const found = ids(
      "Ecuador’s state broadcaster showed the arrest. Ecuador’s prosecutor’s office opened a case.",
    );
    expect(found).toContain("org:ec:state-broadcaster");
    expect(found).toContain("org:ec:prosecutors-office");
  });

  it("does not read 'state' before a noun as the country's government", () => {
    const doc = entityDoc("Bolivia’s state oil firm said output fell.");
    expect(doc.mentions.find((m) => m.actorId === "country:bo")?.text).toBe("Bolivia’s");
    expect(entityDoc("Bolivia’s state said no.").mentions[0]?.text).toBe("Bolivia’s state");
  });

  it("binds a body after a possessive and an adjective of rank, not after a bare name", () => {
    expect(ids("Pakistan’s main spy agency said it had warned.")).toContain("org:pk:intelligence");
    expect(ids("Peru’s federal police said the road was shut.")).toContain("org:pe:police");
    expect(ids("Chile main police said the road was shut.")).not.toContain("org:cl:police");
  });
});

describe("metonyms", () => {
  it("reads seats of government as their state and foreign-ministry seats as the ministry", () => {
    expect(ids("The Kremlin denied it and the White House said nothing.")).toEqual([
      "country:ru",
      "country:us",
    ]);
    expect(ids("Itamaraty said it had protested.")).toEqual(["org:br:ministry-of-foreign-affairs"]);
  });

  it("does not read a lower-case 'white house' as the United States", () => {
    expect(ids("A white house stood on the hill.")).toEqual([]);
  });
});

describe("the home state's bodies named in full", () => {
  it("gives 'the Department of Foreign Affairs' to the home state, not to the last foreign ministry named", () => {
    const body =
      "MANILA, June 5 (PNA) — The Philippines protested on Monday. Beijing's foreign ministry said the boats intruded.\n\nThe Department of Foreign Affairs summoned China's envoy.";
    expect(ids(body)).toContain("org:ph:ministry-of-foreign-affairs");
  });

  it("keeps the last one named for a lower-case reference", () => {
    const body =
      "MANILA, June 5 (PNA) — The Philippines protested on Monday. Beijing's foreign ministry said the boats intruded.\n\nThe foreign ministry later added that talks would go on.";
    expect(ids(body)).not.toContain("org:ph:ministry-of-foreign-affairs");
  });
});

describe("a capital opening a sentence after a capitalised word", () => {
  it("reads 'Beijing' after '… on Monday.' as China", () => {
    expect(ids("The talks ended on Monday. Beijing said it would reply.")).toContain("country:cn");
  });

  it("still reads a capital inside a longer name as no state ('Paris Air Show')", () => {
    expect(ids("The Paris Air Show opened.")).not.toContain("country:fr");
  });
});

describe("capitalised adjectives between a country and its body", () => {
  it("binds 'Brazil's Federal Police' to Brazil's police", () => {
    expect(ids("Brazil's Federal Police arrested two men.")).toContain("org:br:police");
  });

  it("binds a body after 'state' to the country too ('Serbia’s state prosecutor’s office')", () => {
    const found = ids("Serbia’s state prosecutor’s office said two men had been charged with smuggling.");
    expect(found).toContain("org:rs:prosecutors-office");
  });

  it("leaves a longer proper name whole ('Ghana’s National Intelligence Training Bureau')", () => {
    const found = ids("Ghana’s National Intelligence Training Bureau said it had warned.");
    expect(found).toContain("org:gh:national-intelligence-training-bureau");
    expect(found).not.toContain("org:gh:intelligence");
  });
});

describe("electoral commissions with a capitalised adjective", () => {
  it("binds 'Kazakhstan's Central Election Commission (CEC)' to the electoral-commission kind", () => {
    const body =
      "Kazakhstan's Central Election Commission (CEC) said turnout was high. The CEC will publish results.";
    expect(aliases(body, "org:kz:electoral-commission")).toContain("CEC");
  });
});

describe("a sentence-opening place frame binds a bare national body", () => {
  it("'At a briefing in Lima, foreign ministry spokesman …' is Peru's ministry", () => {
    expect(
      ids(
        "Chile said the talks failed. At a briefing in Lima, foreign ministry spokesman Raul Quispe said Chile was wrong.",
      ),
    ).toContain("org:pe:ministry-of-foreign-affairs");
  });

  it("'In Peru, …, the interior ministry said' is Peru's ministry", () => {
    expect(
      ids("Chile arrested six men. In Peru, nine people were arrested in Tacna, the interior ministry said."),
    ).toContain("org:pe:ministry-of-interior");
  });

  it("does not apply across a country named after the frame (negative case)", () => {
    expect(
      ids("In Lima, officials said Chile’s envoy had left, and the foreign ministry said talks were over."),
    ).not.toContain("org:pe:ministry-of-foreign-affairs");
  });
});

describe("'the country’s <body>' is the story's own country's", () => {
  it("binds 'the country’s armed forces' to the dateline country, not the latest foreign force", () => {
    const doc = entityDoc(
      "LIMA, May 3 — Peru accused Chile of massing troops. The ministry said Chilean soldiers had dug trenches and that the country’s armed forces were on alert.",
    );
    expect(doc.mentions.find((m) => m.text === "armed forces")?.actorId).toBe("org:pe:armed-forces");
  });

  it("leaves 'the country’s' before a non-body noun alone (negative case)", () => {
    const doc = entityDoc("LIMA, May 3 — Peru said the country’s exports fell.");
    expect([...doc.actors.keys()]).toEqual(["country:pe"]);
  });
});

describe("UN bodies", () => {
  it.each([
    ["The United Nations refugee agency said 300 people had crossed.", "org:unhcr"],
    ["The U.N. migration agency said 300 people had crossed.", "org:iom"],
    ["The UN nuclear watchdog said its inspectors had left.", "org:iaea"],
    ["The United Nations children's agency said schools had closed.", "org:unicef"],
    ["The World Court will rule in May.", "org:icj"],
  ])("reads %s", (body, id) => {
    expect(actorIds(body)).toEqual([id]);
  });

  it("does not make every 'United Nations' phrase a body ('United Nations peacekeepers')", () => {
    expect(actorIds("United Nations peacekeepers left the town.")).toEqual(["org:un"]);
  });
});

describe("blocs", () => {
  it("knows well-known blocs from the general list", () => {
    const x = extractBody(
      "Ministers held a Mercosur meeting while AUKUS partners and CARICOM leaders watched.",
    );
    const ids = x.actors.filter((a) => a.kind === "Organization").map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["org:mercosur", "org:aukus", "org:caricom"]));
  });
});

describe("a capital opening a sentence after a name", () => {
  it("is the state, not a person ('… said Rosa Quispe. La Paz called …')", () => {
    const x = extractBody(
      "“We asked La Paz twice,” said Rosa Quispe. La Paz called on Lima to send engineers.",
    );
    expect(x.actors.map((a) => a.id)).not.toContain("person:la-paz");
    expect(x.statements.map((s) => s.speakerId)).toContain("country:bo");
  });
});

describe("seats of government as metonyms ('The Kremlin said', 'The White House said')", () => {
  it("speak for their state, never as a person", () => {
    expect(speakerTexts("The White House said the talks would resume.")).toEqual([
      "country:us|the talks would resume",
    ]);
    expect(speakerTexts("The Kremlin said the talks would resume.")).toEqual([
      "country:ru|the talks would resume",
    ]);
  });

  it("leave a named spokesperson of the seat to the name", () => {
    expect(speakerTexts("Kremlin spokesman Dmitri Orlov said the talks would resume.")).toEqual([
      "person:dmitri-orlov|the talks would resume",
    ]);
  });
});

describe("military staffs and secretariats", () => {
  it("reads a country's Joint Chiefs of Staff and General Staff as national bodies", () => {
    expect(
      actorIds("Japan’s Joint Chiefs of Staff said two missiles landed in the sea on Sunday."),
    ).toContain("org:jp:joint-chiefs-of-staff");
    expect(
      actorIds("Ukraine’s General Staff said its units had repelled twelve assaults overnight."),
    ).toContain("org:ua:general-staff");
  });
  it("reads a capitalised secretariat after its country as that country's body", () => {
    expect(
      actorIds("Bolivia’s National Drug Control Secretariat said it had burned two tonnes of leaf."),
    ).toContain("org:bo:national-drug-control-secretariat");
  });
  it("gives a staff with no country anywhere no body", () => {
    expect(
      actorIds("The staff of the hotel said the rooms were full.").filter((id) => id.includes("staff")),
    ).toEqual([]);
  });
});

describe("foreign ministries under their own names", () => {
  it("reads India’s Ministry of External Affairs and South Africa’s DIRCO as foreign ministries", () => {
    expect(ids("India’s Ministry of External Affairs said talks would continue.")).toContain(
      "org:in:ministry-of-foreign-affairs",
    );
    expect(
      ids(
        "South Africa’s Department of International Relations and Cooperation said the drills were routine.",
      ),
    ).toContain("org:za:ministry-of-foreign-affairs");
  });
  it("reads national-defence and home-affairs ministries as the defence and interior kinds", () => {
    expect(ids("Poland’s Ministry of National Defence said the drills would start.")).toContain(
      "org:pl:ministry-of-defense",
    );
    expect(ids("India’s home ministry said the border would stay closed.")).toContain(
      "org:in:ministry-of-interior",
    );
    expect(ids("Ukraine’s Ministry of Internal Affairs said two men were held.")).toContain(
      "org:ua:ministry-of-interior",
    );
  });
});

describe("border guards under their other names (knowledge patterns of border-guard)", () => {
  it.each([
    ["Moldova’s State Border Service said it turned back a lorry.", "org:md:border-guard"],
    ["The Georgian border service said it turned back a lorry.", "org:ge:border-guard"],
    ["The State Border Guard Service of Latvia said it turned back a lorry.", "org:lv:border-guard"],
    ["Finnish frontier guards turned back a lorry on Monday.", "org:fi:border-guard"],
    ["Polish border troops turned back a lorry on Monday.", "org:pl:border-guard"],
  ])("reads '%s' as the border guard", (body, id) => {
    const x = extractBody(body);
    expect(x.actors.map((a) => a.id)).toContain(id);
    expect(x.actors.map((a) => a.id).filter((a) => a.includes("border-service"))).toEqual([]);
    expect(relationPairs(x, "PART_OF")).toContain(`${id}>country:${id.split(":")[1]}`);
  });

  it("credits the border guard with what its other name said", () => {
    expect(speakerTexts("Moldova’s State Border Service said it turned back a lorry.")).toEqual([
      "org:md:border-guard|it turned back a lorry",
    ]);
  });
});

describe("'the country’s <body>' in a relative clause on the subject", () => {
  it.each([
    "Peru protested on Monday. The Chilean Maritime Directorate, which serves as the country’s coast guard, said it had stopped the boat.",
    "Peru protested on Monday. Chile’s Maritime Directorate, which acts as the country’s coast guard, said it had stopped the boat.",
  ])("is the subject's country, not the story's (%s)", (body) => {
    const x = extractBody(body);
    expect(x.actors.map((a) => a.id)).toContain("org:cl:coast-guard");
    expect(x.actors.map((a) => a.id)).not.toContain("org:pe:coast-guard");
  });
  it("stays the story's country outside such a clause", () => {
    expect(
      actorIds("Peru protested on Monday. The country’s coast guard said it had stopped the boat."),
    ).toContain("org:pe:coast-guard");
  });
});

describe("a body word before an official's post", () => {
  it.each([
    ["A foreign ministry official said the boat was stopped.", "org:pe:ministry-of-foreign-affairs"],
    ["Two interior ministry officials said the boat was stopped.", "org:pe:ministry-of-interior"],
    ["A defence ministry source said the boat was stopped.", "org:pe:ministry-of-defense"],
  ])("binds the bare body to the story's state (%s)", (sentence, id) => {
    expect(actorIds(`Peru protested to Chile on Monday. ${sentence}`)).toContain(id);
  });
});

describe("a high commission is its country's embassy", () => {
  it.each([
    ["The Canadian High Commission in Accra said the visas were ready.", "org:ca:embassy"],
    ["Ghana said its high commission in Ottawa had sought consular access.", "org:gh:embassy"],
    ["Kenya’s High Commission in London said the visas were ready.", "org:ke:embassy"],
  ])("reads '%s' as the embassy", (body, id) => {
    const x = extractBody(body);
    expect(x.actors.map((a) => a.id)).toContain(id);
    expect(x.actors.map((a) => a.id).filter((a) => a.includes("high-commission"))).toEqual([]);
  });
  it("leaves a high commissioner a person's post, not a body", () => {
    expect(actorIds("Malawi summoned Mozambique's high commissioner on Monday.")).not.toContain(
      "org:mz:embassy",
    );
  });
});

describe("a bare armed service in reported words after another service of a state", () => {
  it("is that state's when no service of its own kind came before", () => {
    const ids = actorIds(
      "Peru protested to Chile on Monday. The Chilean defence minister said Chilean troops had seized rifles. He added that the army would send more soldiers.",
    );
    expect(ids).toContain("org:cl:army");
    expect(ids).not.toContain("org:pe:army");
  });
  it("prefers the latest service of its own kind", () => {
    const ids = actorIds(
      "Peru protested after a Chilean navy boat came near. Peruvian troops were sent. Santiago said the navy had acted lawfully.",
    );
    expect(ids).toContain("org:cl:navy");
    expect(ids).not.toContain("org:pe:navy");
  });
});

describe("a legislature named without article", () => {
  it("is the country of the minister who told it, named before in the sentence", () => {
    const ids = actorIds(
      "Peru protested to Chile on Monday. Chile’s foreign minister, Ana Soto, told parliament in Santiago that the boats had left.",
    );
    expect(ids).toContain("org:cl:parliament");
    expect(ids).not.toContain("org:pe:parliament");
  });
  it.each([
    "Peru said the opposition has boycotted parliament since March.",
    "Peru’s president could not travel because parliament was sitting.",
    "Peru said the government would ask Parliament next month to approve the law.",
  ])("binds 'parliament' after a verb or conjunction to the story's state (%s)", (body) => {
    expect(actorIds(body)).toContain("org:pe:parliament");
  });
  it("keeps 'a member of Parliament' the story's own, not the nearest foreign state's", () => {
    const ids = actorIds("Peru expelled a Chilean diplomat accused of spying on a member of Parliament.");
    expect(ids).toContain("org:pe:parliament");
    expect(ids).not.toContain("org:cl:parliament");
  });
  it("leaves a determined or regional parliament alone", () => {
    expect(actorIds("Peru said the regional parliament had met.")).not.toContain("org:pe:parliament");
  });
});

describe("a bare civil body seated in a capital or country named after it", () => {
  it("binds 'the Office of the Prime Minister in <capital>' to that capital's state", () => {
    const body =
      "RIYADH, May 2 (Reuters) — Saudi Arabia hosted talks on Tuesday.\n\nThe Office of the Prime Minister in Nairobi said the talks had gone well.";
    expect(ids(body)).toContain("org:ke:office-of-the-prime-minister");
    expect(ids(body)).not.toContain("org:sa:office-of-the-prime-minister");
  });

  it("binds 'the foreign ministry in <capital>' and 'police in <country>'", () => {
    const body =
      "ACCRA, May 2 — Ghana protested to Togo.\n\nThe foreign ministry in Lomé said it had not been told. Police in Togo said two men were held.";
    expect(ids(body)).toEqual(
      expect.arrayContaining(["org:tg:ministry-of-foreign-affairs", "org:tg:police"]),
    );
  });

  it("leaves missions and armed services with their own owners ('the embassy in Lome', 'the army in Togo')", () => {
    const body =
      "ACCRA, May 2 — Ghana protested to Togo.\n\nGhana's embassy in Lome was shut. The army in Togo was on alert.";
    expect(ids(body)).not.toContain("org:tg:embassy");
    expect(ids(body)).not.toContain("org:tg:army");
  });

  it("ignores a place that opens a longer name ('the ministry in Nairobi County')", () => {
    const body =
      "ACCRA, May 2 — Ghana protested to Kenya.\n\nThe foreign ministry in Nairobi County said no.";
    expect(ids(body)).not.toContain("org:ke:ministry-of-foreign-affairs");
  });
});

describe("more kinds and forms of national bodies", () => {
  it("reads gendarmes and the gendarmerie as the state's gendarmerie", () => {
    const body =
      "NIAMEY, May 2 — Niger said gunmen had killed 12 people.\n\nGendarmes arrested 11 suspects. French gendarmes had trained them.";
    expect(ids(body)).toEqual(expect.arrayContaining(["org:ne:gendarmerie", "org:fr:gendarmerie"]));
  });

  it("reads '<demonym> naval vessels|gunboats|ships' as that state's navy, never a bare 'the naval vessels'", () => {
    expect(ids("Belize protested after Guatemalan naval gunboats blocked a patrol.")).toContain(
      "org:gt:navy",
    );
    expect(ids("Chinese naval ships were seen near the reef.")).toContain("org:cn:navy");
    expect(ids("LIMA, May 2 — Peru said the naval vessels had left.")).not.toContain("org:pe:navy");
  });

  it("reads '<demonym> prosecutors' and a state attorney's office, but not a bare 'prosecutors'", () => {
    expect(ids("He was held on a warrant from Tajik prosecutors.")).toContain("org:tj:prosecutors-office");
    expect(
      ids("PRAGUE, May 2 — Czech police detained a man, the state attorney’s office in Brno said."),
    ).toContain("org:cz:prosecutors-office");
    expect(
      ids(
        "PODGORICA, May 2 — Montenegro expelled a diplomat.\n\nThe Supreme State Prosecutor’s Office said two men were held.",
      ),
    ).toContain("org:me:prosecutors-office");
    expect(
      ids("CHISINAU, May 2 — Moldova raided homes.\n\nProsecutors said the network was large."),
    ).not.toContain("org:md:prosecutors-office");
  });

  it("reads 'the President's Office' as the presidential office", () => {
    expect(ids("Taiwan’s President’s Office said the drills were a provocation.")).toContain(
      "org:tw:presidential-office",
    );
  });
});

describe("foreign ministries by the name of their seat", () => {
  it("reads Torre Tagle, Palacio San Martín and Foggy Bottom as those states' foreign ministries, never people", () => {
    const body =
      "LIMA, May 2 — Peru and Chile met. Torre Tagle said the talks went well. The Palacio San Martín was silent, and Foggy Bottom declined to comment.";
    expect(ids(body)).toEqual(
      expect.arrayContaining([
        "org:pe:ministry-of-foreign-affairs",
        "org:ar:ministry-of-foreign-affairs",
        "org:us:ministry-of-foreign-affairs",
      ]),
    );
    expect(ids(body).filter((id) => id.startsWith("person:"))).toEqual([]);
  });
});

describe("a bare body opening the sentence after one whose subject is a state", () => {
  it("gives 'Foreign ministry spokesman X' after 'China urged restraint.' to China, not the ministry named before", () => {
    const body =
      "SEOUL, May 2 — North Korea fired a missile. North Korea's foreign ministry called it a test. China urged all sides to show restraint. Foreign ministry spokesman Wu Lan said Beijing hoped for talks.";
    expect(ids(body)).toContain("org:cn:ministry-of-foreign-affairs");
  });

  it("gives 'The foreign ministry said' after 'Iran rejected the charge.' to Iran", () => {
    const body =
      "MUSCAT, May 2 — Oman hosted talks. Oman's foreign ministry welcomed them. Iran rejected the charge. The foreign ministry said it was baseless.";
    expect(ids(body)).toContain("org:ir:ministry-of-foreign-affairs");
  });

  it("keeps the earlier reading across a paragraph break or when the sentence before opens on no state", () => {
    const across =
      "SEOUL, May 2 — North Korea fired a missile. North Korea's foreign ministry called it a test. China urged restraint.\n\nThe foreign ministry said more tests would follow.";
    expect(ids(across)).not.toContain("org:cn:ministry-of-foreign-affairs");
    const noState =
      "SEOUL, May 2 — North Korea fired a missile. North Korea's foreign ministry called it a test. Talks with China stalled. The foreign ministry said more tests would follow.";
    expect(ids(noState)).not.toContain("org:cn:ministry-of-foreign-affairs");
  });
});

describe("a bare body in the tag after a quotation that opens the sentence", () => {
  const lead = "LIMA, May 2 — Peru closed a crossing. ";
  it.each([
    [
      "curly quotes, comma",
      "Quito rejected the move. “This is a mistake,” presidency spokesman Ana Vela said.",
    ],
    [
      "straight quotes, comma",
      'Quito rejected the move. "This is a mistake," presidency spokesman Ana Vela said.',
    ],
    ["question mark", "Quito rejected the move. “Who gains from this?” the presidency said."],
    [
      "quotation of two sentences",
      "Quito rejected the move. “It hurts trade. It hurts families,” the presidency said.",
    ],
    [
      "exclamation, then the body",
      "Ecuador rejected the move. “Enough!” presidency spokesman Ana Vela told reporters.",
    ],
  ])("gives the body to the previous sentence's subject (%s)", (_label, text) => {
    expect(ids(lead + text)).toContain("org:ec:presidency");
    expect(ids(lead + text)).not.toContain("org:pe:presidency");
  });

  it("keeps the home state when the quotation does not open its sentence or the sentence before opens on no state", () => {
    const inner = `${lead}Quito rejected the move. Officials said “this is a mistake,” presidency spokesman Ana Vela added.`;
    expect(ids(inner)).not.toContain("org:ec:presidency");
    const noState = `${lead}Talks with Quito stalled. “This is a mistake,” presidency spokesman Ana Vela said.`;
    expect(ids(noState)).not.toContain("org:ec:presidency");
    const across = `${lead}Quito rejected the move.\n\n“This is a mistake,” presidency spokesman Ana Vela said.`;
    expect(ids(across)).not.toContain("org:ec:presidency");
  });
});

describe("other seats of government and spellings of a capital", () => {
  it("reads a seat of government and an unaccented spelling as the state", () => {
    expect(ids("The Hague recalled its envoy on Friday.")).toContain("country:nl");
    expect(ids("Putrajaya rejected the claim on Monday.")).toContain("country:my");
    expect(ids("Cotonou said the border would stay shut.")).toContain("country:bj");
    expect(ids("Chisinau said it would expel the attaché.")).toContain("country:md");
    expect(ids("Nur-Sultan denied the report.")).toContain("country:kz");
  });

  it("keeps such a seat a venue after a locative preposition", () => {
    expect(ids("Talks were held in The Hague and in Abidjan last week.")).toEqual([]);
  });
});

describe("a capital in a list of places after a locative preposition", () => {
  it("reads every member of the list as a venue", () => {
    expect(ids("Flights from Lima, Quito and Bogota were cancelled on Monday.")).toEqual([]);
    expect(ids("Police detained 40 people in Vienna and Prague.")).toEqual([]);
  });

  it("still reads coordinated capitals as their states when no preposition governs them", () => {
    expect(ids("Quito and Lima traded accusations on Monday.")).toEqual(["country:ec", "country:pe"]);
  });
});

describe("a capital whose name is shared with other places", () => {
  it("stands for its state only when the article names the state otherwise", () => {
    expect(ids("Santiago said it would respond, a Chilean official said.")).toContain("country:cl");
    expect(ids("Santiago said on Monday that the festival would go ahead.")).toEqual([]);
    expect(ids("Kingston said the harbour would reopen.")).toEqual([]);
    expect(ids("Kingston said the harbour would reopen, Jamaican officials added.")).toContain("country:jm");
  });
});

describe("a capital's name that is someone's surname in the article", () => {
  it("reads the lone name as that person's short form, not the state", () => {
    const body = "The envoy, Marta Lima, arrived on Monday. Lima said the talks had been useful.";
    expect(ids(body)).not.toContain("country:pe");
  });

  it("does not count a preposition or article before the capital as a first name", () => {
    const body = "In Lima, crowds gathered. Lima said the talks had been useful.";
    expect(ids(body)).toContain("country:pe");
  });
});

describe("security and intelligence services named by their own names", () => {
  it("reads a service's own name or acronym as its state's intelligence services", () => {
    expect(ids("The Police Security Service (PST) said two hackers had been traced.")).toContain(
      "org:no:intelligence",
    );
    expect(ids("Belarus’s KGB said it had detained a courier.")).toContain("org:by:intelligence");
    expect(ids("Officials said the FSB had questioned the sailors.")).toContain("org:ru:intelligence");
    expect(ids("Mossad declined to comment.")).toContain("org:il:intelligence");
  });

  it("binds a name several states give their service to the state named before it", () => {
    const body = "Kyrgyzstan’s State Committee for National Security (GKNB) said it had arrested a smuggler.";
    expect(ids(body)).toContain("org:kg:intelligence");
    expect(ids("South Korea’s National Intelligence Service briefed lawmakers.")).toContain(
      "org:kr:intelligence",
    );
  });

  it("keeps two one-word services joined by 'and' apart", () => {
    expect(ids("The CIA and Mossad declined to comment.")).toEqual(
      expect.arrayContaining(["org:us:intelligence", "org:il:intelligence"]),
    );
  });
});

describe("common abbreviations and demonyms of states", () => {
  it("reads 'PNG' and 'KSA' as their states, and binds their bodies", () => {
    expect(ids("PNG’s foreign minister met the envoy.")).toContain("country:pg");
    expect(ids("A company of the PNG Defence Force was sent west.")).toContain("org:pg:armed-forces");
    expect(ids("KSA said the talks would resume.")).toContain("country:sa");
  });

  it("reads the longer demonyms ('North Macedonian', 'Equatorial Guinean')", () => {
    expect(ids("North Macedonian police closed the road.")).toContain("org:mk:police");
    expect(ids("An Equatorial Guinean patrol boat was seen.")).toContain("country:gq");
  });
});

describe("'military' as an adjective of a thing", () => {
  it("names no armed forces before equipment, places or abstractions", () => {
    expect(ids("Peruvian military drones crossed the border.")).not.toContain("org:pe:armed-forces");
    expect(ids("Police seized photographs of Chilean military sites.")).not.toContain("org:cl:armed-forces");
    expect(ids("Peru said Chilean military aid had ended.")).not.toContain("org:cl:armed-forces");
  });

  it("still names them as actors ('the Chilean military said')", () => {
    expect(ids("The Chilean military said the drill had ended.")).toContain("org:cl:armed-forces");
  });
});

describe("a presidential administration", () => {
  it("is the presidency of the state it serves", () => {
    const body =
      "Kazakhstan protested. An adviser at the Presidential Administration called it a provocation.";
    expect(ids(body)).toContain("org:kz:presidency");
  });
});

describe("border services named by their own names", () => {
  it("reads a state's border service by its name as its border guard", () => {
    expect(ids("Two boats were stopped, according to the Police and Border Guard Board.")).toContain(
      "org:ee:border-guard",
    );
    expect(ids("Border Guard Bangladesh (BGB) said it had pushed back 40 people.")).toContain(
      "org:bd:border-guard",
    );
  });
});

describe("a national body after a modifier of control or make-up", () => {
  it("reads a controlled ministry after a real state's possessive, in other words", () => {
    const a = ids("Lebanon’s Hezbollah-run health ministry denied the charge on Monday.");
    expect(a).toContain("org:lb:ministry-of-health");
    expect(a).toContain("org:hezbollah");
    expect(ids("Sudan’s army-controlled foreign ministry rejected the report.")).toContain(
      "org:sd:ministry-of-foreign-affairs",
    );
    const x = extractBody("Guinea’s military-appointed interior ministry said the vote would be delayed.");
    expect(relationPairs(x, "PART_OF")).toContain("org:gn:ministry-of-interior>country:gn");
  });
  it("reads a body of several members after the possessive", () => {
    expect(ids("Bosnia’s three-member presidency called the plan hostile.")).toContain("org:ba:presidency");
  });
  it("does not read the first half of the modifier as a body", () => {
    const a = ids("Myanmar’s military-controlled foreign ministry called the report false.");
    expect(a).toContain("org:mm:ministry-of-foreign-affairs");
    expect(a).not.toContain("org:mm:armed-forces");
  });
  it("places a bare controlled body by the place frame before it", () => {
    const body =
      "TEHRAN, May 2 (IRNA) — Iran said guards had crossed into Afghanistan.\n\n" +
      "In Kabul, the Taliban-led defence ministry said the Iranian guards had fired first.";
    expect(ids(body)).toContain("org:af:ministry-of-defense");
  });
  it("leaves a modifier naming a foreign backer alone", () => {
    expect(ids("Chad’s Russian-backed army said the town was calm.")).not.toContain("org:td:armed-forces");
  });
});

describe("UN and regional missions and bodies known by their acronyms", () => {
  it("reads a peacekeeping mission named by its acronym alone", () => {
    expect(ids("MINUSMA said two of its convoys had struck mines near Gao.")).toContain("org:minusma");
    expect(ids("Peacekeepers of UNFICYP patrolled the buffer zone on Sunday.")).toContain("org:unficyp");
    expect(ids("The town lies in an area watched by UNDOF, the force said.")).toContain("org:undof");
    expect(ids("A KFOR spokesman said troops had reopened the bridge.")).toContain("org:kfor");
  });
  it("gives the full name and the acronym the same id", () => {
    const body =
      "The African Union Transition Mission in Somalia said on Friday that ATMIS troops had retaken the town.";
    expect(ids(body).filter((id) => id === "org:atmis")).toEqual(["org:atmis"]);
    expect(ids(body)).not.toContain("org:african-union");
  });
  it("reads regional bodies by name or acronym", () => {
    expect(ids("Leaders of the OECS met in Castries on Monday.")).toContain(
      "org:organisation-of-eastern-caribbean-states",
    );
    expect(ids("The Commonwealth of Independent States will hold its summit in Dushanbe.")).toContain(
      "org:commonwealth-of-independent-states",
    );
    // The General Assembly is no body of its own in the knowledge: it stays the UN's (as the guide's golds do).
    expect(ids("The UN General Assembly adopted the resolution by 120 votes.")).toContain("org:un");
  });
  it("reads the Republic of Congo apart from its larger neighbour", () => {
    expect(ids("Troops from the Republic of Congo crossed the river.")).toEqual(["country:cg"]);
    expect(ids("The Democratic Republic of Congo recalled its envoy.")).toEqual(["country:cd"]);
  });
});

describe("services named by a spelling variant or a qualifier", () => {
  const lead = "ACCRA, May 2 (GNA) — Ghana closed a crossing with Togo.\n\n";
  const orgs = (body: string) => ids(lead + body).filter((id) => id.startsWith("org:"));
  it("reads 'coastguard' in one word, singular or plural", () => {
    expect(orgs("Togo’s coastguard said it had rescued nine fishermen.")).toEqual(["org:tg:coast-guard"]);
    expect(orgs("Two Togolese coastguard vessels entered the bay.")).toEqual(["org:tg:coast-guard"]);
    expect(orgs("Ghanaian coastguards boarded the trawler.")).toEqual(["org:gh:coast-guard"]);
  });
  it("reads 'police force' and 'police service' as the police", () => {
    expect(orgs("Togo’s police service said two men were held.")).toEqual(["org:tg:police"]);
    expect(orgs("The Togolese Police Force arrested two men.")).toEqual(["org:tg:police"]);
  });
  it("lets a qualifier stand between the possessive and the service", () => {
    expect(orgs("Togo’s maritime police said they had detained two boats.")).toEqual(["org:tg:police"]);
    expect(orgs("Togo’s riot police fired tear gas at the crowd.")).toEqual(["org:tg:police"]);
    expect(orgs("The country’s maritime police said two boats were held.")).toEqual(["org:gh:police"]);
  });
});

describe("a bare service before its craft, or after a verb of sending or saying", () => {
  const lead = "ACCRA, May 2 (GNA) — Ghana closed a crossing with Togo.\n\n";
  const orgs = (body: string) => ids(lead + body).filter((id) => id.startsWith("org:"));
  it("gives 'a coast guard ship' the story's state when no sender is named", () => {
    expect(orgs("The army said a coast guard ship shadowed the trawler.")).toContain("org:gh:coast-guard");
  });
  it("gives the service to the subject that sends it", () => {
    expect(orgs("Benin’s foreign ministry said it would send a coast guard cutter.")).toContain(
      "org:bj:coast-guard",
    );
    expect(
      orgs("Benin said it backed Ghana’s “lawful” stance and had deployed two navy frigates."),
    ).toContain("org:bj:navy");
  });
  it("gives it to the object of 'accused X of sending' or 'urged X to deploy'", () => {
    expect(orgs("Togo accused Benin on Monday of sending coast guard boats into its waters.")).toContain(
      "org:bj:coast-guard",
    );
    expect(orgs("Benin urged Togo to deploy police units at the crossing.")).toContain("org:tg:police");
  });
  it("reads a service opening a reported clause as the story's state's", () => {
    expect(orgs("The interior ministry said police had detained two men.")).toContain("org:gh:police");
    expect(orgs("The minister told reporters that border guards were put on alert.")).toContain(
      "org:gh:border-guard",
    );
  });
  it("adds nothing when the service word only modifies a plain noun", () => {
    expect(orgs("He said police work was hard.")).toEqual([]);
    expect(orgs("Fishermen said coast guard rules had changed.")).toEqual([]);
  });
});

describe("a short name two states share ('Congo')", () => {
  const countries = (body: string) => ids(body).filter((id) => id.startsWith("country:"));
  it("means the state the story names in full", () => {
    expect(
      countries("The Democratic Republic of Congo closed a crossing. Congo’s army said the road was mined."),
    ).toEqual(["country:cd"]);
    expect(countries("The Republic of Congo signed a loan. Congo will repay it by 2030.")).toEqual([
      "country:cg",
    ]);
  });
  it("follows a capital of its own ('Kinshasa', 'Brazzaville')", () => {
    expect(countries("Officials in Kinshasa met on Monday. Congo said the talks went well.")).toEqual([
      "country:cd",
    ]);
    expect(countries("Congo said on Monday that Brazzaville would host the summit.")).toEqual(["country:cg"]);
  });
  it("still reads a Congo alone as a state", () => {
    expect(countries("Congo said on Monday that talks went well.")).toHaveLength(1);
  });
});

describe("a level of the state between the article and the body ('the district police')", () => {
  const lead = "LIMA, May 2 (Andina) — Peru detained two Chilean fishermen.\n\n";
  it("reads the body as the home state's", () => {
    expect(ids(`${lead}The district prosecutor’s office charged them on Tuesday.`)).toContain(
      "org:pe:prosecutors-office",
    );
    expect(ids(`${lead}A spokeswoman for the provincial police said they were held.`)).toContain(
      "org:pe:police",
    );
    expect(ids(`${lead}The regional police said they were held.`)).toContain("org:pe:police");
    expect(ids(`${lead}The regional prosecutor’s office said they would be freed.`)).toContain(
      "org:pe:prosecutors-office",
    );
  });
  it("leaves a 'regional' body that may be a bloc's", () => {
    expect(ids(`${lead}The regional central bank froze their accounts.`)).not.toContain(
      "org:pe:central-bank",
    );
  });
});

describe("a capital's name that ends a person's name after a particle", () => {
  it.each([
    [
      "BRASILIA, May 2 — Brazil protested. Carla Nunes de Lima, an aide to the president, said talks would go on.",
      "country:pe",
    ],
    [
      "MADRID, May 2 — Spain protested. Economist Rafael Ortega de Santiago said the deal was sound.",
      "country:cl",
    ],
    [
      "LISBON, May 2 — Portugal protested. Minister Joana Ferreira da Praia said Lisbon would not yield.",
      "country:cv",
    ],
    ["QUITO, May 2 — Ecuador protested. Analyst Tomás Vera de Asunción said both sides erred.", "country:py"],
  ])("gives no country for %s", (body, id) => {
    expect(ids(body)).not.toContain(id);
  });
  it("keeps a capital after a lower-case word or a plain name", () => {
    expect(ids("BRASILIA, May 2 — Brazil protested. Lima said the claim was false.")).toContain("country:pe");
    expect(ids("BRASILIA, May 2 — Brazil protested, and Lima replied on Monday.")).toContain("country:pe");
  });
});
