// Argument checks. Each failure is a GraphQL error with `extensions.code: BAD_USER_INPUT` and a
// message that names the argument, so clients can show it next to the right input.
import { GraphQLError } from "graphql";

export const BAD_USER_INPUT = "BAD_USER_INPUT";

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, {
    extensions: { code: BAD_USER_INPUT, argument },
  });
}

export const MAX_ID_LENGTH = 512;
/** Stored ids: slugs with `:` `/` `.` `_` `-`, and relation ids `<source>-[KIND]-><target>`. */
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_:./\-[\]>]*$/u;

export function validId(argument: string, value: string): string {
  if (value.length === 0) throw badInput(argument, "must not be empty.");
  if (value.length > MAX_ID_LENGTH) throw badInput(argument, `must be at most ${MAX_ID_LENGTH} characters.`);
  if (!ID_PATTERN.test(value)) {
    throw badInput(argument, `is not a well-formed id: "${value}" (expected e.g. "country:jp").`);
  }
  return value;
}

export function optionalId(argument: string, value: string | null | undefined): string | null {
  return value == null ? null : validId(argument, value);
}

export function validIds(argument: string, values: readonly string[], max: number): string[] {
  if (values.length > max) throw badInput(argument, `takes at most ${max} ids, got ${values.length}.`);
  return values.map((value) => validId(argument, value));
}

export function intInRange(
  argument: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value == null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

const FUZZY_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
export function fuzzyDate(argument: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const match = FUZZY_DATE.exec(value);
  const bad = () => badInput(argument, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}".`);
  if (!match) throw bad();
  const [, year, month, day] = match;
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) throw bad();
    if (day !== undefined) {
      const d = Number(day);
      const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
      if (d < 1 || d > daysInMonth) throw bad();
    }
  }
  return value;
}

export function countryCode(argument: string, value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value)) {
    throw badInput(argument, `must be an ISO 3166-1 alpha-2 country code such as "JP", got "${value}".`);
  }
  return value.toUpperCase();
}

export const MAX_SEARCH_LENGTH = 200;

export function searchText(
  argument: string,
  value: string,
  { required }: { required: boolean },
): string | null {
  const text = value.trim();
  if (text.length === 0) {
    if (required) throw badInput(argument, "must not be empty.");
    return null;
  }
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(argument, `must be at most ${MAX_SEARCH_LENGTH} characters, got ${text.length}.`);
  }
  return text;
}
