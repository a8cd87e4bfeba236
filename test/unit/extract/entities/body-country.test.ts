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

describe("a bare body whose kind a holder's title in its sentence names", () => {
  it.each([
    [
      "Ghana protested on Monday. Austrian Interior Minister Karl Huber will visit Accra next week, the interior ministry said.",
      "org:at:ministry-of-interior",
    ],
    [
      "Ghana protested on Monday. The defence ministry said Austria’s defence minister, Karl Huber, would visit Accra.",
      "org:at:ministry-of-defense",
    ],
    [
      "Ghana protested on Monday. According to the finance ministry, Austrian Finance Minister Karl Huber had signed the loan.",
      "org:at:ministry-of-finance",
    ],
    [
      "Ghana protested on Monday. The justice ministry said Austrian Justice Minister Karl Huber had signed the request.",
      "org:at:ministry-of-justice",
    ],
  ])("takes the holder's country (%s)", (body, id) => {
    expect(actorIds(body)).toContain(id);
  });

  it.each([
    // Another portfolio's holder names no country for the body.
    [
      "Ghana protested on Monday. Austrian Finance Minister Karl Huber will visit Accra, the interior ministry said.",
      "org:at:ministry-of-interior",
    ],
    // Holders of two countries leave the body to the other cues.
    [
      "Ghana protested on Monday. The interior ministry said Austrian Interior Minister Karl Huber and Czech Interior Minister Jan Novak would meet.",
      "org:cz:ministry-of-interior",
    ],
  ])("does not bind the body to it (%s)", (body, id) => {
    expect(actorIds(body)).not.toContain(id);
  });
});
