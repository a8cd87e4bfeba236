// Sources that speak for no side (guide: "people familiar with the talks", "analysts", "diplomats",
// "experts", "residents" give no statement). The subject phrase right before the reporting verb is
// read as a whole: a clause opening, maybe a count or article, up to two modifiers, a head noun
// naming private people or outside observers, maybe where they are ("in <place>", "familiar with
// <matter>") and an aside (", who asked not to be named,"). Private people never speak for a state,
// whatever their nationality ("Afghan traders said"); diplomats and observers do when a modifier
// names their side ("two Ruritanian diplomats said"), not when they are only placed somewhere
// ("diplomats in <capital> said", "a Western diplomat said").
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { Sentence } from "../types.ts";
import { clauseEnd } from "./clauses.ts";
import type { VerbCue } from "./verb-cues.ts";

/** People who hold no office: whatever their nationality, they are no side's voice. */
const PRIVATE =
  "traders?|fishermen|farmers?|residents?|villagers?|witness(?:es)?|analysts?|experts?|activists?|herders?|exporters?|importers?|merchants?|businessm[ae]n|businesspeople|truckers?|lorry[\\s\\u00a0]+drivers?|drivers?|families|relatives|students?|protesters?|workers?|doctors?|commentators?|academics?|researchers?|shopkeepers?|vendors?|refugees?|migrants?|locals|passengers?|survivors?|eyewitness(?:es)?";

/** Outside observers: no side's voice unless a modifier names their side. */
const OBSERVERS = "diplomats?|observers?|people|persons?|sources?";

/** Where or of what the source is ("in the region", "familiar with the talks"). */
const PLACED =
  '(?:[\\s\\u00a0]+(?:in|at|from|near|across|along|around|based[\\s\\u00a0]+in|familiar[\\s\\u00a0]+with|close[\\s\\u00a0]+to|briefed[\\s\\u00a0]+on|with[\\s\\u00a0]+knowledge[\\s\\u00a0]+of)[\\s\\u00a0]+[^,;:“”"]{1,80}?)?';

/**
 * The subject phrase (group 1: its modifiers, group 2: its head, group 3: its place) at the end of
 * the text before the verb. "Sources" and "people" count only when placed ("sources familiar with",
 * "people close to"), as bare "sources" are officials in the guide.
 */
const NON_SIDE_SUBJECT = new RegExp(
  `(?:^|[,;:—–][\\s\\u00a0]+|\\b(?:and|but|while)[\\s\\u00a0]+)(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Tt]he)[\\s\\u00a0]+)?((?:[\\p{L}’'-]+[\\s\\u00a0]+){0,2}?)(${PRIVATE}|${OBSERVERS})(${PLACED})(?:,[^,;“”"]{1,120},)?[\\s\\u00a0]+(?:(?:also|later|privately|have|had|has)[\\s\\u00a0]+)?$`,
  "iu",
);

const HEAD_HINT =
  /trader|fisherm|farmer|resident|villager|witness|analyst|expert|activist|herder|porter|merchant|business|trucker|driver|famil|relative|student|protester|worker|doctor|commentator|academic|researcher|shopkeeper|vendor|refugee|migrant|local|passenger|survivor|diplomat|observer|people|person|source/i;
const PRIVATE_HEAD = new RegExp(`^(?:${PRIVATE})$`, "u");
const PLACED_ONLY = /^(?:sources?|people|persons?)$/u;
/** Words that make the phrase an office holder's, not an outsider's ("embassy sources"). */
const OFFICIAL_WORD =
  /\b(?:government|ministry|military|security|army|police|embassy|official|intelligence|diplomatic|palace|presidential|state)\b/iu;

/**
 * The subject right before the verb (the text `before`, from the sentence start) when it is a
 * source of no side, as its modifiers: the verb then has no speaker.
 */
function nonSideModifiers(doc: EntityDoc, s: Sentence, before: string): string | undefined {
  // A plain substring test first: most clauses name no such source and skip the regex scan.
  if (!HEAD_HINT.test(before)) return undefined;
  const m = NON_SIDE_SUBJECT.exec(before);
  const [, modifiers = "", head = "", placed = ""] = m ?? [];
  if (!m || OFFICIAL_WORD.test(modifiers)) return undefined;
  const lower = head.toLowerCase();
  if (PRIVATE_HEAD.test(lower)) return modifiers;
  if (PLACED_ONLY.test(lower) && placed === "") return undefined;
  // "Two Ruritanian diplomats said": a modifier naming a side makes them its officials.
  const from = s.start + m.index + m[0].indexOf(modifiers);
  return mentionsIn(doc, from, from + modifiers.length).length === 0 ? modifiers : undefined;
}

/** True when the subject right before the verb is a source of no side ("diplomats in <capital>"). */
export function nonSideSubject(doc: EntityDoc, s: Sentence, before: string): boolean {
  return nonSideModifiers(doc, s, before) !== undefined;
}

/**
 * "Diplomats in <capital> said both governments had signalled that …": speech reported by a source of
 * no side is no side's statement either, so the verbs of its reported clause are used up with it.
 */
export function muteReportedBy(doc: EntityDoc, s: Sentence, cues: readonly VerbCue[], cue: VerbCue): void {
  const modifiers = nonSideModifiers(doc, s, doc.body.slice(s.start, cue.start));
  // ", whose own observers reported …, urged": a relative clause ends before its noun's own verb.
  if (modifiers === undefined || /\b(?:whose|who|which)\b/iu.test(modifiers)) return;
  const end = clauseEnd(doc, s, cue.end);
  for (const c of cues) if (c.start >= cue.end && c.start < end) c.used = true;
}
