// npm run extract -- FILE: prints the Extraction of one article file as JSON.
import { readFileSync } from "node:fs";
import { ArticleFormatError, extractFromText, KnowledgeFileError } from "../extract/index.ts";

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write("usage: npm run extract -- FILE\n");
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    process.stderr.write(`extract: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    process.stdout.write(`${JSON.stringify(extractFromText(raw, file), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ArticleFormatError) {
      process.stderr.write(`extract: invalid article ${error.message}\n`);
      return 1;
    }
    if (error instanceof KnowledgeFileError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
