// The finite forms of the verbs wire copy uses for a public stance against another party, grouped by
// the relation they state (CAMEO 111 criticise/denounce, 112 accuse, 114 complain, 13x threaten).
// Written out in full (no suffix rules) so that every inflection is visible and greppable.
import type { RelationKind } from "../types.ts";

export type StanceKind = Extract<RelationKind, "ACCUSES" | "THREATENS" | "CRITICIZES">;

/** Lemma → its third-person and past forms (the past form doubles as the participle). */
const CRITICISE: Record<string, string[]> = {
  criticise: ["criticises", "criticised"],
  criticize: ["criticizes", "criticized"],
  condemn: ["condemns", "condemned"],
  denounce: ["denounces", "denounced"],
  slam: ["slams", "slammed"],
  lambast: ["lambasts", "lambastes", "lambasted"],
  rebuke: ["rebukes", "rebuked"],
  decry: ["decries", "decried"],
  censure: ["censures", "censured"],
  castigate: ["castigates", "castigated"],
  chastise: ["chastises", "chastised", "chastizes", "chastized"],
  deplore: ["deplores", "deplored"],
  berate: ["berates", "berated"],
  chide: ["chides", "chided"],
  scold: ["scolds", "scolded"],
  reprimand: ["reprimands", "reprimanded"],
  excoriate: ["excoriates", "excoriated"],
  assail: ["assails", "assailed"],
  blast: ["blasts", "blasted"],
  fault: ["faults", "faulted"],
  upbraid: ["upbraids", "upbraided"],
  reproach: ["reproaches", "reproached"],
  admonish: ["admonishes", "admonished"],
  vilify: ["vilifies", "vilified"],
  deride: ["derides", "derided"],
  ridicule: ["ridicules", "ridiculed"],
  disparage: ["disparages", "disparaged"],
  savage: ["savages", "savaged"],
  denigrate: ["denigrates", "denigrated"],
  protest: ["protests", "protested"],
  pillory: ["pillories", "pilloried"],
  demonise: ["demonises", "demonised"],
  demonize: ["demonizes", "demonized"],
  lampoon: ["lampoons", "lampooned"],
  mock: ["mocks", "mocked"],
  scorn: ["scorns", "scorned"],
  malign: ["maligns", "maligned"],
  defame: ["defames", "defamed"],
  reprove: ["reproves", "reproved"],
  impugn: ["impugns", "impugned"],
};

const ACCUSE: Record<string, string[]> = {
  accuse: ["accuses", "accused"],
  blame: ["blames", "blamed"],
  implicate: ["implicates", "implicated"],
};

const THREATEN: Record<string, string[]> = {
  threaten: ["threatens", "threatened"],
  menace: ["menaces", "menaced"],
};

/** The "-ing" form of a lemma ("criticising", "slamming", "decrying"). */
function ingOf(lemma: string): string {
  if (lemma === "slam") return "slamming";
  return /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
}

/** Every "-ing" stance form ("…, castigating Bolivia for …") → the relation it states. */
export const STANCE_PARTICIPLES_ING: ReadonlyMap<string, StanceKind> = new Map([
  ...Object.keys(CRITICISE).map((l): [string, StanceKind] => [ingOf(l), "CRITICIZES"]),
  ...Object.keys(ACCUSE).map((l): [string, StanceKind] => [ingOf(l), "ACCUSES"]),
  ...Object.keys(THREATEN).map((l): [string, StanceKind] => [ingOf(l), "THREATENS"]),
]);

/** Every lemma ("accuse", "castigate") → the relation it states, for "continued to accuse X". */
export const STANCE_LEMMAS: ReadonlyMap<string, StanceKind> = new Map([
  ...Object.keys(CRITICISE).map((l): [string, StanceKind] => [l, "CRITICIZES"]),
  ...Object.keys(ACCUSE).map((l): [string, StanceKind] => [l, "ACCUSES"]),
  ...Object.keys(THREATEN).map((l): [string, StanceKind] => [l, "THREATENS"]),
]);

/** Phrasal stances whose object follows a preposition ("hit out at X", "rounded on X"). */
const PHRASAL: Record<string, StanceKind> = {
  "hit out at": "CRITICIZES",
  "hits out at": "CRITICIZES",
  "lashed out at": "CRITICIZES",
  "lashes out at": "CRITICIZES",
  "took aim at": "CRITICIZES",
  "takes aim at": "CRITICIZES",
  "rounded on": "CRITICIZES",
  "rounds on": "CRITICIZES",
  "protested to": "CRITICIZES",
  "protested against": "CRITICIZES",
  "complained to": "CRITICIZES",
  "complained about": "CRITICIZES",
  "hit back at": "CRITICIZES",
  "hits back at": "CRITICIZES",
  "fired back at": "CRITICIZES",
  "fires back at": "CRITICIZES",
  "took a swipe at": "CRITICIZES",
  "takes a swipe at": "CRITICIZES",
  "railed against": "CRITICIZES",
  "rails against": "CRITICIZES",
  "spoke out against": "CRITICIZES",
  "speaks out against": "CRITICIZES",
  "complained of": "CRITICIZES",
  "pointed the finger at": "ACCUSES",
  "points the finger at": "ACCUSES",
  "pointed fingers at": "ACCUSES",
  "pointed a finger at": "ACCUSES",
  "pinned the blame on": "ACCUSES",
  "pins the blame on": "ACCUSES",
  "laid the blame on": "ACCUSES",
  "lays the blame on": "ACCUSES",
  "threatened sanctions against": "THREATENS",
  "threatens sanctions against": "THREATENS",
  "threatened action against": "THREATENS",
  "threatens action against": "THREATENS",
  "threatened to retaliate against": "THREATENS",
  "threatens to retaliate against": "THREATENS",
  "issued an ultimatum to": "THREATENS",
  "vowed to retaliate against": "THREATENS",
  "vows to retaliate against": "THREATENS",
  "vowed retaliation against": "THREATENS",
  "vowed revenge on": "THREATENS",
  "vowed to hit back at": "THREATENS",
  "vows to hit back at": "THREATENS",
  "vowed to strike back at": "THREATENS",
  "threatened retaliation against": "THREATENS",
  "vowed to punish": "THREATENS",
  "vows to punish": "THREATENS",
  "vowed reprisals against": "THREATENS",
  "vows reprisals against": "THREATENS",
  "threatened reprisals against": "THREATENS",
  "threatens reprisals against": "THREATENS",
  "warned of retaliation against": "THREATENS",
  "warns of retaliation against": "THREATENS",
  "warned of reprisals against": "THREATENS",
  "warns of reprisals against": "THREATENS",
  "threatens retaliation against": "THREATENS",
  "objected to": "CRITICIZES",
  "objects to": "CRITICIZES",
  "took issue with": "CRITICIZES",
  "takes issue with": "CRITICIZES",
  "took exception to": "CRITICIZES",
  "takes exception to": "CRITICIZES",
  "poured scorn on": "CRITICIZES",
  "pours scorn on": "CRITICIZES",
  "heaped scorn on": "CRITICIZES",
  "heaps scorn on": "CRITICIZES",
  "heaped criticism on": "CRITICIZES",
  "heaps criticism on": "CRITICIZES",
  "railed at": "CRITICIZES",
  "rails at": "CRITICIZES",
  "lashed out against": "CRITICIZES",
  "lashes out against": "CRITICIZES",
  "hit out against": "CRITICIZES",
  "hits out against": "CRITICIZES",
  "placed the blame on": "ACCUSES",
  "places the blame on": "ACCUSES",
  "put the blame on": "ACCUSES",
  "puts the blame on": "ACCUSES",
  "laid the blame at the door of": "ACCUSES",
  "lays the blame at the door of": "ACCUSES",
  "shifted the blame onto": "ACCUSES",
  "shifts the blame onto": "ACCUSES",
  "pinned responsibility on": "ACCUSES",
  "pins responsibility on": "ACCUSES",
  ...promisedRetaliation(),
};

/**
 * Retaliation promised against a party, every verb of promising with every noun of retaliation:
 * "vowed countermeasures against X", "promised a tough response to X", "warned of reprisals against X".
 */
function promisedRetaliation(): Record<string, StanceKind> {
  const verbs = ["vowed", "vows", "promised", "promises", "threatened", "threatens", "warned of", "warns of"];
  const nouns = [
    "retaliation",
    "reprisals",
    "countermeasures",
    "counter-measures",
    "retaliatory measures",
    "reciprocal measures",
    "consequences",
    "punishment",
    "revenge",
    "a tough response",
    "a firm response",
    "a decisive response",
    "a strong response",
  ];
  const out: Record<string, StanceKind> = {};
  for (const v of verbs)
    for (const n of nouns)
      for (const p of ["against", "on", "to"]) {
        if (p === "to" && !n.includes("response")) continue;
        out[`${v} ${n} ${p}`] = "THREATENS";
      }
  return out;
}

function formsOf(table: Record<string, string[]>, kind: StanceKind): [string, StanceKind][] {
  return Object.values(table).flatMap((forms) => forms.map((f): [string, StanceKind] => [f, kind]));
}

/** Every finite stance form (lower case, single spaces) → the relation it states. */
export const STANCE_FORMS: ReadonlyMap<string, StanceKind> = new Map([
  ...formsOf(CRITICISE, "CRITICIZES"),
  ...formsOf(ACCUSE, "ACCUSES"),
  ...formsOf(THREATEN, "THREATENS"),
  ...Object.entries(PHRASAL),
]);

const W = "[\\s\\u00a0]";
/** "… responsible (for)": holding a party responsible is blaming it. */
const RESPONSIBLE = new RegExp(
  `^${W}+(?:(?:fully|directly|personally|partly|solely|ultimately)${W}+)?(?:responsible|accountable|liable)\\b`,
  "u",
);
/** "… of serious consequences", "… that it would face retaliation": a warning that is a threat. */
const CONSEQUENCES = new RegExp(
  `^${W}+(?:of|that[^.;]{0,60}(?:would|will)${W}+(?:face|suffer|bear))${W}+[“"‘]?` +
    `(?:(?:serious|grave|severe|dire|unspecified|unpredictable|harsh|swift|decisive|appropriate|military|retaliatory|firm|strong)${W}+)*` +
    `(?:consequences|retaliation|reprisals?|countermeasures|an?${W}+(?:\\p{Ll}+${W}+)?response)\\b`,
  "u",
);

/**
 * Verbs that state a stance only with a tail after their object: "held Bolivia responsible for …"
 * accuses; "warned Bolivia of serious consequences" threatens (a plain warning does not).
 */
export const TAILED_FORMS: ReadonlyMap<string, { kind: StanceKind; tail: RegExp }> = new Map([
  ["holds", { kind: "ACCUSES", tail: RESPONSIBLE }],
  ["held", { kind: "ACCUSES", tail: RESPONSIBLE }],
  ["warns", { kind: "THREATENS", tail: CONSEQUENCES }],
  ["warned", { kind: "THREATENS", tail: CONSEQUENCES }],
]);

/** The past participles, for passives ("was castigated by"). */
export const STANCE_PARTICIPLES: ReadonlyMap<string, StanceKind> = new Map(
  [...STANCE_FORMS].filter(([form]) => form.endsWith("ed") && !form.includes(" ")),
);

/** Stance nouns ("X’s condemnation of Y", "an accusation by X against Y") → the relation. */
export const STANCE_NOUNS: ReadonlyMap<string, StanceKind> = new Map([
  ...[
    "condemnation",
    "condemnations",
    "criticism",
    "criticisms",
    "denunciation",
    "denunciations",
    "rebuke",
    "rebukes",
    "censure",
    "protest",
    "protests",
    "complaint",
    "complaints",
    "tirade",
    "broadside",
    "broadsides",
  ].map((n): [string, StanceKind] => [n, "CRITICIZES"]),
  ...["accusation", "accusations", "allegation", "allegations", "charge", "charges"].map(
    (n): [string, StanceKind] => [n, "ACCUSES"],
  ),
  ...["threat", "threats", "ultimatum", "ultimatums"].map((n): [string, StanceKind] => [n, "THREATENS"]),
]);

/** A case-insensitive alternation of phrases, longest first, words joined by any white space. */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(" ").join("[\\s\\u00a0]+"))
    .join("|");
}
