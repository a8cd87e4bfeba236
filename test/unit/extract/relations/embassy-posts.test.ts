// A head of mission belongs to their state's embassy when the article names it (embassy-posts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const affiliated = (body: string) => relationPairs(extractBody(body), "AFFILIATED_WITH");

describe("embassy posts", () => {
  it("ties an ambassador named by title to the embassy the article names", () => {
    const found = affiliated(
      "Peru summoned Norwegian Ambassador Tomas Halvorsen on Monday. Norway’s embassy in Lima said the fishing boats had kept to international waters.",
    );
    expect(found).toContain("person:tomas-halvorsen>org:no:embassy");
    expect(found).not.toContain("person:tomas-halvorsen>country:no");
  });
  it("ties a chargé d'affaires in an appositive to the embassy", () => {
    const found = affiliated(
      "The ministry summoned Chile’s chargé d’affaires, Marta Quiroga, on Friday. The Chilean embassy in La Paz said it would reply in writing.",
    );
    expect(found).toContain("person:marta-quiroga>org:cl:embassy");
  });
  it("keeps the state when the article names no embassy", () => {
    const found = affiliated(
      "Peru summoned Norwegian Ambassador Tomas Halvorsen on Monday to protest the arrest of two fishermen.",
    );
    expect(found).toContain("person:tomas-halvorsen>country:no");
  });
  it("keeps the state when only another state's embassy appears", () => {
    const found = affiliated(
      "Peru summoned Norwegian Ambassador Tomas Halvorsen on Monday. The Danish embassy in Lima said it had not been consulted.",
    );
    expect(found).not.toContain("person:tomas-halvorsen>org:no:embassy");
  });
  it("does not move an envoy to an international body or a special envoy", () => {
    const found = affiliated(
      "Ghana’s ambassador to the United Nations, Kofi Mensah-Bonsu, said the council should meet. Ghana’s embassy in Lome said talks would resume.",
    );
    expect(found).not.toContain("person:kofi-mensah-bonsu>org:gh:embassy");
  });
});
