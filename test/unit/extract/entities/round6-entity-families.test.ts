// Entity constructions found missing on the round-6 probe articles, on invented sentences: a news
// agency named again bare after its introduction, a one-word outlet after "told", and an Arabic
// article joined to a surname.
import { describe, expect, it } from "vitest";
import { entityDoc, extractBody } from "../helpers.ts";

const ids = (body: string) => [...entityDoc(body).actors.keys()].sort();
const said = (body: string) => extractBody(body).statements.map((s) => `${s.speakerId}|${s.text}`);

describe("a news agency named again by its bare name", () => {
  it("credits 'Kabar reported …' to the agency introduced as 'the state news agency Kabar'", () => {
    expect(
      said(
        "“We are ready,” Kyrgyz Minister Aibek Osmonov told the state news agency Kabar. Kabar reported that the ministry had asked Tajikistan to explain the delays.",
      ),
    ).toContain("org:kabar|the ministry had asked Tajikistan to explain the delays");
  });

  it("does not create the agency from a bare name alone (negative case)", () => {
    expect(ids("Kabar reported that the border was shut.")).not.toContain("org:kabar");
  });
});

describe("a one-word outlet after 'told'", () => {
  it("reads 'told Novaya' and 'told ERR' as outlets", () => {
    expect(ids("“The border is calm,” Maria Tamm told Novaya.")).toContain("org:novaya");
    expect(ids("“The border is calm,” Maria Tamm told ERR on Monday.")).toContain("org:err");
  });

  it("does not read a surname or 'Parliament' after 'told' as an outlet (negative cases)", () => {
    expect(ids("Prime Minister Jaan Kask arrived. Maria Tamm told Kask the border was calm.")).not.toContain(
      "org:kask",
    );
    expect(ids("Maria Tamm told Parliament the border was calm.")).not.toContain("org:parliament");
  });
});

describe("an Arabic article joined to a surname", () => {
  it("reads 'Khalid al-Hamdan' as one person", () => {
    expect(ids("“We are ready to help,” said Khalid al-Hamdan, a Kuwaiti diplomat.")).toContain(
      "person:khalid-al-hamdan",
    );
  });

  it("does not start a name with the joined article (negative case)", () => {
    expect(ids("Fighters from al-Shabaab attacked the town.").some((id) => id.startsWith("person:"))).toBe(
      false,
    );
  });
});
