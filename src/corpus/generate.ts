// A deterministic corpus of distinct, varied articles made from the project's own articles as
// templates: every person becomes a new fictional person, every country another country, the date
// moves somewhere in a decade, and the years in the text move with it. The benchmark, the soak and
// the scale tests use it; nothing here is used to judge extraction quality.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Actor, extractFromText } from "../extract/index.ts";
import { type CountryInfo, loadKnowledge } from "../extract/knowledge/knowledge.ts";
import { slugify } from "../extract/text/ids.ts";
import { MONTH_NAMES } from "../extract/text/patterns.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import { FAMILY_NAMES, GIVEN_NAMES } from "./names.ts";
import { createRandom, type Random } from "./random.ts";

export interface CorpusArticle {
  fileName: string;
  text: string;
}

interface Template {
  title: string;
  publishedAt: string;
  readingMinutes: number;
  body: string;
  /** Countries in order of first mention, by ISO code. */
  countryCodes: string[];
  /** People as the extractor found them, with their mentions. */
  people: Actor[];
}

export const TEMPLATE_DIRS = ["seed/articles", "test/fixtures/articles"];

/** The corpus spans 2015-01-01 plus ten years. */
const FIRST_DAY = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 3650;

let cachedTemplates: Template[] | undefined;

function loadTemplates(): Template[] {
  cachedTemplates ??= TEMPLATE_DIRS.flatMap((dir) => {
    const full = path.join(PROJECT_ROOT, dir);
    return readdirSync(full)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => templateOf(readFileSync(path.join(full, name), "utf8"), name));
  });
  return cachedTemplates;
}

function templateOf(raw: string, fileName: string): Template {
  const extraction = extractFromText(raw, fileName);
  const firstMention = (id: string) =>
    Math.min(...(extraction.actors.find((a) => a.id === id)?.mentions.map((m) => m.start) ?? [0]));
  const countries = extraction.actors
    .filter((a) => a.kind === "Country" && a.isoCode)
    .sort((a, b) => firstMention(a.id) - firstMention(b.id));
  return {
    title: extraction.article.title,
    publishedAt: extraction.article.publishedAt,
    readingMinutes: extraction.article.readingMinutes ?? 3,
    body: extraction.article.body,
    countryCodes: countries.map((c) => c.isoCode as string),
    people: extraction.actors.filter((a) => a.kind === "Person"),
  };
}

/** Countries that can stand in for another: they have a demonym and a capital to substitute. */
function substitutes(): CountryInfo[] {
  return [...loadKnowledge().countries.values()]
    .filter((c) => c.demonyms.length > 0 && c.capital && /^[A-Z][A-Za-z ]+$/.test(c.name))
    .sort((a, b) => a.iso2.localeCompare(b.iso2));
}

/** Names said with "the": "the United States", "the Philippines". */
const TAKES_THE =
  /^(United|Republic|Central African|Czech|Dominican)|(Islands|Emirates|Philippines|Netherlands|Bahamas|Maldives|Gambia)$/;

function withArticle(name: string, capital: boolean): string {
  if (!TAKES_THE.test(name)) return name;
  return `${capital ? "The" : "the"} ${name}`;
}

/** Singular demonyms (adjectives) and plural ones (people), as lists in countries.json mix both. */
function demonymsOf(country: CountryInfo): { singular: string; plural: string } {
  const singular = country.demonyms.find((d) => !d.endsWith("s")) ?? country.name;
  const plural = country.demonyms.find((d) => d.endsWith("s")) ?? `${singular}s`;
  return { singular, plural };
}

/** Every surface form of `from` mapped to the matching form of `to`. */
function countryForms(from: CountryInfo, to: CountryInfo): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of [from.name, ...from.names, ...from.aliases]) {
    pairs.push([`the ${name}`, withArticle(to.name, false)], [`The ${name}`, withArticle(to.name, true)]);
    pairs.push([name, to.name]);
  }
  const target = demonymsOf(to);
  for (const demonym of from.demonyms) {
    const plural = demonym.endsWith("s") && demonym !== from.name;
    pairs.push([demonym, plural ? target.plural : target.singular]);
  }
  if (from.capital && to.capital) pairs.push([from.capital, to.capital]);
  return pairs;
}

/** A new name for one person: the full name, and every shorter form the article used, to the family name. */
function personForms(person: Actor, random: Random, used: Set<string>): [string, string][] {
  let given: string;
  let family: string;
  do {
    given = random.pick(GIVEN_NAMES);
    family = random.pick(FAMILY_NAMES);
  } while (used.has(family));
  used.add(family);
  const pairs: [string, string][] = [[person.name, `${given} ${family}`]];
  const short = person.mentions
    .filter((m) => m.kind === "name" || m.kind === "alias" || m.kind === "short-name")
    .map((m) => m.text.replace(/[’']s$/, ""));
  for (const form of new Set([...short, person.name.split(/\s+/).at(-1) ?? ""])) {
    if (form && form !== person.name) pairs.push([form, family]);
  }
  return pairs;
}

/** Replaces every form at once, longest first, on word boundaries, so no replacement is replaced again. */
function substitute(text: string, pairs: [string, string][]): string {
  const map = new Map<string, string>();
  for (const [from, to] of pairs) if (from && !map.has(from)) map.set(from, to);
  const alternatives = [...map.keys()]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (alternatives.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return text.replace(pattern, (form) => map.get(form) ?? form);
}

function shiftYears(text: string, delta: number): string {
  return text.replace(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g, (year) => String(Number(year) + delta));
}

function dateLine(isoDate: string, minutes: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return `${MONTH_NAMES[m - 1]} ${String(d).padStart(2, "0")}, ${y} | ${minutes} minutes read`;
}

function makeArticle(template: Template, index: number, count: number, random: Random): CorpusArticle {
  const pool = substitutes();
  const chosen = new Set<string>();
  const pairs: [string, string][] = [];
  const byCode = loadKnowledge().countries;
  for (const code of template.countryCodes) {
    const from = byCode.get(code);
    if (!from) continue;
    let to: CountryInfo;
    do to = random.pick(pool);
    while (chosen.has(to.iso2) || template.countryCodes.includes(to.iso2));
    chosen.add(to.iso2);
    pairs.push(...countryForms(from, to));
  }
  const families = new Set<string>();
  for (const person of template.people) pairs.push(...personForms(person, random, families));

  const day = Math.floor(((index + random.next()) * SPAN_DAYS) / count);
  const publishedAt = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
  const delta = Number(publishedAt.slice(0, 4)) - Number(template.publishedAt.slice(0, 4));
  const title = shiftYears(substitute(template.title, pairs), delta);
  const body = shiftYears(substitute(template.body, pairs), delta);
  const text = `${title}\n\n${dateLine(publishedAt, template.readingMinutes)}\n\n${body}\n`;
  const fileName = `${publishedAt}-${slugify(title).slice(0, 60)}-${String(index).padStart(4, "0")}.txt`;
  return { fileName, text };
}

/**
 * `count` distinct articles; the same `seed` always gives the same corpus. Headlines are distinct:
 * a draw that repeats an earlier headline is drawn again.
 */
export function generateCorpus(count: number, seed = 1): CorpusArticle[] {
  const templates = loadTemplates();
  const random = createRandom(seed);
  const titles = new Set<string>();
  const articles: CorpusArticle[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = templates[index % templates.length] as Template;
    let article: CorpusArticle;
    let title: string;
    do {
      article = makeArticle(template, index, count, random);
      title = article.text.slice(0, article.text.indexOf("\n"));
    } while (titles.has(title));
    titles.add(title);
    articles.push(article);
  }
  return articles;
}
