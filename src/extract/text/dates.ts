// Date expressions in the body, normalised against the publication date. Relative expressions
// ("on Tuesday", "last month", "next year") resolve forwards in a future-tense clause and
// backwards otherwise, because news reports mostly look back.
import type { DatePrecision } from "../types.ts";
import { MONTH_NAMES, MONTH_PATTERN, WEEKDAY_NAMES, WEEKDAY_PATTERN } from "./patterns.ts";
import { execAll } from "./text.ts";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  precision: DatePrecision;
}

const MONTH = MONTH_PATTERN;
const WEEKDAY = WEEKDAY_PATTERN;

/** Words announcing that the clause talks about the future. */
const FUTURE_CUES =
  /\b(?:will|shall|would|is|are)\s+(?:\w+\s+)?(?:expected|going|set|scheduled|due|planned|slated)\b|\b(?:will|shall|should|plans?\s+to|aims?\s+to|intends?\s+to|upcoming|forthcoming|next|starting|to\s+be\s+held)\b|\b(?:will|shall)\b|\bwould\s+(?!have\b)\w+|\b(?:pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|agree(?:s|d|ing)?|commit(?:s|ted|ting)?)\s+(?:(?:on|last|this|next|late|early)\s+\p{L}+\s+)?to\s+(?!the\b|a\b|an\b|this\b|that\b|its\b|their\b)\p{Ll}+/iu;

export function monthIndex(name: string): number {
  const key = name.replace(/\.$/, "").slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const isoMonth = (y: number, m0: number) => {
  const d = new Date(Date.UTC(y, m0, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
};

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** Is the clause ending at the date expression (and the few words after it) future-oriented? */
export function isFutureContext(before: string, after = ""): boolean {
  const clause = before.split(/[;:]|,\s+(?:but|while|whereas)\s+|\.\s/).pop() ?? before;
  return FUTURE_CUES.test(clause) || /^\s*(?:will|is\s+expected)\b/.test(after);
}

/** Year for a month (and day) given without one: the occurrence nearest in the implied direction. */
function inferYear(pub: Date, month0: number, day: number | undefined, future: boolean): number {
  const year = pub.getUTCFullYear();
  const pubMonth = pub.getUTCMonth();
  if (day === undefined) {
    if (future && month0 < pubMonth) return year + 1;
    if (!future && month0 > pubMonth + 1) return year - 1;
    return year;
  }
  const candidate = Date.UTC(year, month0, day);
  const week = 7 * 86_400_000;
  if (future && candidate < pub.getTime() - week) return year + 1;
  if (!future && candidate > pub.getTime() + 5 * week) return year - 1;
  return year;
}

interface Rule {
  re: RegExp;
  resolve(
    m: RegExpExecArray,
    pub: Date,
    future: boolean,
  ): Omit<DateMention, "start" | "end" | "text"> | undefined;
}

const RULES: Rule[] = [
  {
    // "in April last year", "March next year": the month in the year before or after publication.
    re: new RegExp(`\\b(?:[Ii]n\\s+)?${MONTH}\\s+(last|next|this)\\s+year\\b`, "g"),
    resolve: (m, pub) => {
      const shift = m[2] === "last" ? -1 : m[2] === "next" ? 1 : 0;
      return { value: isoMonth(pub.getUTCFullYear() + shift, monthIndex(m[1] ?? "")), precision: "month" };
    },
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => ({ value: `${m[1]}-${m[2]}-${m[3]}`, precision: "day" }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g"),
    resolve: (m, pub, future) => dayValue(pub, monthIndex(m[1] ?? ""), Number(m[2]), m[3], future),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`, "g"),
    resolve: (m, pub, future) => dayValue(pub, monthIndex(m[2] ?? ""), Number(m[1]), m[3], future),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "g"),
    resolve: (m) => ({ value: `${m[2]}-${pad(monthIndex(m[1] ?? "") + 1)}`, precision: "month" }),
  },
  {
    re: new RegExp(
      `\\b(?:(?:[Ii]n|[Ll]ast|[Nn]ext|[Ss]ince|[Uu]ntil|till|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]or|[Ee]arly|[Ll]ate|end\\s+of|beginning\\s+of|[Tt]hrough)\\s+|[Mm]id-?\\s*)${MONTH}(?!\\s*\\d)`,
      "g",
    ),
    resolve: (m, pub, future) => {
      const month0 = monthIndex(m[1] ?? "");
      return { value: isoMonth(inferYear(pub, month0, undefined, future), month0), precision: "month" };
    },
  },
  {
    // "by the end of the year", "at the end of the month", "since the start of the month": the current year or month.
    re: /\bthe\s+(?:end|rest|remainder|close|start|beginning)\s+of\s+the\s+(month|year)\b/gi,
    resolve: (m, pub) =>
      (m[1] ?? "").toLowerCase() === "year"
        ? { value: String(pub.getUTCFullYear()), precision: "year" }
        : { value: isoMonth(pub.getUTCFullYear(), pub.getUTCMonth()), precision: "month" },
  },
  {
    // A year used as a modifier: "a 2011 police cooperation deal", "the 2019 elections".
    re: /\b(?:[Aa]|[Tt]he|its|their)\s+((?:19|20)\d{2})(?=\s+\p{Ll})/gu,
    resolve: (m) => ({ value: m[1] ?? "", precision: "year" }),
  },
  {
    // A month used as a modifier: "the June summit", "the March elections".
    re: new RegExp(`\\bthe\\s+${MONTH}(?=\\s+\\p{Ll})`, "gu"),
    resolve: (m, pub, future) => {
      const month0 = monthIndex(m[1] ?? "");
      return { value: isoMonth(inferYear(pub, month0, undefined, future), month0), precision: "month" };
    },
  },
  {
    re: /\b(this|next|last|coming|past|previous)\s+(month|year)\b/gi,
    resolve: (m, pub) => {
      const which = (m[1] ?? "").toLowerCase();
      const shift = which === "next" || which === "coming" ? 1 : which === "this" ? 0 : -1;
      if ((m[2] ?? "").toLowerCase() === "year") {
        return { value: String(pub.getUTCFullYear() + shift), precision: "year" };
      }
      return { value: isoMonth(pub.getUTCFullYear(), pub.getUTCMonth() + shift), precision: "month" };
    },
  },
  {
    // "next week", "last week", "this week": a week is not a DatePrecision, so the claim is the
    // month holding that week's Thursday (the ISO 8601 rule that gives a straddling week to the
    // month/year with most of its days). Month precision never claims a day the article does not give.
    re: /\b(this|next|last|coming|past|previous)\s+week\b/gi,
    resolve: (m, pub) => {
      const which = (m[1] ?? "").toLowerCase();
      const shift = which === "next" || which === "coming" ? 7 : which === "this" ? 0 : -7;
      const thursday = addDays(pub, -((pub.getUTCDay() + 6) % 7) + 3 + shift);
      return { value: isoMonth(thursday.getUTCFullYear(), thursday.getUTCMonth()), precision: "month" };
    },
  },
  {
    re: /\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring)\s+((?:19|20)\d{2})\b(?!-)/g,
    resolve: (m) => ({ value: m[1] ?? "", precision: "year" }),
  },
  {
    re: /\b(today|yesterday|tomorrow|tonight)\b/gi,
    resolve: (m, pub) => {
      const w = (m[1] ?? "").toLowerCase();
      const shift = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      return { value: isoDay(addDays(pub, shift)), precision: "day" };
    },
  },
  {
    re: new RegExp(`\\b(?:(on|last|next|this|coming)\\s+)?${WEEKDAY}\\b`, "g"),
    resolve: (m, pub, future) => {
      const which = (m[1] ?? "").toLowerCase();
      const target = WEEKDAY_NAMES.indexOf((m[2] ?? "") as (typeof WEEKDAY_NAMES)[number]);
      const today = pub.getUTCDay();
      const forward = which === "next" || which === "coming" || (which !== "last" && future);
      let delta: number;
      if (forward) delta = (target - today + 7) % 7 || 7;
      else delta = -((today - target + 7) % 7 || (which === "last" ? 7 : 0));
      return { value: isoDay(addDays(pub, delta)), precision: "day" };
    },
  },
];

function dayValue(
  pub: Date,
  month0: number,
  day: number,
  yearText: string | undefined,
  future: boolean,
): Omit<DateMention, "start" | "end" | "text"> | undefined {
  if (month0 < 0 || day < 1 || day > 31) return undefined;
  const year = yearText ? Number(yearText) : inferYear(pub, month0, day, future);
  const d = new Date(Date.UTC(year, month0, day));
  if (d.getUTCMonth() !== month0) return undefined;
  return { value: isoDay(d), precision: "day" };
}

/** The rule matches of the last text read: callers often read a sentence twice (forwards, then not). */
let lastRead: { text: string; matches: RegExpExecArray[][] } | undefined;

function ruleMatches(text: string): RegExpExecArray[][] {
  if (lastRead?.text !== text) lastRead = { text, matches: RULES.map((rule) => execAll(rule.re, text)) };
  return lastRead.matches;
}

/**
 * Finds date expressions in `text` (a sentence or any slice of the body starting at `offset`).
 * Overlapping matches keep the longest, so "July 23, 2021" is one date, not two.
 */
export function findDates(
  text: string,
  publishedAt: string,
  offset = 0,
  /** Resolve every relative date forwards (the caller knows the event is planned). */
  forceFuture = false,
): DateMention[] {
  const pub = utc(publishedAt);
  const found: DateMention[] = [];
  const matches = ruleMatches(text);
  for (const [i, rule] of RULES.entries()) {
    for (const m of matches[i] ?? []) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const future = forceFuture || isFutureContext(text.slice(0, start), text.slice(end, end + 30));
      const resolved = rule.resolve(m, pub, future);
      if (resolved) found.push({ start: offset + start, end: offset + end, text: m[0], ...resolved });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateMention[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}
