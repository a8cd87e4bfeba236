// Speaker continuity through pronouns (made-up text).
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../../src/extract/types.ts";
import { extractBody, person } from "../helpers.ts";

const mentions = (x: Extraction, id: string) => person(x, id)?.mentions.map((m) => `${m.text}/${m.kind}`);

const speakers = (body: string) => extractBody(body).statements.map((s) => s.speakerId);

describe("pronouns after a quotation", () => {
  it("'she said' after a quote naming someone else is the current speaker", () => {
    const body =
      "Foreign Minister Maria Lund said the ferry had been stopped. “We want Captain Olav Berg and his crew home,” she said.";
    expect(speakers(body)).toEqual(["person:maria-lund", "person:maria-lund"]);
  });

  it("'He added' in the next paragraph continues the speaker, not a person quoted by him", () => {
    const body =
      "Defence Minister Tomas Varga said the border was calm. “General Pal Kiss did his job,” he said.\n\nHe added that patrols would continue.";
    expect(speakers(body)).toEqual(["person:tomas-varga", "person:tomas-varga", "person:tomas-varga"]);
  });
});

describe("a long role appositive", () => {
  it("'Name, a law professor at the University of <country>, said' credits the person", () => {
    const body =
      "Anna Kowal, a constitutional law professor at the University of the Netherlands in Leiden, said the ruling was final.";
    expect(speakers(body)).toEqual(["person:anna-kowal"]);
  });
});

describe("long personal names", () => {
  it("resolves later single and multi-word parts of the full name to the same person", () => {
    const x = extractBody(
      "Ecuadorian President José Pepe Arturo Valdés Ibarra met traders. Valdés Ibarra said prices would fall. Pepe told the crowd to wait. President Valdés also said taxes would stay.",
    );
    const id = "person:jose-pepe-arturo-valdes-ibarra";
    expect(mentions(x, id)).toEqual([
      "José Pepe Arturo Valdés Ibarra/name",
      "Valdés Ibarra/short-name",
      "Pepe/short-name",
      "Valdés/short-name",
    ]);
    expect(x.actors.filter((a) => a.kind === "Person").map((a) => a.id)).toEqual([id]);
    expect(x.statements.map((s) => s.speakerId)).toEqual([id, id, id]);
  });
});
