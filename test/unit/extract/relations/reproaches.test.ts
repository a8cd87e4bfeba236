// Reproaches read as criticism of the speaker side's adversary in a dispute (reproaches.ts, used by
// implicit-stances.ts), and left alone outside one.
import { describe, expect, it } from "vitest";
import { extractBody, relationPairs } from "../helpers.ts";

const criticises = (body: string) => relationPairs(extractBody(body), "CRITICIZES");
const DISPUTE = "Peru summoned Chile’s ambassador on Monday over the seizure of two fishing boats.";

describe("reproaches", () => {
  it.each([
    "“The new toll breaches the treaty that governs the river,” Peruvian Foreign Minister Ana Ruiz said.",
    "“Chile behaves as if the law of the sea stops at its own coast,” Peruvian Foreign Minister Ana Ruiz said.",
    "“A neighbour who seizes our boats cannot call itself a partner,” Peruvian Foreign Minister Ana Ruiz said.",
    "“Santiago owes these families an answer,” Peruvian Foreign Minister Ana Ruiz said.",
    "“Peru is not a playground for foreign navies,” Peruvian Foreign Minister Ana Ruiz said.",
    "“They have produced no evidence, only headlines,” Peruvian Foreign Minister Ana Ruiz said.",
    "Peruvian Foreign Minister Ana Ruiz said the toll had been imposed without consultation.",
    "“This runs against the spirit of the 1929 treaty,” Peruvian Foreign Minister Ana Ruiz said.",
    "Peruvian Foreign Minister Ana Ruiz said Santiago had never consulted Lima about the new rules.",
    "“We were not even notified before the boats were taken,” Peruvian Foreign Minister Ana Ruiz said.",
    "“Such raids threaten the livelihoods of our coastal towns,” Peruvian Foreign Minister Ana Ruiz said.",
  ])("reads '%s' as criticism of the adversary", (said) => {
    const found = criticises(`${DISPUTE} ${said}`);
    expect(found).toContain("person:ana-ruiz>country:cl");
    expect(found).toContain("country:pe>country:cl");
  });
  it("leaves the same words alone when the speaker's side faces nobody", () => {
    expect(
      criticises(
        "“The flood barrier breaches no rule, and the port owes nobody an answer,” Peruvian Foreign Minister Ana Ruiz said.",
      ),
    ).toEqual([]);
  });
  it("reads no reproach in a plain risk or a consultation that took place", () => {
    const found = criticises(
      `${DISPUTE} “The fishermen were consulted on the new quota,” Peruvian Foreign Minister Ana Ruiz said. Peruvian Foreign Minister Ana Ruiz said the storm put the harvest at risk.`,
    );
    expect(found).not.toContain("person:ana-ruiz>country:cl");
  });
  it("reads no reproach in 'without warning' or a data breach", () => {
    expect(
      criticises(
        `${DISPUTE} “The storm came without warning,” Peruvian Foreign Minister Ana Ruiz said. Officials said a breach of the port's network was under investigation.`,
      ),
    ).not.toContain("person:ana-ruiz>country:cl");
  });
});
