// Evaluative criticism: a plain statement whose words condemn ("“illegal and
// reckless”") is a criticism (CAMEO 111). When it names no target, the target is read from a
// definite reference to an earlier event ("said the raid was …"): the state responsible for it.
import { type EntityDoc, inQuote } from "../doc.ts";
import { phraseSource, phrasesRegex } from "../text/text.ts";
import type { Event } from "../types.ts";
import type { FoundStatement } from "./statements.ts";

/** Definite event references and the PLOVER categories they can refer to (empty: any event). */
const EVENT_ANAPHORS: { re: RegExp; plover: string[] }[] = [
  {
    re: /\b(?:the|this|that|such)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:attacks?|assaults?|raids?|strikes?|incidents?|harassment|aggression)\b/iu,
    plover: ["COERCE", "ASSAULT", "MOBILIZE"],
  },
  {
    re: /\b(?:the|this|that|such)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?(?:move|decision|action|step|measures?)\b/iu,
    plover: [],
  },
];

/** An actor as the target of criticism: itself (people and bodies are criticized by name). */
function stateOrSelf(doc: EntityDoc, id: string): string {
  return doc.actors.has(id) ? id : stateOf(doc, id);
}

/** The state behind an actor: a country itself, or the country a national body or person belongs to. */
function stateOf(doc: EntityDoc, id: string): string {
  const actor = doc.actors.get(id);
  return actor?.kind === "Country" ? id : (actor?.countryId ?? id);
}

/**
 * Upgrades plain statements (CAMEO 010) that use condemning words to criticism (111), and gives
 * criticism without a target the state responsible for the event it refers to. Mutates `statements`.
 */
export function resolveEvaluations(
  doc: EntityDoc,
  statements: FoundStatement[],
  events: readonly Event[],
): void {
  const words = phrasesRegex(doc.knowledge.criticismWords, "iu");
  for (const st of statements) {
    if (st.cameo !== "010" || st.stance || !words.test(st.text)) continue;
    st.cameo = "111";
    st.stance = "criticize";
    if (st.targetIds.length > 0) continue;
    // "called Chile’s plan “reckless”": the evaluated object's owner is the target.
    const object = (st.objectIds ?? []).map((id) => stateOrSelf(doc, id)).find((id) => id !== st.speakerId);
    if (object) {
      st.targetIds = [object];
      if (!st.aboutIds.includes(object)) st.aboutIds = [...st.aboutIds, object];
      continue;
    }
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (!sentence) continue;
    // The reference is in the reporting frame or the statement itself, outside any other quotation.
    const frame = doc.body.slice(sentence.start, sentence.end);
    const anaphor = EVENT_ANAPHORS.find((a) => {
      const m = a.re.exec(frame);
      return m && (!inQuote(doc, sentence.start + m.index) || st.kind === "quote");
    });
    if (!anaphor) continue;
    const speakerState = stateOf(doc, st.speakerId);
    const referent = events
      .filter(
        (e) =>
          (e.status === "occurred" || e.negated === true) &&
          (anaphor.plover.length === 0 || anaphor.plover.includes(e.plover)) &&
          (e.evidence[0]?.sentence ?? Number.POSITIVE_INFINITY) <= sentence.index,
      )
      .pop();
    const source = referent?.participants.find((p) => p.role === "source");
    if (!source) continue;
    const target = stateOf(doc, source.actorId);
    if (target === st.speakerId || target === speakerState) continue;
    st.targetIds = [target];
    if (!st.aboutIds.includes(target)) st.aboutIds = [...st.aboutIds, target];
  }
}

/** PLOVER categories of acts done to someone. */
const HOSTILE_ACTS = new Set(["COERCE", "ASSAULT", "SANCTION"]);

const referenceCache = new WeakMap<object, { re: RegExp; types: Map<string, string[]> }>();

/** "the agreement", "this new security pact", "the move": a definite reference to an event noun. */
function referenceMatcher(doc: EntityDoc) {
  let cached = referenceCache.get(doc.knowledge);
  if (!cached) {
    const types = new Map<string, string[]>();
    for (const group of doc.knowledge.eventReferences)
      for (const noun of group.nouns) if (!types.has(noun)) types.set(noun, group.types);
    const nouns = [...types.keys()].sort((a, b) => b.length - a.length).map(phraseSource);
    const re = new RegExp(
      `\\b(?:the|this|that|these|those|such)[\\s\\u00a0]+(?:[\\p{Ll}-]+[\\s\\u00a0]+){0,2}?(${nouns.join("|") || "(?!)"})(?![\\p{L}])`,
      "giu",
    );
    cached = { re, types };
    referenceCache.set(doc.knowledge, cached);
  }
  return cached;
}

/** The states taking part in an event. */
function partyStates(doc: EntityDoc, e: Event): Set<string> {
  return new Set(e.participants.map((p) => stateOf(doc, p.actorId)));
}

/**
 * The same act told twice: "Japanese and Philippine troops will hold a joint exercise …" then
 * "members of the Japan Self-Defense Forces will join … for two weeks of drills". A reference to
 * the later, partial telling is to the earlier event of the same type whose states include all of
 * its states and more.
 */
function fullerTelling(
  doc: EntityDoc,
  referent: Event,
  events: readonly Event[],
  mentionedAt: (e: Event) => number,
): Event {
  const states = partyStates(doc, referent);
  const fuller = events.find((e) => {
    if (e === referent || e.type !== referent.type || mentionedAt(e) < 0) return false;
    const theirs = partyStates(doc, e);
    return theirs.size > states.size && [...states].every((id) => theirs.has(id));
  });
  return fuller ?? referent;
}

/**
 * Statements that name no actor but refer to an earlier event by a definite noun ("Pakistan
 * criticized the agreement", "warned that the deal could …") are about that event's parties: its
 * sources, else every party that is not its target. Criticism, accusations and threats are directed
 * at them. Runs after `resolveEvaluations`; mutates `statements`.
 */
export function resolveEventReferences(
  doc: EntityDoc,
  statements: FoundStatement[],
  events: readonly Event[],
): void {
  const { re, types } = referenceMatcher(doc);
  for (const st of statements) {
    if (st.aboutIds.length > 0) continue;
    const sentence = doc.sentences[st.evidence[0]?.sentence ?? -1];
    if (!sentence) continue;
    // Where the reference may be: the reported clause itself, or for a quotation the frame before
    // it (outside any quotation) and its own words.
    const at = sentence.text.indexOf(st.text);
    const textStart = at < 0 ? sentence.start : sentence.start + at;
    const windows: [number, number][] =
      st.kind === "quote"
        ? [
            [sentence.start, textStart],
            [textStart, textStart + st.text.length],
          ]
        : [[textStart, textStart + st.text.length]];
    let ref: { offset: number; types: string[] } | undefined;
    for (const [from, to] of windows) {
      for (const m of doc.body.slice(from, to).matchAll(re)) {
        const offset = from + (m.index ?? 0);
        if (st.kind === "quote" ? from < textStart && inQuote(doc, offset) : false) continue;
        ref = { offset, types: types.get((m[1] ?? "").toLowerCase().replace(/[\s\u00a0]+/g, " ")) ?? [] };
        break;
      }
      if (ref) break;
    }
    if (!ref) continue;
    const { offset, types: wanted } = ref;
    const mentionedAt = (e: Event) =>
      Math.max(-1, ...e.evidence.map((x) => x.start).filter((x) => x < offset));
    // A stance is never about the speaker's own act ("called the expulsion …" after the speaker's
    // state retaliated in kind): such events are not candidates.
    const own = (e: Event) => {
      const agents = e.participants.filter((p) => p.role === "source");
      return agents.length > 0 && agents.every((p) => stateOf(doc, p.actorId) === stateOf(doc, st.speakerId));
    };
    const referent = events
      .filter(
        (e) =>
          (wanted.length === 0 || wanted.includes(e.type ?? "")) &&
          mentionedAt(e) >= 0 &&
          !(st.stance && own(e)),
      )
      // Same sentence: the type listed first for the noun wins ("the plan": an agreement over a summit).
      .sort(
        (a, b) =>
          mentionedAt(a) - mentionedAt(b) || wanted.indexOf(b.type ?? "") - wanted.indexOf(a.type ?? ""),
      )
      .pop();
    if (!referent) continue;
    const act = fullerTelling(doc, referent, events, mentionedAt);
    const sources = act.participants.filter((p) => p.role === "source");
    // A hostile act (sanctions, a seizure, an attack) with neither author nor target: its parties are
    // as likely its victims as its authors, so a stance about it is not directed at them.
    const targeted = act.participants.some((p) => p.role === "target");
    if (st.stance && sources.length === 0 && !targeted && HOSTILE_ACTS.has(act.plover)) continue;
    const parties = (sources.length > 0 ? sources : act.participants.filter((p) => p.role !== "target")).map(
      (p) => p.actorId,
    );
    const speakerState = stateOf(doc, st.speakerId);
    // Criticism is never directed at the speaker's own state; other statements may be about it.
    const about = [...new Set(parties)].filter(
      (id) => id !== st.speakerId && !(st.stance && id === speakerState),
    );
    if (about.length === 0) continue;
    // Criticism of a plan agreed by officials is directed at their states ("Uruguay criticized the
    // plan" of two presidents criticizes their countries), never at the speaker's own.
    const states = [...new Set(about.map((id) => stateOf(doc, id)))].filter(
      (id) => id !== st.speakerId && id !== speakerState && doc.actors.has(id),
    );
    st.aboutIds = st.stance ? [...new Set([...about, ...states])] : about;
    if (st.stance && st.targetIds.length === 0) st.targetIds = states.length > 0 ? states : about;
  }
}
