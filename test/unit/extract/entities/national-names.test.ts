// State bodies written as proper names: central banks, ministries without a knowledge key, seats of
// government standing for their state, and the home state's bodies named in full (made-up text).
import { describe, expect, it } from "vitest";
import { entityDoc } from "../helpers.ts";

const ids = (body: string) => [...entityDoc(body).actors.keys()].sort();
const aliases = (body: string, id: string) => entityDoc(body).actors.get(id)?.aliases ?? [];

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

describe("ministries without a knowledge key, capitalised", () => {
  it("binds 'Japan's Ministry of Economy, Trade and Industry (METI)' to Japan, with its acronym", () => {
    const body =
      "Japan's Ministry of Economy, Trade and Industry (METI) said exports fell. METI will report.";
    expect(aliases(body, "org:jp:ministry-of-economy-trade-and-industry")).toContain("METI");
  });

  it("binds '… of <Country>' after the portfolio, and a bare one to the home country", () => {
    expect(ids("The Ministry of Health of Chile said cases fell.")).toContain("org:cl:ministry-of-health");
    const body =
      "LIMA, May 3 (Andina) — Peru reported more cases.\n\nThe Ministry of Energy and Mines said output rose.";
    expect(ids(body)).toContain("org:pe:ministry-of-energy-and-mines");
  });

  it("lets a keyed ministry keep its key, and continues it over 'and <Name>' but not over a title", () => {
    expect(ids("Ghana’s Ministry of Foreign Affairs and Regional Integration said so.")).toEqual([
      "country:gh",
      "org:gh:ministry-of-foreign-affairs",
    ]);
    const found = ids("Peru's Ministry of Defence and Foreign Minister Ana Ruiz said so.");
    expect(found).toContain("org:pe:ministry-of-defense");
    expect(found).toContain("person:ana-ruiz");
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

describe("short names in parentheses", () => {
  it("makes a word in parentheses after a body's name its alias ('(Supo)')", () => {
    const body =
      "The Finnish Security and Intelligence Service (Supo) said it helped. Supo declined to comment.";
    expect(aliases(body, "org:finnish-security-and-intelligence-service")).toContain("Supo");
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

  it("leaves a longer proper name whole ('Ghana’s National Intelligence Bureau')", () => {
    const found = ids("Ghana’s National Intelligence Bureau said it had warned.");
    expect(found).toContain("org:gh:national-intelligence-bureau");
    expect(found).not.toContain("org:gh:intelligence");
  });
});

describe("offices named after their officer", () => {
  it("gives 'the Inspector General's Office' to the home country", () => {
    const body =
      "QUITO, May 3 (EFE) — Ecuador charged two officers.\n\nThe Inspector General's Office opened a probe.";
    expect(ids(body)).toContain("org:ec:inspector-generals-office");
  });
});

describe("a name followed by a known body's acronym", () => {
  it("makes 'National Liberation Army (ELN)' the known ELN", () => {
    const doc = entityDoc("The National Liberation Army (ELN) denied it.");
    expect([...doc.actors.keys()]).toEqual(["org:eln"]);
    expect(doc.actors.get("org:eln")?.aliases).toContain("National Liberation Army");
  });
});

describe("electoral commissions with a capitalised adjective", () => {
  it("binds 'Kazakhstan's Central Election Commission (CEC)' to the electoral-commission kind", () => {
    const body =
      "Kazakhstan's Central Election Commission (CEC) said turnout was high. The CEC will publish results.";
    expect(aliases(body, "org:kz:electoral-commission")).toContain("CEC");
  });
});
