// Misses counted by cause (src/quality/miss-causes.ts) on a real extraction of invented sentences.
import { describe, expect, it } from "vitest";
import { entityShape, formatCauses, missCauses } from "../../../src/quality/miss-causes.ts";
import type { Gold } from "../../../src/quality/score.ts";
import { extractBody } from "../extract/helpers.ts";

const extraction = extractBody(
  "Peru’s foreign ministry on Tuesday accused Bolivia of diverting a river. " +
    "Troops from Bolivia attacked a Peruvian border post on Monday.",
);

const gold = (parts: Partial<Gold>): Gold => ({
  articleId: "test",
  source: "test.txt",
  entities: [],
  statements: [],
  events: [],
  relations: [],
  ...parts,
});

describe("missCauses", () => {
  it("counts nothing for items that were found", () => {
    const causes = missCauses(
      extraction,
      gold({
        entities: [{ id: "country:pe" }, { id: "org:pe:ministry-of-foreign-affairs" }],
        relations: [{ kind: "ACCUSES", sourceId: "country:pe", targetId: "country:bo" }],
        events: [{ type: "military-attack", cameo: "190", dates: ["2021-07-05"] }],
      }),
    );
    expect([...causes]).toEqual([]);
  });

  it("tells a body never found from one found under another id", () => {
    const causes = missCauses(
      extraction,
      gold({ entities: [{ id: "org:bo:ministry-of-water" }, { id: "org:pe:foreign-office" }] }),
    );
    expect(Object.fromEntries(causes)).toEqual({
      "entities · national body · not found": 1,
      "entities · national body · another body of that country found": 1,
    });
  });

  it("sorts relation misses into missing endpoints, other kinds, reversals and nothing similar", () => {
    const causes = missCauses(
      extraction,
      gold({
        relations: [
          { kind: "PART_OF", sourceId: "org:bo:ministry-of-water", targetId: "country:bo" },
          { kind: "CRITICIZES", sourceId: "country:pe", targetId: "country:bo" },
          { kind: "ACCUSES", sourceId: "country:bo", targetId: "country:pe" },
          { kind: "THREATENS", sourceId: "country:bo", targetId: "org:pe:ministry-of-foreign-affairs" },
        ],
      }),
    );
    expect(Object.fromEntries(causes)).toEqual({
      "relations · PART_OF · an endpoint was not extracted": 1,
      "relations · CRITICIZES · same pair, other kind": 1,
      "relations · ACCUSES · reversed": 1,
      "relations · THREATENS · nothing similar": 1,
    });
  });

  it("tells a wrong date from a wrong type from an event not found", () => {
    const causes = missCauses(
      extraction,
      gold({
        events: [
          { type: "military-attack", cameo: "190", dates: ["2021-07-06"] },
          { type: "arrest", cameo: "173", dates: ["2021-07-05"] },
          { type: "sanctions", cameo: "163", dates: [] },
        ],
      }),
    );
    expect(Object.fromEntries(causes)).toEqual({
      "events · military-attack · type found, date differs": 1,
      "events · arrest · date found, type differs": 1,
      "events · sanctions · nothing similar": 1,
    });
  });

  it("adds up over articles and prints the largest first", () => {
    const both = gold({ entities: [{ id: "org:bo:ministry-of-water" }, { id: "person:ana-ruiz" }] });
    const counts = missCauses(extraction, both, missCauses(extraction, both));
    expect(formatCauses(counts)).toEqual([
      "     2  entities · national body · not found",
      "     2  entities · person · not found",
    ]);
    expect(entityShape("org:eu")).toBe("named organisation");
  });
});
