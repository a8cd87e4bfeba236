// relations/spied-for.ts: a state's voice reporting spying for another side accuses that side. Made-up text only.
import { describe, expect, it } from "vitest";
import { spiedFor } from "../../../../src/extract/relations/spied-for.ts";
import { extractBody } from "../helpers.ts";

const accusations = (body: string) =>
  extractBody(body, "June 10, 2022")
    .relations.filter((r) => r.kind === "ACCUSES")
    .map((r) => `${r.sourceId} ${r.targetId}`);

describe("spying for another side", () => {
  it("reads 'on suspicion of spying for <State>' in a state's statement as an accusation", () => {
    expect(
      accusations("Estonia said on Friday it had arrested a port worker on suspicion of spying for Russia."),
    ).toContain("country:ee country:ru");
  });

  it("reads espionage on behalf of a state, and acting as an agent for it", () => {
    expect(
      accusations(
        "Poland’s interior ministry said the two men had carried out espionage on behalf of Belarus.",
      ),
    ).toContain("country:pl country:by");
    expect(
      accusations("Georgia said the journalist had worked as an agent for Russia since 2019."),
    ).toContain("country:ge country:ru");
  });

  it("reads handing secret material to a receiver tied to a state", () => {
    expect(
      accusations(
        "Finland’s interior ministry said a customs officer had leaked classified documents to handlers at the Russian embassy.",
      ),
    ).toContain("country:fi country:ru");
    expect(
      accusations(
        "Prosecutors in Romania said the engineer had sold photographs of the air base to an officer of Russia’s military intelligence.",
      ),
    ).toContain("country:ro country:ru");
  });

  it("reads a capital standing for the state that received the material", () => {
    expect(
      accusations(
        "Lithuania said a conscript was suspected of passing details of the exercises to Minsk. Belarus did not comment.",
      ),
    ).toContain("country:lt country:by");
  });

  it("leaves plain hand-overs and the speaker's own side alone", () => {
    expect(accusations("Norway said it had sent data on the oil spill to Sweden.")).toEqual([]);
    expect(accusations("Latvia’s foreign ministry said it had handed a protest note to Russia.")).toEqual([]);
    expect(spiedFor("the man had been spying for ")).toBe(true);
    expect(spiedFor("the man had been praying for ")).toBe(false);
    expect(spiedFor("the firm had passed the documents to ")).toBe(false);
  });
});
