import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  COUNTRIES_FILE,
  EVENTS_FILE,
  ORGANISATIONS_FILE,
  ROLES_FILE,
  SPEECH_FILE,
} from "../../../../src/extract/knowledge/file-shapes.ts";
import {
  KNOWLEDGE_DIR,
  KnowledgeFileError,
  readKnowledgeFile,
} from "../../../../src/extract/knowledge/knowledge.ts";

const dir = `${mkdtempSync(join(tmpdir(), "knowledge-"))}/`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a changed copy of a shipped knowledge file into the scratch folder. */
function variant(name: string, change: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(`${KNOWLEDGE_DIR}${name}`, "utf8"));
  change(json);
  writeFileSync(`${dir}${name}`, JSON.stringify(json));
}

function problemOf(load: () => unknown): string {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeFileError);
    return (e as Error).message;
  }
  throw new Error("expected the file to be rejected");
}

describe("knowledge files", () => {
  it.each([
    ["countries.json", COUNTRIES_FILE],
    ["organisations.json", ORGANISATIONS_FILE],
    ["roles.json", ROLES_FILE],
    ["speech.json", SPEECH_FILE],
    ["events.json", EVENTS_FILE],
  ] as const)("the shipped %s has the expected shape", (name, shape) => {
    expect(() => readKnowledgeFile(name, shape as never)).not.toThrow();
  });

  it("rejects a misspelt key, naming the file, the path and the key it was meant to be", () => {
    variant("roles.json", (j) => {
      const roles = j.roles as Record<string, unknown>[];
      const first = roles[0] as Record<string, unknown>;
      first.goverment = true;
    });
    expect(problemOf(() => readKnowledgeFile("roles.json", ROLES_FILE, dir))).toBe(
      `knowledge file ${dir}roles.json: roles[0].goverment: unknown key "goverment" (did you mean "government"?)`,
    );
  });

  it("rejects a misspelt optional key deep in an event type", () => {
    variant("events.json", (j) => {
      const types = j.types as Record<string, unknown>[];
      (types[2] as Record<string, unknown>).cooperativ = true;
    });
    expect(problemOf(() => readKnowledgeFile("events.json", EVENTS_FILE, dir))).toMatch(
      /events\.json: types\[2\]\.cooperativ: unknown key "cooperativ" \(did you mean "cooperative"\?\)$/,
    );
  });

  it("rejects a value of the wrong type", () => {
    variant("speech.json", (j) => {
      ((j.verbs as Record<string, unknown>[])[1] as Record<string, unknown>).quoteOnly = "yes";
    });
    expect(problemOf(() => readKnowledgeFile("speech.json", SPEECH_FILE, dir))).toMatch(
      /speech\.json: verbs\[1\]\.quoteOnly: expected true or false, found string "yes"$/,
    );
  });

  it("rejects a stance or relation outside the known values", () => {
    variant("speech.json", (j) => {
      ((j.verbs as Record<string, unknown>[])[0] as Record<string, unknown>).stance = "critisize";
    });
    expect(problemOf(() => readKnowledgeFile("speech.json", SPEECH_FILE, dir))).toMatch(
      /verbs\[0\]\.stance: expected one of "criticize", "accuse", "threaten", found string "critisize"$/,
    );
  });

  it("rejects a missing required field", () => {
    variant("speech.json", (j) => {
      delete ((j.frames as Record<string, unknown>[])[0] as Record<string, unknown>).cameo;
    });
    expect(problemOf(() => readKnowledgeFile("speech.json", SPEECH_FILE, dir))).toMatch(
      /speech\.json: frames\[0\]\.cameo: missing required key$/,
    );
  });

  it("rejects a country keyed by something other than an ISO code", () => {
    variant("countries.json", (j) => {
      const countries = j.countries as Record<string, unknown>;
      countries.France = countries.FR;
    });
    expect(problemOf(() => readKnowledgeFile("countries.json", COUNTRIES_FILE, dir))).toMatch(
      /countries\.json: countries\.France: key must be an ISO 3166-1 alpha-2 code/,
    );
  });

  it("names the file when it is not JSON", () => {
    writeFileSync(`${dir}broken.json`, "{ roles: [");
    expect(problemOf(() => readKnowledgeFile("broken.json", ROLES_FILE, dir))).toMatch(
      /^knowledge file .*broken\.json: .*JSON/,
    );
  });
});
