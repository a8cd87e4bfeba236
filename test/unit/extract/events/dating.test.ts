// Tests of src/extract/events/dating.ts (the dating sieve as a whole), on made-up text.
import { describe, expect, it } from "vitest";
import { extractBody, summary } from "../helpers.ts";

// Thursday, May 5, 2022.
const dated = (body: string) => summary(extractBody(body, "May 05, 2022"));

describe("the sieve's order: the surest evidence first", () => {
  it("keeps an act's own day over a later sentence's", () => {
    expect(
      dated(
        "Fiji police seized a Chinese trawler on Friday. The trawler had been tracked since Monday, the police said.",
      ),
    ).toEqual(["seizure 171 [2022-04-29]"]);
  });

  it("dates an act undated in the lead from the backstory that re-tells it", () => {
    expect(
      dated(
        "Honduran soldiers seized a shipment of rifles from a truck, the army said.\n\nThe truck was intercepted on Monday at a checkpoint outside Choluteca.",
      ),
    ).toEqual(["seizure 171 [2022-05-02]"]);
  });
});

describe("a re-told act's day goes to the acts coordinated with it", () => {
  it("dates the arrest told with a seizure whose day a later sentence gives", () => {
    expect(
      dated(
        "The Grenada Coast Guard seized 30 pistols from a fishing boat off Carriacou and arrested three men from Trinidad, police said.\n\nThe boat was stopped late on Tuesday near the island's north coast, the police said.",
      ),
    ).toEqual(["seizure 171 [2022-05-03]", "arrest 173 [2022-05-03]"]);
    expect(
      dated(
        "Honduran soldiers seized a shipment of rifles from a truck and detained its driver near the border, the army said.\n\nThe truck was intercepted on Monday at a checkpoint outside Choluteca.",
      ),
    ).toEqual(["seizure 171 [2022-05-02]", "arrest 173 [2022-05-02]"]);
    expect(
      dated(
        "Panamanian police impounded a speedboat carrying cocaine and arrested two Colombian nationals, the ministry said.\n\nThe speedboat was boarded before dawn on Sunday off the Darién coast, it said.",
      ),
    ).toEqual(["seizure 171 [2022-05-01]", "arrest 173 [2022-05-01]"]);
    expect(
      dated(
        "Belize customs officers seized two lorries loaded with cigarettes and detained their Guatemalan drivers, officials said.\n\nThe lorries were stopped on Wednesday at the Benque Viejo crossing, they said.",
      ),
    ).toEqual(["seizure 171 [2022-05-04]", "arrest 173 [2022-05-04]"]);
  });

  it("leaves the lead undated when the later act is told apart", () => {
    expect(
      dated(
        "The Grenada Coast Guard seized 30 pistols from a fishing boat off Carriacou and arrested three men from Trinidad, police said.\n\nIn a separate case, another boat was stopped on Tuesday near Grenville.",
      ),
    ).toEqual(["seizure 171 []", "arrest 173 []"]);
  });
});
