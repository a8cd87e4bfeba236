// Round 7: reporting frames and word orders beyond the dev corpus: a second speech act after a
// verb that already reported its clause ("said that …, adding that …"), a vow's infinitive, a
// quotation introduced by a name and a colon, an "according to" source behind a role prefix or
// before a role appositive, and a closing attribution whose name carries an appositive.
import { describe, expect, it } from "vitest";
import { extractBody } from "../helpers.ts";

const said = (body: string) =>
  extractBody(body).statements.map((s) => `${s.speakerId}|${s.verb}|${s.cameo}|${s.text}`);

describe("a participle after a verb that already reported its clause", () => {
  it("gives 'said that A, adding that B' two statements", () => {
    expect(
      said(
        "Transport Minister Lea Vidmar said on Monday that the ferry would resume, adding that fares would fall.",
      ),
    ).toEqual([
      "person:lea-vidmar|said|010|the ferry would resume",
      "person:lea-vidmar|adding|010|fares would fall",
    ]);
  });

  it("gives 'urged X to A, warning that B' two statements", () => {
    expect(
      said("Transport Minister Lea Vidmar urged Croatia to lift the ban, warning that tourism would suffer."),
    ).toEqual([
      "person:lea-vidmar|urged|020|Croatia to lift the ban",
      "person:lea-vidmar|warning|012|tourism would suffer",
    ]);
  });

  it("still lets the participle carry a verb with no clause of its own ('announced the ban, saying …')", () => {
    expect(said("Slovenia announced the ban on Friday, saying that the ferries needed repairs.")).toEqual([
      "country:si|announced|010|the ferries needed repairs",
    ]);
  });
});

describe("a vow's infinitive", () => {
  it("reads 'vowed to …' as what was sworn", () => {
    expect(said("Transport Minister Lea Vidmar vowed to keep the ferry running.")).toEqual([
      "person:lea-vidmar|vowed|030|to keep the ferry running",
    ]);
  });

  it("reads 'threatened to …' as the threat said", () => {
    expect(said("Transport Minister Lea Vidmar threatened to close the port.")).toEqual([
      "person:lea-vidmar|threatened|130|to close the port",
    ]);
  });

  it("gives a denied commitment no statement ('have not threatened to …')", () => {
    expect(said("Slovenia and Croatia have not threatened to close the port.")).toEqual([]);
  });

  it("leaves a promise or pledge of an act to the event reader", () => {
    expect(said("Slovenia promised to send two ferries. Croatia pledged to pay for the crews.")).toEqual([]);
  });
});

describe("a quotation after a name and a colon", () => {
  it("credits the named speaker ('Role Name: “…”')", () => {
    expect(said("Transport Minister Lea Vidmar: “The ferry will run all winter.”")).toEqual([
      "person:lea-vidmar|said|010|The ferry will run all winter.",
    ]);
  });

  it("credits a body ('The ministry of X: “…”' with the body named)", () => {
    expect(said("Slovenia’s transport ministry: “Fares will fall.”").map((x) => x.split("|")[0])).toEqual([
      "org:si:ministry-of-transport",
    ]);
  });

  it("does not read a colon after a clause as a frame ('The ferry carried Slovenia: “…”')", () => {
    expect(said("The ferry carried a banner from Slovenia: “Open the port.”")).toEqual([]);
  });
});

describe("an 'according to' source with its role", () => {
  it("credits the person behind a role prefix, not the demonym", () => {
    expect(said("According to Slovenian Transport Minister Lea Vidmar, the ferry will resume.")).toEqual([
      "person:lea-vidmar|according to|010|the ferry will resume",
    ]);
  });

  it("skips the source's role appositive", () => {
    expect(said("According to Lea Vidmar, Slovenia’s transport minister, the ferry will resume.")).toEqual([
      "person:lea-vidmar|according to|010|the ferry will resume",
    ]);
  });
});

describe("a closing attribution with a role appositive after the name", () => {
  it("reads the lead clause ('…, Name, Slovenia’s transport minister, said.')", () => {
    expect(said("The ferry will resume in May, Lea Vidmar, Slovenia’s transport minister, said.")).toEqual([
      "person:lea-vidmar|said|010|The ferry will resume in May",
    ]);
  });
});

describe("multi-word speech predicates with a clause", () => {
  it.each(["expressed concern", "voiced concern", "expressed hope", "made clear"])(
    "reads '%s that …'",
    (verb) => {
      expect(said(`Transport Minister Lea Vidmar ${verb} that the ferry would resume.`)).toEqual([
        `person:lea-vidmar|${verb}|010|the ferry would resume`,
      ]);
    },
  );

  it("gives no statement for 'expressed concern over <noun phrase>'", () => {
    expect(
      said("Transport Minister Lea Vidmar expressed concern over the closure of the port of Koper."),
    ).toEqual([]);
  });
});
