// A national body's own title mapped to its knowledge key by head noun and modifiers (national-keys.ts).
import { describe, expect, it } from "vitest";
import { nationalKeyOf } from "../../../../src/extract/entities/national-keys.ts";
import { loadKnowledge } from "../../../../src/extract/knowledge/knowledge.ts";
import { actorIds, saidPairs } from "../helpers.ts";

const k = loadKnowledge();

describe("nationalKeyOf", () => {
  it.each([
    ["Federal Prosecutor’s Office", "prosecutors-office"],
    ["Office of the Attorney General", "prosecutors-office"],
    ["Constabulary Force", "police"],
    ["Royal Constabulary", "police"],
    ["Border Security Force", "border-guard"],
    ["Office of the President", "presidential-office"],
    ["Office of the Prime Minister", "office-of-the-prime-minister"],
    ["Federal Ministry of the Interior", "ministry-of-interior"],
    ["National Ministry of Defence", "ministry-of-defense"],
  ])("reads %s as %s", (title, key) => {
    expect(nationalKeyOf(title, k)).toBe(key);
  });

  it.each([
    "Federal Office of Justice",
    "Supreme Court",
    "Rapid Support Forces",
    "National Guard",
    "Ministry of Defence and Veterans Affairs",
    "Office of Justice",
    "Maritime Enforcement Agency",
  ])("finds no key for %s (a body of its own)", (title) => {
    expect(nationalKeyOf(title, k)).toBeUndefined();
  });
});

describe("national bodies named by their own title", () => {
  it.each([
    ["The Jamaica Constabulary Force said the two men were held.", "org:jm:police"],
    ["Ghana’s Border Security Force said the two men were held.", "org:gh:border-guard"],
    ["Germany’s Federal Prosecutor’s Office said the two men were held.", "org:de:prosecutors-office"],
    ["Kenya’s Office of the President said the two men were held.", "org:ke:presidential-office"],
  ])("gives the knowledge key to the body's id (%s)", (body, id) => {
    expect(saidPairs(body)).toEqual([[id, "the two men were held"]]);
  });

  it("keeps a slug for a title no kind fits", () => {
    expect(actorIds("Austria’s Federal Office of Justice said the file was complete.")).toContain(
      "org:at:federal-office-of-justice",
    );
  });
});
