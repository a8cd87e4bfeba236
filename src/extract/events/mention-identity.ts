// Whether two mentions of one event type are one act: rules that look only at the two mentions'
// triggers, dates and wording (the participant rules stay in events.ts).
import type { DateMention } from "../text/dates.ts";
import type { EventParticipant } from "../types.ts";
import type { Trigger } from "./event-triggers.ts";

interface Mentioned {
  trigger: Trigger;
  dates: DateMention[];
  participants: EventParticipant[];
}

/** Does the date lie before (-1), on/within (0) or after (1) the publication day, at its own precision? */
function side(value: string, publishedAt: string): number {
  const pub = publishedAt.slice(0, value.length);
  return value < pub ? -1 : value > pub ? 1 : 0;
}

/**
 * "will close the crossings from August 1 … shut the Narva crossing in February 2024": a mention
 * dated wholly ahead of the report and one dated wholly before it are a plan and a past act.
 */
export function datedEitherSideOfReport(a: Mentioned, b: Mentioned, publishedAt: string): boolean {
  const all = (m: Mentioned, s: number) =>
    m.dates.length > 0 && m.dates.every((d) => side(d.value, publishedAt) === s);
  return (all(a, 1) && all(b, -1)) || (all(a, -1) && all(b, 1));
}

const NOUN_COORDINATION =
  /^(?:[\s\u00a0]*,)?[\s\u00a0]+(?:and|or|as[\s\u00a0]+well[\s\u00a0]+as)[\s\u00a0]+(?:\p{Ll}+[\s\u00a0]+)?$|^[\s\u00a0]*,[\s\u00a0]+$/u;

/** "travel bans and asset freezes", "airstrikes, shelling": coordinated event nouns of one type name one act. */
export function coordinatedNouns(a: Mentioned, b: Mentioned, body: string): boolean {
  const [x, y] = a.trigger.start <= b.trigger.start ? [a.trigger, b.trigger] : [b.trigger, a.trigger];
  if (x.via !== "noun" || y.via !== "noun" || x.sentence !== y.sentence) return false;
  return NOUN_COORDINATION.test(body.slice(x.end, y.start));
}

/** "the", "this", "the Oct. 17", "the May 3", "Tuesday's": a definite lead, perhaps with the act's own day. */
const DEFINITE_END =
  /(?:\b(?:the|this)[\s\u00a0]+(?:\p{Lu}\p{Ll}{2,8}\.?[\s\u00a0]+\d{1,2}[\s\u00a0]+)?|\b\p{Lu}\p{Ll}+day[’']s[\s\u00a0]+)$/u;

/** Words for one vessel: "seized a tanker … intercepted the vessel" name the same ship. */
const VESSEL_WORDS = new Set(["tanker", "vessel", "ship", "boat", "trawler", "freighter", "cargo ship"]);

function sameThing(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && (a === b || (VESSEL_WORDS.has(a) && VESSEL_WORDS.has(b ?? "")));
}

/**
 * "a Russian helicopter violated its airspace … The helicopter flew two kilometres into Estonian
 * airspace on Wednesday": a re-telling that names no agent (so is no event of its own) dates the
 * undated act of its type and object told in the sentence or two before.
 */
export function lendAgentlessDates(drafts: readonly Mentioned[]): void {
  const hasAgent = (d: Mentioned) => d.participants.some((p) => p.role === "source");
  for (const d of drafts) {
    const t = d.trigger;
    if (!t.type.requiresAgent || hasAgent(d) || d.dates.length === 0) continue;
    // "… rammed a boat. … the ramming on Monday was a violation": a definite act noun re-tells it too.
    const definiteNoun =
      t.via === "noun" && DEFINITE_END.test(t.sentence.text.slice(0, t.start - t.sentence.start));
    if (!t.object && !definiteNoun) continue;
    const antecedent = drafts
      .filter(
        (a) =>
          a !== d &&
          a.trigger.type.type === t.type.type &&
          a.trigger.end <= t.start &&
          t.sentence.index - a.trigger.sentence.index <= (definiteNoun ? 4 : 2) &&
          (definiteNoun || sameThing(a.trigger.object?.head, t.object?.head)) &&
          hasAgent(a),
      )
      .pop();
    if (!antecedent) continue;
    // "an attack … last month … the Oct. 17 attack": a day within the antecedent's month is its day too.
    const within = d.dates.filter(
      (x) =>
        antecedent.dates.every((y) => x.value.startsWith(y.value) && x.value !== y.value) &&
        !antecedent.dates.some((y) => y.value === x.value),
    );
    if (antecedent.dates.length === 0) antecedent.dates.push(...d.dates);
    else antecedent.dates.push(...within);
  }
}
