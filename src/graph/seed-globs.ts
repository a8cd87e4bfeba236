// `npm run seed -- 'news/2024-*.txt'`: when the shell did not expand a pattern (quoted, or no match),
// the seed does, with `*` (any characters but `/`) and `?` (one character), in any path segment.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export const hasWildcard = (text: string) => /[*?]/.test(text);

/** A segment pattern as a regular expression; other characters are literal. */
export function segmentPattern(segment: string): RegExp {
  const body = [...segment]
    .map((char) =>
      char === "*" ? "[^/]*" : char === "?" ? "[^/]" : char.replace(/[.+^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${body}$`);
}

async function isDirectory(target: string): Promise<boolean> {
  return stat(target).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** Paths matching an absolute pattern, sorted; hidden names match only a pattern that starts with `.`. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const { root } = path.parse(pattern);
  const segments = pattern
    .slice(root.length)
    .split(/[\\/]+/)
    .filter(Boolean);
  let current = [root];
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    const next: string[] = [];
    for (const base of current) {
      if (!hasWildcard(segment)) {
        next.push(path.join(base, segment));
        continue;
      }
      if (!(await isDirectory(base))) continue;
      const matcher = segmentPattern(segment);
      const names = (await readdir(base)).filter(
        (name) => matcher.test(name) && (segment.startsWith(".") || !name.startsWith(".")),
      );
      next.push(...names.sort().map((name) => path.join(base, name)));
    }
    current = last
      ? next
      : (await Promise.all(next.map(async (p) => ((await isDirectory(p)) ? p : undefined)))).filter(
          (p): p is string => p !== undefined,
        );
  }
  return current;
}
