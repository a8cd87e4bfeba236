// Shared top level for every command: known failures print one line and exit 1; bugs keep their stack.
import { ConfigError } from "../config.ts";
import { ArticleFormatError, KnowledgeFileError } from "../extract/index.ts";
import { DatabaseConnectError } from "../graph/connect.ts";
import { DatabaseTimeoutError, DatabaseUnavailableError } from "../graph/errors.ts";
import { Neo4jSetupError } from "../neo4j/install.ts";

const EXPECTED = [
  ConfigError,
  ArticleFormatError,
  KnowledgeFileError,
  DatabaseConnectError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  Neo4jSetupError,
];

export function reportFailure(error: unknown): void {
  if (EXPECTED.some((kind) => error instanceof kind)) {
    console.error(`error: ${(error as Error).message}`);
  } else {
    console.error("error: unexpected failure");
    console.error(error);
  }
}

export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(), // 0, or the process.exitCode a command set (seed: some files failed)
    (error: unknown) => {
      reportFailure(error);
      process.exit(1);
    },
  );
}
