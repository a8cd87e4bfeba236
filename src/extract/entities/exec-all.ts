// Every match of a global regex with its groups, by an exec loop on the regex itself: `matchAll`
// clones the regex on every call. (Like `findAll` in text/text.ts, which keeps only the spans.)
// Safe on shared module-level or cached regexes: all matches are collected before returning.

export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`execAll needs a global regex: ${re.source.slice(0, 40)}`);
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    matches.push(m);
    // An empty match moves on by one code point, as matchAll does.
    if (m[0].length === 0)
      re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return matches;
}
