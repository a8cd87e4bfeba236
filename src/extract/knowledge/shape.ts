// A small structural validator for the knowledge files. Each check returns the value typed, or
// throws a KnowledgeShapeError naming the JSON path and the problem; knowledge.ts adds the file.
// Objects are closed: a key the loader does not read is an error (a misspelt optional key would
// otherwise be silently ignored). "$comment" is allowed everywhere, for the curators' notes.

export class KnowledgeShapeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || "(top level)"}: ${problem}`);
    this.name = "KnowledgeShapeError";
  }
}

export type Check<T> = (value: unknown, path: string) => T;
type Checked<C> = C extends Check<infer T> ? T : never;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

function expected(what: string, value: unknown, path: string): never {
  throw new KnowledgeShapeError(path, `expected ${what}, found ${describe(value)}`);
}

export const str: Check<string> = (v, path) => (typeof v === "string" ? v : expected("a string", v, path));
export const bool: Check<boolean> = (v, path) =>
  typeof v === "boolean" ? v : expected("true or false", v, path);
export const int: Check<number> = (v, path) =>
  Number.isInteger(v) ? (v as number) : expected("an integer", v, path);

export function literal<const T extends string>(...values: T[]): Check<T> {
  return (v, path) =>
    values.includes(v as T)
      ? (v as T)
      : expected(`one of ${values.map((x) => `"${x}"`).join(", ")}`, v, path);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path) => (v === null ? null : check(v, path));
}

export function either<A, B>(a: Check<A>, b: Check<B>, what: string): Check<A | B> {
  return (v, path) => {
    try {
      return a(v, path);
    } catch {
      try {
        return b(v, path);
      } catch {
        return expected(what, v, path);
      }
    }
  };
}

export function list<T>(item: Check<T>): Check<T[]> {
  return (v, path) => {
    if (!Array.isArray(v)) return expected("an array", v, path);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function child(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/** An object with any keys (matching `key` when given) and values of one shape. */
export function record<T>(
  value: Check<T>,
  key?: { pattern: RegExp; what: string },
): Check<Record<string, T>> {
  return (v, path) => {
    if (!isPlainObject(v)) return expected("an object", v, path);
    const out: Record<string, T> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "$comment") continue;
      if (key && !key.pattern.test(k))
        throw new KnowledgeShapeError(child(path, k), `key must be ${key.what}`);
      out[k] = value(x, child(path, k));
    }
    return out;
  };
}

/** Levenshtein distance, to suggest the key a misspelt one was meant to be. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

function unknownKey(key: string, known: string[]): string {
  const near = known
    .map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(key.length / 4)))
    .sort((x, y) => x.d - y.d)[0];
  const hint = near ? `did you mean "${near.k}"?` : `known keys: ${known.join(", ")}`;
  return `unknown key "${key}" (${hint})`;
}

type Shape = Record<string, Check<unknown>>;
type ObjectOf<R extends Shape, O extends Shape> = { [K in keyof R]: Checked<R[K]> } & {
  [K in keyof O]?: Checked<O[K]>;
};

/** A closed object: every `required` key present, `optional` keys may be absent, nothing else. */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Check<ObjectOf<R, O>> {
  const known = [...Object.keys(required), ...Object.keys(optional ?? {})];
  return (v, path) => {
    if (!isPlainObject(v)) return expected("an object", v, path);
    for (const k of Object.keys(v))
      if (k !== "$comment" && !known.includes(k))
        throw new KnowledgeShapeError(child(path, k), unknownKey(k, known));
    for (const k of Object.keys(required))
      if (!(k in v)) throw new KnowledgeShapeError(child(path, k), "missing required key");
    // Keys keep the file's order, so the loaded value is the parsed JSON minus comments.
    const checks: Shape = { ...optional, ...required };
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const check = checks[k];
      if (check) out[k] = check(x, child(path, k));
    }
    return out as ObjectOf<R, O>;
  };
}
