// The country of a state body named by its own title without a country before it (body-country.ts).
import { describe, expect, it } from "vitest";
import { actorIds } from "../helpers.ts";

describe("a capitalised state body without a country before it", () => {
  it.each([
    [
      "Ghana summoned Austria’s ambassador. In Vienna, the Federal Office of Migration said the file was closed.",
      "org:at:federal-office-of-migration",
    ],
    [
      "Ghana summoned Austria’s ambassador. The Federal Office of Migration in Vienna said the file was closed.",
      "org:at:federal-office-of-migration",
    ],
    [
      "Ghana protested after an Austrian court freed the suspect. The Federal Administrative Court ruled on Monday that he could stay.",
      "org:at:federal-administrative-court",
    ],
    [
      "Ghana protested after Austrian courts freed the suspect. The Constitutional Court said on Monday that he could stay.",
      "org:at:constitutional-court",
    ],
    [
      "Ghana summoned Austria’s ambassador. In Vienna, officials said the Federal Office of Migration had the file.",
      "org:at:federal-office-of-migration",
    ],
  ])("takes the country of the strongest cue (%s)", (body, id) => {
    expect(actorIds(body)).toContain(id);
    expect(actorIds(body).filter((a) => a.startsWith("org:gh:"))).toEqual([]);
  });

  it.each([
    [
      "Ghana summoned Austria’s ambassador on Monday. The Federal Office of Migration said the file was closed.",
      "org:gh:federal-office-of-migration",
    ],
    [
      "Ghana summoned Austria’s ambassador after an Austrian minister spoke. The Supreme Court said the file was closed.",
      "org:gh:supreme-court",
    ],
    [
      "Ghana summoned Austria’s ambassador. The Federal Office of Migration in Kumasi said the file was closed.",
      "org:gh:federal-office-of-migration",
    ],
  ])("keeps the home country without such a cue (%s)", (body, id) => {
    expect(actorIds(body)).toContain(id);
  });
});
