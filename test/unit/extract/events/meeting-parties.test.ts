// Tests of src/extract/events/meeting-parties.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { acts } from "../helpers.ts";

describe("massing and meetings of blocs", () => {
  it("reads an alliance's ministers' meeting as a meeting of its members", () => {
    expect(
      acts("Officials spoke just before a NATO defence ministers’ meeting in Brussels next week.").map(
        (e) => e[0],
      ),
    ).toEqual(["meeting"]);
  });
});
