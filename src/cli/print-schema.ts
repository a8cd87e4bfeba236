// `npm run schema`: rewrites schema/schema.graphql from the code. A unit test fails when they drift.
import { readFileSync, writeFileSync } from "node:fs";
import { printSchemaSdl, SCHEMA_SDL_FILE } from "../schema/sdl.ts";

const sdl = printSchemaSdl();
let current = "";
try {
  current = readFileSync(SCHEMA_SDL_FILE, "utf8");
} catch {
  // First run: no file yet.
}
if (current === sdl) {
  console.log(`${SCHEMA_SDL_FILE} is up to date.`);
} else {
  writeFileSync(SCHEMA_SDL_FILE, sdl);
  console.log(`Wrote ${SCHEMA_SDL_FILE}.`);
}
