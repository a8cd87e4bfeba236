// A rejection told after the accusation it answers (trailing-rejections.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const criticises = (body: string) => relationPairs(extractBody(body), "CRITICIZES");

describe("trailing rejections", () => {
  it("reads ', an allegation the ministry called “…”' as criticism of the statement's speaker", () => {
    const found = criticises(
      "Human Rights Watch said in a report that detainees in Peru had been beaten in custody, an allegation the interior ministry called “false and irresponsible.”",
    );
    expect(found).toContain("org:pe:ministry-of-interior>org:human-rights-watch");
    expect(found).toContain("country:pe>org:human-rights-watch");
  });
  it("answers a foreign official's claim with criticism of their state", () => {
    const found = criticises(
      "Chilean Foreign Minister Luis Vera said Peruvian boats had fished inside Chilean waters, a claim Peru’s foreign ministry dismissed as “a fabrication.”",
    );
    expect(found).toContain("org:pe:ministry-of-foreign-affairs>country:cl");
  });
  it("reads nothing when the trailing words condemn nothing", () => {
    expect(
      criticises(
        "Human Rights Watch said detainees in Peru had been moved to a new prison, a claim the interior ministry described as “accurate.”",
      ),
    ).toEqual([]);
  });
});
