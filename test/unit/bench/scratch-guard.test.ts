import { describe, expect, it } from "vitest";
import {
  failureText,
  NotScratchError,
  notScratchMessage,
  SCRATCH_VARIABLE,
  scratchConfirmed,
} from "../../../bench/support/scratch-guard.ts";

describe("scratch-guard", () => {
  it("takes only an explicit yes as the owner's confirmation", () => {
    expect(scratchConfirmed({ [SCRATCH_VARIABLE]: "yes" })).toBe(true);
    expect(scratchConfirmed({ [SCRATCH_VARIABLE]: " YES " })).toBe(true);
    for (const value of [undefined, "", "no", "true", "1", "y"])
      expect(scratchConfirmed({ [SCRATCH_VARIABLE]: value }), String(value)).toBe(false);
  });

  it("names the script, the server, the amount of data and both ways out", () => {
    const text = notScratchMessage("npm run soak", "neo4j+s://abc.databases.neo4j.io", 12_345);
    expect(text).toContain("npm run soak deletes everything");
    expect(text).toContain("neo4j+s://abc.databases.neo4j.io");
    expect(text).toContain("12,345 nodes");
    expect(text).toContain("Unset NEO4J_URI");
    expect(text).toContain(`${SCRATCH_VARIABLE}=yes`);
    expect(notScratchMessage("npm test", "bolt://x", 1)).toContain("holds 1 node.");
  });

  it("prints a refusal as its sentence and any other failure as it is", () => {
    expect(failureText(new NotScratchError("refused"))).toBe("refused");
    const other = new Error("boom");
    expect(failureText(other)).toBe(other);
  });
});
