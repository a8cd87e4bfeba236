// Loads the curated, article-independent knowledge in seed/knowledge/*.json and indexes it for
// the extractors. This is the only I/O of the extraction pipeline; the result is cached.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import countries from "i18n-iso-countries";
import { type InflectedForm, inflect } from "../text/text.ts";
import type { RelationKind } from "../types.ts";
import { COUNTRIES_FILE, EVENTS_FILE, ORGANISATIONS_FILE, ROLES_FILE, SPEECH_FILE } from "./file-shapes.ts";
import { type Check, KnowledgeShapeError } from "./shape.ts";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

export const KNOWLEDGE_DIR = fileURLToPath(new URL("../../../seed/knowledge/", import.meta.url));

export interface CountryInfo {
  iso2: string;
  name: string;
  wikidataId?: string;
  /** Official and common names ("Czech Republic", "Czechia"). */
  names: string[];
  /** Abbreviations and informal names ("U.S.", "Britain"). */
  aliases: string[];
  /** First is the adjective ("Peruvian"). */
  demonyms: string[];
  capital?: string;
  /**
   * Other seats of government and other spellings of the capital ("The Hague", "Chisinau"), read
   * as the capital: a metonym for the government, a venue after a locative preposition.
   */
  seats?: string[];
  /**
   * The capital's name is also another place's or a person's ("Santiago", "Victoria"): alone it
   * stands for the state only in an article that names the state otherwise.
   */
  sharedCapital?: boolean;
}

export interface InternationalOrg {
  id: string;
  name: string;
  aliases: string[];
  orgType: string;
  wikidata?: string;
  /** ISO code of the state a named national body belongs to ("Guardia Civil" → ES): PART_OF it. */
  country?: string;
  /** Id of the body this one is an organ of ("European Commission" → org:eu): PART_OF it. */
  partOf?: string;
  /** The city of its seat, a metonym for the body where the body is named ("Brussels" → org:eu). */
  seat?: string;
}

export interface NationalOrgKind {
  key: string;
  nameTemplate: string;
  orgType: string;
  patterns: string[];
  requiresCountry?: boolean;
  defaultCountry?: string;
  sameAs?: string;
  /** Nouns that, right after a pattern, make it a modifier of something else ("customs union"). */
  notBefore?: string[];
}

export interface RoleInfo {
  title: string;
  government?: boolean;
  speaksFor?: boolean;
  org?: string;
  gender?: "male" | "female";
  /** ISO code of the one state whose government has this title ("chief cabinet secretary" → JP). */
  country?: string;
}

export interface SpeechVerb {
  lemma: string;
  cameo: string;
  stance?: "criticize" | "accuse" | "threaten";
  /** Reports speech only when a quotation follows its object ("called the plan “a farce”"). */
  quoteOnly?: boolean;
  /**
   * Has a common non-speech sense ("recalled its ambassador", "posted troops"): reports speech only
   * before a "that" clause, a quotation or a colon, or closing an attribution ("…, X countered.").
   */
  clauseOnly?: boolean;
  forms: InflectedForm[];
}

export interface EventType {
  type: string;
  label: string;
  cameo: string;
  plannedCameo?: string;
  jointCameo?: string;
  requiresAgent?: boolean;
  minParticipants?: number;
  context?: string;
  objectOwner?: string;
  /** Role of the actors right after a verb trigger ("meet X"). */
  directObject?: string;
  /** Prepositions naming where the act takes place ("raise the issue at X"); one is required. */
  venue?: string[];
  /** Relation from each source to each target of the event ("CRITICIZES" for a protest lodged against X). */
  relation?: RelationKind;
  /** "<verb> to <action> … <object>": an intent phrase is the trigger ("agreed to resume talks"). */
  intent?: { verbs: InflectedForm[]; actions: string[]; objects: string[] };
  /** Participants (their states) work together: COOPERATES_WITH between them. */
  cooperative?: boolean;
  /** Words that must follow a verb trigger's object ("ordered three diplomats to leave"). */
  complement?: string[];
  verbs: { lemma: string; forms: InflectedForm[] }[];
  nouns: string[];
  heads: string[];
  objects: string[];
}

export interface Knowledge {
  countries: Map<string, CountryInfo>;
  international: InternationalOrg[];
  nationalKinds: NationalOrgKind[];
  governmentHeads: string[];
  nameHeads: string[];
  armedGroupWords: string[];
  roles: RoleInfo[];
  honorifics: Record<string, "male" | "female" | null>;
  speechVerbs: SpeechVerb[];
  /** Reporting verbs with a non-speech sense too (`clauseOnly`); kept apart so event readers skip them. */
  clauseSpeechVerbs: SpeechVerb[];
  speechFrames: { phrase: string; cameo: string }[];
  /** Condemning words that make a plain statement a criticism ("unacceptable", "illegal"). */
  criticismWords: string[];
  eventTypes: EventType[];
  documents: string[];
  statusCues: { alleged: string[]; planned: string[]; occurred: string[] };
  /** Definite references to earlier events ("the deal") and the event types they may denote (empty: any). */
  eventReferences: { nouns: string[]; types: string[] }[];
  /** Cues that call an event off ("cancelled", "did not attend") and the CAMEO code of doing so. */
  negation: { types: string[]; cues: { phrases: string[]; cameo: Record<string, string> }[] };
  militaryWords: string[];
  economicWords: string[];
  attackTargets: string[];
  /** Nouns after an actor that keep it the clause subject ("an Iranian navy patrol boat seized"). */
  agentNouns: string[];
}

/** A knowledge file that is missing, not JSON, or not of the expected shape. */
export class KnowledgeFileError extends Error {
  constructor(file: string, problem: string) {
    super(`knowledge file ${file}: ${problem}`);
    this.name = "KnowledgeFileError";
  }
}

/** Reads and validates one knowledge file; every problem names the file and the JSON path. */
export function readKnowledgeFile<T>(name: string, check: Check<T>, dir = KNOWLEDGE_DIR): T {
  const file = `${dir}${name}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new KnowledgeFileError(file, e instanceof Error ? e.message : String(e));
  }
  try {
    return check(json, "");
  } catch (e) {
    if (e instanceof KnowledgeShapeError) throw new KnowledgeFileError(file, e.message);
    throw e;
  }
}

function loadCountries(): Map<string, CountryInfo> {
  const rows = readKnowledgeFile("countries.json", COUNTRIES_FILE).countries;
  const all = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  const seen = new Map<string, number>();
  // Names shared by two countries ("Congo") identify neither.
  for (const names of Object.values(all)) for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  const result = new Map<string, CountryInfo>();
  for (const [iso2, names] of Object.entries(all)) {
    const row = rows[iso2];
    const official = names.filter((n) => !n.includes(",") && !n.includes("(") && seen.get(n) === 1);
    // Upper-case codes from the library ("US", "USA") are aliases, not names.
    const isAbbrev = (n: string) => /^[A-Z.]+$/.test(n);
    const name = row?.name ?? official[0] ?? names[0] ?? iso2;
    result.set(iso2, {
      iso2,
      name,
      ...(row?.wikidata ? { wikidataId: row.wikidata } : {}),
      names: [...new Set([name, ...official.filter((n) => !isAbbrev(n))])],
      aliases: [...new Set([...(row?.aliases ?? []), ...official.filter(isAbbrev)])],
      demonyms: row?.demonyms ?? [],
      ...(row?.capital ? { capital: row.capital } : {}),
      ...(row?.seats ? { seats: row.seats } : {}),
      ...(row?.sharedCapital ? { sharedCapital: true } : {}),
    });
  }
  return result;
}

/** An event type as written in events.json, before verb forms are inflected and lists defaulted. */
interface RawEventType extends Omit<EventType, "intent" | "verbs" | "nouns" | "heads" | "objects"> {
  intent?: { verbs: string[]; actions: string[]; objects: string[] };
  verbs?: string[];
  forms?: Record<string, string[]>;
  nouns?: string[];
  heads?: string[];
  objects?: string[] | "documents";
}

let cached: Knowledge | undefined;

/** An event type as the extractors use it: verbs inflected, optional flags only when set. */
function toEventType(t: RawEventType, documents: string[]): EventType {
  return {
    type: t.type,
    label: t.label,
    cameo: t.cameo,
    ...(t.plannedCameo ? { plannedCameo: t.plannedCameo } : {}),
    ...(t.jointCameo ? { jointCameo: t.jointCameo } : {}),
    ...(t.requiresAgent ? { requiresAgent: true } : {}),
    ...(t.minParticipants ? { minParticipants: t.minParticipants } : {}),
    ...(t.context ? { context: t.context } : {}),
    ...(t.objectOwner ? { objectOwner: t.objectOwner } : {}),
    ...(t.directObject ? { directObject: t.directObject } : {}),
    ...(t.venue ? { venue: t.venue } : {}),
    ...(t.relation ? { relation: t.relation } : {}),
    ...(t.intent
      ? {
          intent: {
            verbs: t.intent.verbs.flatMap((v) => inflect(v, t.forms?.[v])),
            actions: t.intent.actions,
            objects: t.intent.objects,
          },
        }
      : {}),
    ...(t.cooperative ? { cooperative: true } : {}),
    ...(t.complement ? { complement: t.complement } : {}),
    verbs: (t.verbs ?? []).map((lemma) => ({ lemma, forms: inflect(lemma, t.forms?.[lemma]) })),
    nouns: t.nouns ?? [],
    heads: t.heads ?? [],
    objects: t.objects === "documents" ? documents : (t.objects ?? []),
  };
}

export function loadKnowledge(): Knowledge {
  if (cached) return cached;
  const orgs = readKnowledgeFile("organisations.json", ORGANISATIONS_FILE);
  const roles = readKnowledgeFile("roles.json", ROLES_FILE);
  const speech = readKnowledgeFile("speech.json", SPEECH_FILE);
  const events = readKnowledgeFile("events.json", EVENTS_FILE);
  cached = {
    countries: loadCountries(),
    international: orgs.international,
    nationalKinds: orgs.national,
    governmentHeads: orgs.governmentHeads,
    nameHeads: orgs.nameHeads,
    armedGroupWords: orgs.armedGroupWords,
    roles: [...roles.roles].sort((a, b) => b.title.length - a.title.length),
    honorifics: roles.honorifics,
    speechVerbs: speech.verbs.map((v) => ({
      lemma: v.lemma,
      cameo: v.cameo,
      ...(v.stance ? { stance: v.stance } : {}),
      ...(v.quoteOnly ? { quoteOnly: true } : {}),
      forms: inflect(v.lemma, v.forms),
    })),
    clauseSpeechVerbs: (speech.clauseVerbs ?? []).map((v) => ({
      lemma: v.lemma,
      cameo: v.cameo,
      ...(v.stance ? { stance: v.stance } : {}),
      clauseOnly: true,
      forms: inflect(v.lemma, v.forms),
    })),
    speechFrames: speech.frames,
    criticismWords: speech.criticismWords ?? [],
    documents: events.documents,
    eventTypes: events.types.map((t) => toEventType(t, events.documents)),
    statusCues: events.statusCues,
    negation: events.negation ?? { types: [], cues: [] },
    eventReferences: events.references?.nouns ?? [],
    militaryWords: events.militaryWords,
    economicWords: events.economicWords,
    attackTargets: events.attackTargets,
    agentNouns: events.agentNouns ?? [],
  };
  return cached;
}
