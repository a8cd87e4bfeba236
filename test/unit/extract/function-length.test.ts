// House rule: no function over ~80 lines in the extractor. Measured with the TypeScript parser
// (declaration start to body end), so nested helpers count on their own and inside their parent.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const MAX_LINES = 80;

// Functions allowed to stay long for a while ("file.ts:name"). Empty now: keep it so, and split a
// long function into named helpers instead of listing it here.
const ALLOWED: string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return "<anonymous>";
}

/** "file.ts:name (N lines)" for every function longer than MAX_LINES. */
function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      const lines = end - start + 1;
      if (lines > MAX_LINES) found.push(`${relative(ROOT, file)}:${functionName(node)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("function length in src/extract", () => {
  it(`has no function over ${MAX_LINES} lines outside the allow-list`, () => {
    const offenders = sourceFiles(join(ROOT, "src/extract")).flatMap(longFunctions);
    const named = (o: string) => o.replace(/ \(\d+ lines\)$/, "");
    expect(offenders.filter((o) => !ALLOWED.includes(named(o)))).toEqual([]);
  });

  it("allow-list names only functions that are still long", () => {
    const offenders = sourceFiles(join(ROOT, "src/extract"))
      .flatMap(longFunctions)
      .map((o) => o.replace(/ \(\d+ lines\)$/, ""));
    expect(ALLOWED.filter((a) => !offenders.includes(a))).toEqual([]);
  });
});
