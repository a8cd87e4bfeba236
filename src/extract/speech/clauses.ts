// Reading the reported clause around a speech verb: where it starts and ends, whom it threatens,
// which actors it is about, and the severity order of stances.

import { type EntityDoc, inQuote, mentionsIn } from "../doc.ts";
import type { SpeechVerb } from "../knowledge/knowledge.ts";
import { FINITE_VERB, MONTH_PATTERN, WEEKDAY_PATTERN, WS } from "../text/patterns.ts";
import type { Sentence } from "../types.ts";
import { afterHearer, hearerBeforeThat } from "./hearers.ts";
import { mentionsInSentence } from "./speakers.ts";

export const SEVERITY: Record<string, number> = { criticize: 2, accuse: 3, threaten: 4 };
export const THREAT_SEVERITY = 4;
/** CAMEO "threaten, not specified below" (PLOVER THREATEN). */
export const THREAT_CAMEO = "130";

/** Moves an end offset back over spaces, punctuation and a dangling conjunction ("… the border and"). */
export function trimBack(doc: EntityDoc, from: number, end: number): number {
  let e = end;
  while (e > from && /[\s.!?,;:\u00a0]/.test(doc.body[e - 1] ?? "")) e--;
  const conjunction = conjunctionAtEnd(doc.body, from, e);
  if (conjunction > 0) return trimBack(doc, from, e - conjunction);
  return e;
}

/**
 * Length of what /[\s\u00a0,]+(?:and|but|or)$/ matches in body[from, end): a closing "and", "but"
 * or "or" with the whole run of blanks and commas before it; 0 for none. Read from the end, not by
 * trying the regex at every position of the clause.
 */
function conjunctionAtEnd(body: string, from: number, end: number): number {
  const text = body.slice(Math.max(from, end - 3), end);
  const word = /(?:and|but)$/.test(text) ? 3 : text.endsWith("or") ? 2 : 0;
  if (word === 0 || end - word <= from) return 0;
  let p = end - word;
  while (p > from && CONJUNCTION_GAP.test(body[p - 1] ?? "")) p--;
  return p < end - word ? end - p : 0;
}
const CONJUNCTION_GAP = /[\s\u00a0,]/;

/** "… and accused", "… and also stated": a finite verb right after "and" has no subject of its own. */
export const COORDINATED_VERB = /\b(?:and|but)[\s\u00a0]+(?:(?:also|then|later)[\s\u00a0]+)*$/i;

/**
 * End of the reported clause: the sentence end, a semicolon or dash, or a comma opening a trailing
 * appositive or adverbial clause ("…, the latest blow to relations", "…, after talks failed"), or a
 * source frame ("…, according to state radio", "…, citing officials"), which is no part of the words.
 */
export function clauseEnd(doc: EntityDoc, s: Sentence, from: number): number {
  const rest = doc.body.slice(from, s.end);
  // Punctuation inside a quoted phrase does not end the clause that embeds it.
  const stops = rest.matchAll(
    /;|[\s\u00a0]+[—–][\s\u00a0]+|,[\s\u00a0]+(?:the|a|an|which|who|whose|while|as|after|before|when|although|though|according[\s\u00a0]+to|citing|quoting|with(?=[\s\u00a0][^,;:“”"]{2,80}?[\s\u00a0](?:saying|adding|warning|insisting|arguing|noting|telling|accusing|calling)\b))\b/g,
  );
  let skipTo = -1;
  for (const m of stops) {
    const i = m.index ?? 0;
    if (i < skipTo || inQuote(doc, from + i)) continue;
    const close =
      parentheticalAfterSubject(rest, i) ?? relativeBeforeCoordinate(rest, i) ?? describesNoun(rest, i);
    if (close === undefined) return trimBack(doc, from, from + i);
    skipTo = close;
  }
  return trimBack(doc, from, s.end);
}

/** A short subject with a capitalised name in apposition ("the diplomat, Dragan Mitrović"). */
const NAMED_SUBJECT = /^[^,;:“”"]+,[\s\u00a0]+\p{Lu}[\p{L}.’'-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.’'-]*){0,3}$/u;

/** A finite verb or auxiliary that can follow a subject: "had", "would", "broke", "tested". */
const FINITE_AFTER_SUBJECT = new RegExp(`^${WS}*${FINITE_VERB}\\b`, "u");

/**
 * "said the diplomat, a consul in Toronto, had been expelled", "said the rule, which takes effect in
 * May, broke promises", "said the members — A, B and C — would share": a comma or dash right after
 * a short subject opens a parenthetical when it closes with the same mark and a finite verb follows,
 * so it does not end the reported clause. Returns where the parenthetical closes, else undefined.
 */
function parentheticalAfterSubject(rest: string, at: number): number | undefined {
  const subject = rest.slice(0, at);
  const words = subject.split(/[\s\u00a0]+/).filter(Boolean);
  // "the diplomat, Dragan Mitrović, a first secretary …, had met": a name in apposition may sit inside.
  const named = NAMED_SUBJECT.test(subject);
  if (words.length > 6 || (/[,;:“”"]/.test(subject) && !named)) return undefined;
  if (FINITE_AFTER_SUBJECT.test(` ${words[words.length - 1] ?? ""}`)) return undefined;
  const dash = /^[\s\u00a0]+[—–]/.test(rest.slice(at));
  const open = at + (dash ? rest.slice(at).search(/[—–]/) + 1 : 1);
  const close = rest.slice(open).search(dash ? /[\s\u00a0]+[—–][\s\u00a0]+/ : /,/);
  if (close < 0 || close > 160) return undefined;
  const after = rest.slice(open + close).replace(dash ? /^[\s\u00a0]+[—–]/ : /^,/, "");
  return FINITE_AFTER_SUBJECT.test(after) ? open + close + 1 : undefined;
}

/**
 * "said Thailand preferred the commission, which meets in July, and did not recognise the court": a
 * relative clause closed by a comma before "and"/"but" and a verb is inside the reported clause, whose
 * second predicate follows. Returns where the relative closes, else undefined.
 */
function relativeBeforeCoordinate(rest: string, at: number): number | undefined {
  if (!/^,[\s\u00a0]+(?:which|who|whose)\b/.test(rest.slice(at))) return undefined;
  const close = rest.slice(at + 1).search(/,/);
  if (close < 0 || close > 160) return undefined;
  const after = rest.slice(at + 1 + close + 1);
  return COORDINATED_PREDICATE.test(after) ? at + 1 + close + 1 : undefined;
}

/** What opens a description of the noun before the comma: a relative pronoun or an article. */
const DESCRIPTION_OPEN =
  /^,[\s\u00a0]+(?:(which|who|whose|as|while|when|after|before|although|though)|(?:a|an|the)[\s\u00a0]+(\p{L}+))\b/u;
/**
 * Heads of an appositive that comments on the whole clause or carries another voice, not on the noun
 * before it: "…, a move that angered …", "…, the latest setback", "…, a charge Kabul denies".
 */
const CLAUSE_COMMENT_HEAD =
  /^(?:first|second|third|fourth|fifth|last|latest|move|step|charge|claim|allegation|accusation|assertion|position|view|rare|setback|blow|sign|signal|decision|development|escalation|reversal|reference|apparent|clear|further|new|major|significant)$/i;
/** A reporting verb in the words after the comma: "…, a ministry spokesman, X, said", "…, which Y denies". */
const REPORTING_AFTER =
  /\b(?:said|says|told|tells|added|adds|stated|announced|reported|wrote|confirmed|denied|denies|disputes|disputed|rejects|rejected|insists|insisted|argued|argues|claimed|claims|warned|warns|accused|accuses|condemned|according[\s\u00a0]+to)\b/i;
/** Where the next clause stop (or the sentence) begins after the comma at `at`. */
const NEXT_BREAK =
  /;|[\s\u00a0]+[—–][\s\u00a0]+|,[\s\u00a0]+(?:the|a|an|which|who|whose|while|as|after|before|when|although|though|according|citing|quoting|saying|adding)\b/g;

/**
 * "said the rebels were loyal to the group, which has been active in the area for years", "said the
 * cargo belonged to Los Lobos, a gang that …": a relative clause, or an appositive after a name, that
 * describes the noun before the comma belongs to the reported words (the corpus keeps it), unless it
 * comments on the whole clause ("…, a move that …", "…, the latest blow") or holds a reporting verb of
 * its own ("…, which Moscow denies", "…, a police spokesman said"). Returns where it ends, else undefined.
 */
function describesNoun(rest: string, at: number): number | undefined {
  const open = DESCRIPTION_OPEN.exec(rest.slice(at));
  if (!open) return undefined;
  if (open[2] !== undefined) {
    // An appositive describes a name (or an acronym in brackets) right before the comma.
    if (!/(?:^|[\s\u00a0(])\p{Lu}[\p{L}\d.’'-]*\)?$/u.test(rest.slice(0, at))) return undefined;
    if (CLAUSE_COMMENT_HEAD.test(open[2])) return undefined;
  }
  NEXT_BREAK.lastIndex = at + 1;
  const next = NEXT_BREAK.exec(rest);
  const end = next ? next.index : rest.length;
  const words = rest
    .slice(at + 1, end)
    .trim()
    .split(/[\s\u00a0]+/);
  // "said nothing, as usual": a two-word comment is no clause of the speaker's.
  if (open[1] !== undefined && words.length < 3) return undefined;
  if (REPORTING_AFTER.test(rest.slice(at, end))) return undefined;
  return at + 1;
}

/** "and did not …", "but would …": a second predicate of the same subject. */
const COORDINATED_PREDICATE = new RegExp(
  `^${WS}+(?:and|but)${WS}+(?:(?:also|then|not)${WS}+)?${FINITE_VERB}\\b`,
  "u",
);

/**
 * "said in a statement carried by the state news agency APS that …", "said in a report released on
 * Tuesday that …": a long adverbial before "that".
 */
const CARRIED_STATEMENT = new RegExp(
  `^${WS}+in${WS}+(?:a|an|its|their)${WS}+(?:(?:joint|written|new|annual|preliminary|final|technical)${WS}+)?(?:statement|report|letter|note|communiqu[eé]|notice|bulletin|assessment)${WS}+(?:carried|issued|published|posted|released|sent|delivered)${WS}+(?:by|on|to|late${WS}+on|early${WS}+on)${WS}+[^,.;“”"]{1,80}?${WS}+that${WS}+`,
  "u",
);

/** "on Monday", "late on Friday", "Thursday evening", "earlier this week", "last week" right after a verb. */
const TIME_AFTER_VERB = new RegExp(
  `^${WS}+(?:(?:(?:late|early)${WS}+)?(?:on${WS}+)?${WEEKDAY_PATTERN}(?:${WS}+(?:morning|afternoon|evening|night))?` +
    `|(?:earlier|later)${WS}+(?:this|last)${WS}+(?:week|month)|last${WS}+(?:week|month|night)` +
    `|on${WS}+${MONTH_PATTERN}${WS}+\\d{1,2})${WS}+`,
  "u",
);
/** What a reported clause can open with after a time adverbial: a pronoun, determiner or name. */
const CLAUSE_SUBJECT_START =
  /^(?:(?:it|its|they|their|he|she|the|a|an|this|there|both|all|no|some)\b|\p{Lu}|\d[\d,.]*[\s\u00a0]+\p{L})/u;

/** A finite verb among the words skipped before "that". */
const SKIPPED_FINITE = new RegExp(`${WS}${FINITE_VERB}${WS}`, "u");

// The regexes of complementStart, compiled once (they were built on every call).
const HEARER_OBJECT = new RegExp(
  `^${WS}+(?:the${WS}+)?\\p{L}+(?=${WS}+(?:the|a|an|its|their|his|her|it|they|he|she|\\p{Lu}))`,
  "u",
);
const THAT_AFTER_VERB = new RegExp(
  `^(?:(?:${WS}+[^,.;“”"]{0,40}?)?${WS}+|(?:${WS}+[^,.;“”"]{1,30}?)?,${WS}*[^,.;“”"]{1,40},${WS}*)that${WS}+`,
  "u",
);
/** "carried by", "a televised": "-ed" forms that are no finite verb in the words before "that". */
const ED_ADJECTIVE = /\b\p{Ll}+ed[\s\u00a0]+by\b|\b(?:a|an|the)[\s\u00a0]+\p{Ll}+ed\b/giu;
/** A clause opens with a word, a quotation or a figure ("said 22 people were missing"). */
const PLAIN_GAP = new RegExp(`^${WS}+(?=[\\p{L}“"]|\\d[\\d,.]*${WS}+\\p{L})`, "u");
const ABOUT_NUMBER = new RegExp(`^${WS}+about${WS}+\\d`, "i");

/** Start of the complement after a reporting verb: skips "that", "to", an indirect object, "it". */
export function complementStart(
  doc: EntityDoc,
  s: Sentence,
  verbEnd: number,
  /** "told reporters the plan …": the verb takes a one-word hearer before its clause. */
  hearer = false,
): number | undefined {
  if (hearer) {
    // "told state television the closure …", "told Reuters by telephone, “…”": a hearer is no clause.
    const after = afterHearer(doc.body.slice(verbEnd, s.end));
    if (after === null) return undefined;
    if (after !== undefined) return complementStart(doc, s, verbEnd + after);
    const that = hearerBeforeThat(doc.body.slice(verbEnd, s.end));
    if (that !== undefined) return complementStart(doc, s, verbEnd + that);
    const object = HEARER_OBJECT.exec(doc.body.slice(verbEnd, s.end));
    if (object) return complementStart(doc, s, verbEnd + object[0].length);
  }
  // "said on Monday it had …", "said Friday the talks …": a time adverbial before the clause.
  const when = TIME_AFTER_VERB.exec(doc.body.slice(verbEnd, s.end));
  if (when && CLAUSE_SUBJECT_START.test(doc.body.slice(verbEnd + when[0].length, s.end)))
    return verbEnd + when[0].length;
  const rest = doc.body.slice(verbEnd, s.end);
  // "acknowledged, however, that …", "said, in a statement, that …", "warned on Monday, before the
  // vote, that …": a parenthetical between commas, maybe after a time adverbial.
  const that = THAT_AFTER_VERB.exec(rest);
  // "said in a statement that …" skips an adverbial; "said the members had agreed that …" is a clause.
  // A statement "carried by"/"issued by" an outlet is an adverbial too: "-ed by" is no finite verb,
  // nor is an "-ed" adjective after an article ("in a televised address that …").
  if (that && !SKIPPED_FINITE.test(that[0].replace(ED_ADJECTIVE, ""))) return verbEnd + that[0].length;
  const carried = CARRIED_STATEMENT.exec(rest);
  if (carried) return verbEnd + carried[0].length;
  const plain = PLAIN_GAP.exec(rest);
  if (!plain) return undefined;
  const next = /^\S+/.exec(rest.slice(plain[0].length))?.[0] ?? "";
  // "said on Tuesday", "said in a statement" are not clauses; "claimed Chile was …" is.
  // "said about 4,000 people …": "about" before a number is an approximation, not a preposition.
  const approximate = /^about$/i.test(next) && ABOUT_NUMBER.test(rest);
  if (!approximate && /^(?:on|in|at|during|after|before|to|by|with|for|of|from|as|about)$/i.test(next)) {
    const venue = clauseAfterVenue(rest);
    return venue === undefined ? undefined : verbEnd + venue;
  }
  return verbEnd + plain[0].length;
}

/** A word that opens a clause after a venue: a pronoun, determiner or capitalised name. */
const VENUE_CLAUSE_WORD =
  /^(?:it|its|they|their|he|she|we|his|her|our|the|a|an|this|these|those|there|both|all|no|some|several|many|\p{Lu}[\p{L}’'.-]*)$/u;
/** Words after which a noun phrase goes on (so no clause opens there). */
const PHRASE_GOES_ON =
  /^(?:of|for|in|on|at|to|from|with|by|after|before|during|since|until|over|about|under|into|near|along|across|against|between|among|through|throughout|inside|outside|within|around|behind|beyond|towards?|off|without|and|or|but|whether|if|a|an|the|its|his|her|their|this)$/i;

/**
 * "said in a statement the border would stay shut", "wrote on social media Peru had …", "said on
 * Tuesday in Lima the talks had failed": one or more prepositional adverbials (where or how it was
 * said) and then a clause with no "that". The clause opens at the last pronoun, determiner or name
 * before its first finite verb (within six words) that does not continue a phrase; the skipped words
 * hold no punctuation, no "that" and no finite verb. Returns the clause's offset in `rest`.
 */
function clauseAfterVenue(rest: string): number | undefined {
  // "vowed to block …" is an infinitive, no venue; "asked by reporters whether …" no statement.
  if (/^[\s\u00a0]+(?:to|by|of|for|with|as|about)[\s\u00a0]/i.test(rest)) return undefined;
  const head = /^[^,.;:!?“”"()—–]{0,120}/.exec(rest)?.[0] ?? "";
  const words = [...head.matchAll(/[^\s\u00a0]+/g)];
  const verb = words.findIndex((w, i) => i > 1 && FINITE_WORD.test(w[0]) && !/^[\p{Lu}]/u.test(w[0]));
  if (verb < 0) return undefined;
  for (let i = verb - 1; i >= Math.max(2, verb - 6); i--) {
    const w = words[i];
    if (!w || !VENUE_CLAUSE_WORD.test(w[0]) || PHRASE_GOES_ON.test(words[i - 1]?.[0] ?? "")) continue;
    const skipped = head.slice(0, w.index);
    // "… their frontiers and are building": a coordinated predicate, no clause of its own.
    if (/\b(?:and|or|but)\b/i.test(head.slice(w.index, words[verb]?.index))) return undefined;
    if (
      /\b(?:that|whether|if|how|why|what|who|when)\b/i.test(skipped) ||
      SKIPPED_FINITE.test(` ${skipped.replace(ED_ADJECTIVE, "")} `)
    )
      return undefined;
    return w.index;
  }
  return undefined;
}
const FINITE_WORD = new RegExp(`^${FINITE_VERB}$`, "u");

/** "was a warning to X", "warned X", "threatened X" inside a reported clause (outside quotation marks). */
const THREAT_IN_CLAUSE =
  /\b(?:(?:a|an|the|stern|strong|clear|final)[\s\u00a0]+warnings?[\s\u00a0]+(?:to|for|against)|warned|threatened|threatening)[\s\u00a0]+/giu;

/**
 * The actor a reported clause threatens: the first actor (not the speaker, outside quotation marks)
 * after a warning/threat word in the clause ("the launch was a warning to “…” of the United States").
 */
export function threatTarget(
  doc: EntityDoc,
  s: Sentence,
  from: number,
  to: number,
  speakerId: string,
): string | undefined {
  for (const m of doc.body.slice(from, to).matchAll(THREAT_IN_CLAUSE)) {
    const at = from + (m.index ?? 0);
    if (inQuote(doc, at)) continue;
    const target = mentionsInSentence(doc, s).find(
      (x) => x.start >= at + m[0].length && x.end <= to && x.actorId !== speakerId && !inQuote(doc, x.start),
    );
    if (target) return target.actorId;
  }
  return undefined;
}

export function pickStronger(a: SpeechVerb, b: SpeechVerb): SpeechVerb {
  return (SEVERITY[b.stance ?? ""] ?? 0) > (SEVERITY[a.stance ?? ""] ?? 0) ? b : a;
}

/** Actors a statement is about: those named in its text plus targets, minus the speaker. */
export function aboutOf(
  doc: EntityDoc,
  s: Sentence,
  from: number,
  to: number,
  speakerId: string,
  extra: string[],
): string[] {
  const ids = [...extra, ...mentionsIn(doc, from, to).map((m) => m.actorId)];
  return [...new Set(ids)].filter((id) => id !== speakerId && doc.actors.has(id) && s.start <= to);
}

/** "… that it should …" → the latest state/organisation before the pronoun (not the speaker). */
export function pronounSubject(
  doc: EntityDoc,
  s: Sentence,
  from: number,
  to: number,
  speakerId: string,
): string | undefined {
  if (!/\bthat[\s\u00a0]+(?:it|they)\b/i.test(doc.body.slice(from, to))) return undefined;
  const prior = mentionsInSentence(doc, s).filter(
    (m) =>
      m.end <= from && m.actorId !== speakerId && !m.actorId.startsWith("person:") && !inQuote(doc, m.start),
  );
  return prior[prior.length - 1]?.actorId;
}

/**
 * The text from `from` to a verb at `to` is that verb's subject inside a reported clause ("said [the
 * United States] welcomed …", "said that [the bloc’s members] had agreed …"): a few words with no
 * punctuation or coordination. A person named there speaks for themself ("reported that Ruiz
 * described …"), so is never embedded.
 */
export function embeddedSubject(doc: EntityDoc, from: number, to: number): boolean {
  const subject = doc.body.slice(from, to).replace(/^[\s\u00a0]*that[\s\u00a0]+/i, "");
  const words = subject
    .trim()
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  if (
    words.length < 1 ||
    words.length > 8 ||
    /[,;:“”"]|\b(?:and|but|or|while|that|which|who)\b/i.test(subject)
  )
    return false;
  // "protested to Togo over a raid …": a prepositional phrase is no subject.
  if (/^(?:to|over|about|on|in|at|for|with|against|from|by|after|before)$/i.test(words[0] ?? ""))
    return false;
  // A role ("the ambassador had assured …") or a pronoun ("his patrols had warned …") only refers back
  // to someone: the outer speaker reports it. In a free relative ("to explain what he called …") the
  // pronoun is the one addressed, who speaks for themself.
  const free = /^what$/i.test(words[0] ?? "");
  return !mentionsIn(doc, from, to).some(
    (m) => m.actorId.startsWith("person:") && (free || NAMING.has(m.kind)),
  );
}

/** Mention kinds that name their actor (not a role, pronoun or possessive that refers back). */
const NAMING = new Set(["name", "alias", "short-name"]);

/**
 * "said it had sent two envoys and had asked …": a second predicate of the reported clause, joined by
 * "and" with an auxiliary of its own and no subject, shares the clause's subject; it is part of what
 * was said, not a new speech act of the speaker (who would say "and asked").
 */
const AUXILIARY_PREDICATE =
  /^[^;:“”"]*[\s\u00a0]and[\s\u00a0]+(?:had|has|have|would|will|was|were|is|are)[\s\u00a0]+(?:(?:also|already|since|later|then)[\s\u00a0]+)?$/u;

/**
 * "said it would file a complaint over what it called “…”", "said that X had protested over what it
 * described as …": a naming verb in a free relative ("what it called") whose pronoun subject is the
 * speaker of the finite clause around it; what it names is part of that clause. The clause must
 * hold a verb of its own before "what" ("rejected what it called “…”" names the object alone).
 */
const FREE_RELATIVE_NAMING = new RegExp(
  `^[^;:“”"]*${WS}${FINITE_VERB}${WS}[^;:“”"]*\\bwhat${WS}+(?:it|he|she|they)${WS}+$`,
  "u",
);

export function freeRelativeNaming(
  doc: EntityDoc,
  outerStart: number,
  outerEnd: number,
  at: number,
): boolean {
  // An infinitive ("urged Y to explain what he called …") has its own subject, the one urged.
  if (/\bto[\s\u00a0]+$/.test(doc.body.slice(Math.max(0, outerStart - 4), outerStart))) return false;
  return FREE_RELATIVE_NAMING.test(doc.body.slice(outerEnd, at));
}

/** A reporting verb at `to` inside the clause opening at `from`: after its own short subject, or as a second predicate. */
export function innerSpeechAct(doc: EntityDoc, from: number, to: number): boolean {
  return embeddedSubject(doc, from, to) || AUXILIARY_PREDICATE.test(doc.body.slice(from, to));
}
