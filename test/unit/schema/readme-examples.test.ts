// The README's example queries are what a new user pastes into GraphiQL first: each must be valid
// against the printed schema, so a renamed field or argument cannot leave them stale.
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/project-root.ts";

const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, "schema/schema.graphql"), "utf8"));
const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");

describe("README example queries", () => {
  it("are there", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((text) => [text.trim().split("\n")[1]?.trim() ?? text, text]))(
    "%s … is valid against schema/schema.graphql",
    (_title, text) => {
      expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
    },
  );
});
