// General rules for unseen articles (second round), each on made-up text (no article sentences or names).
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../../src/extract/speech/quotes.ts";
import { findDates } from "../../../../src/extract/text/dates.ts";
import { extractBody, extractFromTextHelper } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const st = (x: X) => x.statements.map((s) => [s.speakerId, s.verb, s.cameo, s.text]);
const rels = (x: X, kind: string) =>
  x.relations.filter((r) => r.kind === kind).map((r) => `${r.sourceId}>${r.targetId}`);
const events = (x: X) =>
  x.events.map((e) => [e.type, e.cameo, e.plover, e.status, e.negated ?? false, e.negationCue ?? ""]);

describe("speaker after the clause", () => {
  it("reads a national body after the quote", () => {
    const x = extractBody("“We will not accept this,” the Turkish foreign ministry said.");
    expect(st(x)).toEqual([
      ["org:tr:ministry-of-foreign-affairs", "said", "010", "We will not accept this,"],
    ]);
  });
  it("makes no statement for an unnamed speaker", () => {
    const x = extractBody("“We will not accept this,” officials said. Officials urged Egypt to wait.");
    expect(x.statements).toEqual([]);
  });
  it("reads an inverted named speaker with an appositive role, quoted or not", () => {
    const x = extractBody(
      "“The bridge stays closed,” said Maria Lopez, the mayor of Lima. The plan is dead, said Maria Lopez.",
    );
    expect(st(x)).toEqual([
      ["person:maria-lopez", "said", "010", "The bridge stays closed,"],
      ["person:maria-lopez", "said", "010", "The plan is dead"],
    ]);
  });
  it("resolves a pronoun speaker after the quote", () => {
    const x = extractBody(
      "Peruvian Foreign Minister Ana Rojas spoke in Quito. “We will not accept this,” she told reporters.",
    );
    expect(st(x)).toEqual([["person:ana-rojas", "told", "010", "We will not accept this,"]]);
  });
  it("attributes a quotation of several sentences to the speaker after its last sentence", () => {
    const x = extractBody(
      "“We will not accept this. It is a provocation,” Greek Foreign Minister Nikos Pappas said.",
    );
    expect(st(x)).toEqual([
      ["person:nikos-pappas", "said", "111", "We will not accept this. It is a provocation,"],
    ]);
    expect(x.statements[0]?.evidence.length).toBe(2);
  });
});

describe("evaluating verbs with a quotation", () => {
  it("reads 'X called Y’s plan “…”' as criticism of Y", () => {
    const x = extractBody(
      "Greek Foreign Minister Nikos Pappas called Turkey’s plan “a dangerous provocation.”",
    );
    expect(st(x)).toEqual([
      ["person:nikos-pappas", "called", "111", "Turkey’s plan “a dangerous provocation.”"],
    ]);
    expect(x.statements[0]?.targetIds).toEqual(["country:tr"]);
    expect(rels(x, "CRITICIZES")).toEqual(["person:nikos-pappas>country:tr", "country:gr>country:tr"]);
  });
  it("reads 'described … as “…”' and 'dismissed … as “…”'", () => {
    const x = extractBody(
      "Greece described the move as “reckless.” Spain dismissed the claims as “pure fiction.”",
    );
    expect(st(x)).toEqual([
      ["country:gr", "described", "111", "the move as “reckless.”"],
      ["country:es", "dismissed", "120", "the claims as “pure fiction.”"],
    ]);
  });
  it("does not read 'called' without a quotation, or 'called off', as speech", () => {
    const x = extractBody("Chile called a snap election. Greece called off talks with Turkey.");
    expect(x.statements).toEqual([]);
  });
  it("keeps a participle and its finite verb as one speech act", () => {
    const x = extractBody("Chile criticized Peru’s decision, calling it “a reckless gamble.”");
    expect(st(x)).toEqual([["country:cl", "criticized", "111", "a reckless gamble."]]);
  });
  it("never reads a capitalised name as a verb ('the United States')", () => {
    const x = extractBody("Peru said the United States was a partner.");
    expect(st(x)).toEqual([["country:pe", "said", "010", "the United States was a partner"]]);
  });
});

describe("two reporting verbs in one sentence", () => {
  it("gives 'told … that A, but called B “…”' two statements by the same speaker", () => {
    const x = extractBody(
      "Greek Foreign Minister Nikos Pappas told reporters that the talks had failed, but called the protest “a reckless stunt.”",
    );
    expect(st(x)).toEqual([
      ["person:nikos-pappas", "told", "010", "the talks had failed"],
      ["person:nikos-pappas", "called", "111", "the protest “a reckless stunt.”"],
    ]);
  });
  it("does not read an agentless passive ('had been denied access') as speech", () => {
    const x = extractBody("Chile told reporters that monitors had been denied access to the port.");
    expect(st(x)).toEqual([["country:cl", "told", "010", "monitors had been denied access to the port"]]);
  });
});

describe("cancelled and refused events", () => {
  const x = extractBody(
    "Turkey cancelled a planned visit by the Greek foreign minister. Greece called off talks with Turkey. Spain postponed the summit. Chile did not attend the meeting with Peru.",
  );
  it("marks them negated, status reported, with the CAMEO code of the cancelling act", () => {
    expect(events(x)).toEqual([
      ["visit", "160", "SANCTION", "reported", true, "cancelled"],
      ["meeting", "164", "SANCTION", "reported", true, "called off"],
      ["summit", "164", "SANCTION", "reported", true, "postponed"],
      ["meeting", "125", "REJECT", "reported", true, "did not attend"],
    ]);
  });
  it("makes the canceller the source and the would-be visitor a participant", () => {
    expect(x.events[0]?.participants).toEqual([
      { actorId: "country:gr", role: "participant" },
      { actorId: "country:tr", role: "source" },
    ]);
    expect(x.events[0]?.label).toBe("Cancelled: Visit (Greece, Turkey)");
  });
  it("leaves events that happened alone", () => {
    const y = extractBody("Chile met Peru on Monday.");
    expect(events(y)).toEqual([["meeting", "040", "CONSULT", "occurred", false, ""]]);
  });
});

describe("relative weeks (month of the week's Thursday)", () => {
  const one = (text: string, pub: string) =>
    findDates(text, pub).map((d) => `${d.text}|${d.value}|${d.precision}`);
  it("dates 'next week' at the end of a month in the next month", () =>
    expect(one("talks will be held next week", "2021-07-30")).toEqual(["next week|2021-08|month"]));
  it("dates 'last week' by the month holding most of that week", () =>
    expect(one("they met last week", "2021-07-09")).toEqual(["last week|2021-07|month"]));
  it("makes an event dated next week planned", () => {
    const x = extractBody("Chile will hold talks with Peru next week.", "July 30, 2021");
    expect(x.events.map((e) => [e.cameo, e.status, e.dates.map((d) => d.value).join()])).toEqual([
      ["036", "planned", "2021-08"],
    ]);
  });
});

describe("'its ally' and 'their allies'", () => {
  it("resolves the owner and the named ally (list, copula, appositive)", () => {
    const x = extractBody(
      "Peru said the United States was its closest ally. Japan and its ally Australia held drills. Turkey and Greece urged their allies France and Italy to help. Kenya will hold talks. Uganda, its key ally, agreed.",
    );
    expect(rels(x, "ALLIED_WITH")).toEqual([
      "country:pe>country:us",
      "country:jp>country:au",
      "country:tr>country:fr",
      "country:tr>country:it",
      "country:gr>country:fr",
      "country:gr>country:it",
      "country:ke>country:ug",
    ]);
  });
  it("makes no relation without a named ally", () => {
    expect(rels(extractBody("Chile said its allies would respond."), "ALLIED_WITH")).toEqual([]);
  });
});

describe("quotations over paragraphs and nested quotes", () => {
  it("finds an open quotation continued in the next paragraph", () => {
    const body = "She said: “We will wait.\n\n“Then we act,” she added.";
    expect(findQuotes(body).map((q) => [body.slice(q.inner.start, q.inner.end), q.open ?? false])).toEqual([
      ["We will wait.", true],
      ["Then we act,", false],
    ]);
  });
  it("gives the continuation the speaker of the open part", () => {
    const x = extractBody("Nikos Pappas, the Greek foreign minister, said: “We will wait.\n\n“Then we act.”");
    expect(st(x)).toEqual([
      ["person:nikos-pappas", "said", "010", "We will wait."],
      ["person:nikos-pappas", "said", "010", "Then we act."],
    ]);
  });
  it("keeps single quotes and apostrophes inside straight double quotes", () => {
    const x = extractBody(
      "Greek Foreign Minister Nikos Pappas said: \"We won't accept this 'final' offer.\"",
    );
    expect(st(x)).toEqual([["person:nikos-pappas", "said", "010", "We won't accept this 'final' offer."]]);
  });
});

describe("robustness", () => {
  it("reads names with hyphens, particles and initials", () => {
    const x = extractBody(
      "French Foreign Minister Jean-Luc Martel said the deal was dead. European Commission President Anna von der Berg said the talks were useful. U.S. Vice President J. D. Harlan said the plan was fair.",
    );
    expect(x.actors.filter((a) => a.kind === "Person").map((a) => [a.id, a.title])).toEqual([
      ["person:jean-luc-martel", "Foreign Minister"],
      ["person:anna-von-der-berg", "President"],
      ["person:j-d-harlan", "Vice President"],
    ]);
    expect(x.statements.map((s) => s.speakerId)).toEqual([
      "person:jean-luc-martel",
      "person:anna-von-der-berg",
      "person:j-d-harlan",
    ]);
  });
  it("reads an acronym introduced in parentheses, even when the name contains a known alias", () => {
    const x = extractBody(
      "The Regional Water Security Council (RWSC) said the dam was unsafe. The RWSC also urged Egypt to wait.",
    );
    expect(x.actors.map((a) => a.id)).toEqual(["org:regional-water-security-council", "country:eg"]);
    expect(st(x).map((s) => s[0])).toEqual([
      "org:regional-water-security-council",
      "org:regional-water-security-council",
    ]);
  });
  it("handles one paragraph with no people and no quotes", () => {
    const x = extractBody("Chile and Peru signed a trade agreement in Lima on Monday.");
    expect(x.actors.every((a) => a.kind !== "Person")).toBe(true);
    expect(x.statements).toEqual([]);
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
  });
  it("reads Markdown front matter", () => {
    const x = extractFromTextHelper(
      "---\ntitle: Chile and Peru sign deal\ndate: 2021-07-09\nurl: https://example.org/a\nsource: Example\n---\n\n# Chile and Peru sign deal\n\nChile said the deal was fair.",
    );
    expect([x.article.title, x.article.publishedAt, x.article.source]).toEqual([
      "Chile and Peru sign deal",
      "2021-07-09",
      "Example",
    ]);
    expect(st(x)).toEqual([["country:cl", "said", "010", "the deal was fair"]]);
  });
});
