// The speaker readers of statement-run.ts on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);
const sieves = (body: string) =>
  extractBody(body).statements.map((s) => `${s.speakerId}|${s.attribution?.sieve}|${s.text}`);

describe("a closing ', it said' against an actor named inside the clause", () => {
  const lead = "Chile’s navy said on Monday that it had stopped two trawlers. ";

  it("credits the body 'it' continues, not a country named in the clause", () => {
    expect(sieves(`${lead}Both crews were handed over to Peru’s coast guard at dawn, it said.`)).toContain(
      "org:cl:navy|pronoun|Both crews were handed over to Peru’s coast guard at dawn",
    );
  });

  it("credits it past a demonym in the clause and after 'it added'", () => {
    const out = said(`${lead}Of the crew, nine were Peruvian and two Bolivian, it added.`);
    expect(out).toContain("org:cl:navy|Of the crew, nine were Peruvian and two Bolivian");
    expect(out.some((x) => x.startsWith("country:pe|") || x.startsWith("country:bo|"))).toBe(false);
  });

  it("reads an 'it' inside the clause as part of what was said", () => {
    expect(said(`${lead}A Chilean frigate shadowed it for an hour, it said.`)).toContain(
      "org:cl:navy|A Chilean frigate shadowed it for an hour",
    );
  });

  it("does not take 'it' over from a person who spoke before (people are 'he' or 'she')", () => {
    const out = said(
      "Foreign Minister Ana Rojas said on Monday that talks would go on. Peru’s envoy was summoned at noon, it said.",
    );
    expect(out.some((x) => x.startsWith("person:ana-rojas|Peru"))).toBe(false);
  });

  it("leaves ', and it said …' (a coordinated clause) to the subject before it", () => {
    const out = said("Peru closed the crossing on Monday, and it said the boats had left.");
    expect(out).toContain("country:pe|the boats had left");
  });
});

describe("a later clause's 'it' is the body that spoke earlier in the sentence", () => {
  it.each([
    [
      "The army said on Monday that its patrols had found two camps, and it accused Ruritania of arming the rebels.",
    ],
    ["Peru’s navy said its boats had been fired on, and it also accused Chile of “reckless” conduct."],
    ["The talks had stalled, Peru’s navy said, and it accused Chile of stalling them."],
    ["Peru’s navy said the boats were seized lawfully, but it accused Chile of provoking the clash."],
  ])("%s", (body) => {
    const x = extractBody(`Peru closed the port.\n\n${body}`);
    const accused = x.statements.find((s) => s.verb === "accused");
    expect(accused?.speakerId).not.toBe("country:pe");
    expect(accused?.speakerId).toMatch(/^org:pe:/);
  });

  it("leaves 'it' after a person's words to the other readers (negative case)", () => {
    const x = extractBody(
      "Peru closed the port.\n\nNavy chief Ana Ruiz said the boats had been seized, and it accused Chile of provoking the clash.",
    );
    expect(x.statements.find((s) => s.verb === "accused")?.speakerId).not.toBe("person:ana-ruiz");
  });
});

describe("a verb joined by 'and' to the first verb of an opening definite body", () => {
  const lead = "Chile’s foreign ministry said on Monday that talks had failed. ";
  it.each([
    [
      `${lead}The ministry summoned Peru’s ambassador on Tuesday and accused Lima of arming smugglers.`,
      "Lima of arming smugglers",
    ],
    [`${lead}The ministry recalled its envoy from Lima and said the talks were over.`, "the talks were over"],
    [`${lead}The ministry handed the envoy a note and warned that trade would suffer.`, "trade would suffer"],
    [`${lead}The ministry lodged a protest with Peru’s embassy and demanded an apology.`, "an apology"],
  ])("gives the second verb the body (%s)", (body, text) => {
    expect(said(body)).toContain(`org:cl:ministry-of-foreign-affairs|${text}`);
  });

  it("does not reach past a clause break to the opening body", () => {
    const out = said(
      `${lead}The ministry summoned the envoy after Peru’s navy fired flares and accused Chile of spying.`,
    );
    expect(out).not.toContain("org:cl:ministry-of-foreign-affairs|Chile of spying");
  });
});
