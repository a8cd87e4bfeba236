// An accusation that labels the act it accuses also criticises (calling-labels.ts).
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

type X = ReturnType<typeof extractBody>;
const criticises = (x: X) =>
  x.relations.filter((r) => r.kind === "CRITICIZES").map((r) => `${r.sourceId}>${r.targetId}`);

describe("accusations with a label", () => {
  it("reads 'accused X of …, calling the flights “…”' as criticism of X too", () => {
    const x = extractBody(
      "Lithuania accused Belarus on Monday of flying drones over its border posts, calling the flights “a deliberate provocation.”",
    );
    expect(criticises(x)).toContain("country:lt>country:by");
  });
  it("does not read 'calling for an inquiry' as a label", () => {
    const x = extractBody(
      "Lithuania accused Belarus on Monday of flying drones over its border posts, calling for an inquiry by the OSCE.",
    );
    expect(criticises(x)).not.toContain("country:lt>country:by");
  });
});
