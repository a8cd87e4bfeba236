// A side labelling its adversary's hostile act criticises it (labelled-acts.ts).
import { describe, expect, it } from "vitest";
import { extractBody, rels } from "../helpers.ts";

describe("labelling the other side's act", () => {
  it("criticises the state whose police made the arrest ('called the arrest …')", () => {
    const x = extractBody(
      "Chilean police detained the crew of a Peruvian trawler on Monday. Peru’s foreign ministry summoned Chile’s ambassador in Lima. Ministry spokesman Tomas Vidal called the detention “a theft dressed up as law”.",
    );
    expect(rels(x, "CRITICIZES")).toContain("person:tomas-vidal>country:cl");
  });
  it("reads 'dismissed the detentions as …'", () => {
    const x = extractBody(
      "Chilean police detained three Peruvian sailors on Monday. Peru’s foreign ministry summoned Chile’s ambassador in Lima. Ministry spokesman Tomas Vidal dismissed the detentions as “a stage play for voters”.",
    );
    expect(rels(x, "CRITICIZES")).toContain("person:tomas-vidal>country:cl");
  });
  it("reads a condemning verb on an act of a state not yet at odds ('condemned the recall of …')", () => {
    const x = extractBody(
      "Mali recalled its ambassador from Dakar on Tuesday. ECOWAS condemned the recall as “a needless blow to the region.”",
    );
    expect(rels(x, "CRITICIZES")).toContain("org:ecowas>country:ml");
  });
  it("reads no criticism from a condemning verb on an act nobody in the story did", () => {
    const x = extractBody("ECOWAS condemned the recall as “a needless blow to the region.”");
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
  it("leaves a partner's praise of a joint act alone", () => {
    const x = extractBody(
      "Chilean police detained nine members of a smuggling gang on Monday. Peruvian Interior Minister Tomas Vidal called the arrests “a great day for both our peoples”.",
    );
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
  it("needs a hostile-act noun after the verb", () => {
    const x = extractBody(
      "Chilean police detained the crew of a Peruvian trawler on Monday. Peru’s foreign ministry summoned Chile’s ambassador in Lima. Ministry spokesman Tomas Vidal called the weather “a problem for both fleets”.",
    );
    expect(rels(x, "CRITICIZES")).not.toContain("person:tomas-vidal>country:cl");
  });
  it("finds the act noun after a modifier ('dismissed the fruit ban as …')", () => {
    const x = extractBody(
      "Chile banned imports of Peruvian fruit on Monday. Peru’s foreign ministry dismissed the fruit ban as “a gift to Chilean growers”.",
    );
    expect(rels(x, "CRITICIZES")).toContain("org:pe:ministry-of-foreign-affairs>country:cl");
  });
  it("reads 'rejected the note as …' against the side that lodged the protest", () => {
    const x = extractBody(
      "Peru summoned Chile’s ambassador on Monday and handed him a protest note over the fishing quotas. Chile’s foreign ministry rejected the note as “an attempt to hide Peru’s own overfishing”.",
    );
    expect(rels(x, "CRITICIZES")).toContain("org:cl:ministry-of-foreign-affairs>country:pe");
  });
  it("reads the present tense ('calls the closure …')", () => {
    const x = extractBody(
      "Chile closed its border with Peru on Monday. Peru accused Chile of punishing its traders. Peruvian Interior Minister Tomas Vidal calls the closure “a punishment of ordinary traders”.",
    );
    expect(rels(x, "CRITICIZES")).toContain("person:tomas-vidal>country:cl");
  });
  it("needs an act noun among the words, not only a modifier that looks like one", () => {
    const x = extractBody(
      "Chile closed its border with Peru on Monday. Peruvian Interior Minister Tomas Vidal called the trade figures “a problem for both”.",
    );
    expect(rels(x, "CRITICIZES")).not.toContain("person:tomas-vidal>country:cl");
  });
});

describe("labelling a trade or border measure, or any move, of the other side", () => {
  it("reads 'called the measure “…”' against the state that imposed it", () => {
    const x = extractBody(
      "Chile imposed new duties on Peruvian copper on Monday. Peru’s trade ministry called the measure “a disguised trade barrier.”",
    );
    expect(rels(x, "CRITICIZES")).toContain("country:pe>country:cl");
  });
  it("reads 'rejected the suspension as …'", () => {
    const x = extractBody(
      "Bolivia suspended imports of Paraguayan beef on Tuesday. Paraguay’s agriculture ministry rejected the suspension as “protectionism with no scientific basis.”",
    );
    expect(rels(x, "CRITICIZES")).toContain("country:py>country:bo");
  });
  it("reads 'the move' only in condemning words", () => {
    const yes = extractBody(
      "Bolivia expelled two Paraguayan diplomats on Tuesday. Paraguay’s foreign ministry called the move “unjustified.”",
    );
    expect(rels(yes, "CRITICIZES")).toContain("country:py>country:bo");
    const no = extractBody(
      "Bolivia expelled two Paraguayan diplomats on Tuesday. Paraguay’s foreign ministry called the move “expected.”",
    );
    expect(rels(no, "CRITICIZES")).not.toContain("country:py>country:bo");
  });
});

describe("an act said to be something that condemns it", () => {
  it("reads 'said the arrests were “a naked attempt to …”' against the arresting state", () => {
    const x = extractBody(
      "Chilean police detained four Peruvian fishermen on Monday. Peru’s foreign ministry said the arrests were “a naked attempt to intimidate our fleet.”",
    );
    expect(rels(x, "CRITICIZES")).toContain("country:pe>country:cl");
  });
  it("reads 'said the expulsion was part of a campaign to …'", () => {
    const x = extractBody(
      "Moldova expelled two Romanian diplomats on Friday. Romanian Foreign Minister Ana Popescu said the expulsion was part of a campaign to distract voters from rising prices.",
    );
    expect(rels(x, "CRITICIZES")).toContain("person:ana-popescu>country:md");
    expect(rels(x, "CRITICIZES")).toContain("country:ro>country:md");
  });
  it("reads 'said the closure was illegal'", () => {
    const x = extractBody(
      "Chile closed its border with Peru on Monday. Peru’s foreign ministry said the closure was illegal.",
    );
    expect(rels(x, "CRITICIZES")).toContain("country:pe>country:cl");
  });
  it("leaves a neutral description of the act alone", () => {
    const x = extractBody(
      "Chile closed its border with Peru on Monday. Peru’s foreign ministry said the closure was expected to last a week.",
    );
    expect(rels(x, "CRITICIZES")).toEqual([]);
  });
});
