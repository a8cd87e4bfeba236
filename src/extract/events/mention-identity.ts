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

/** The one day-precision date two mentions share, when each is dated to days only. */
const sharedDay = (a: Mentioned, b: Mentioned): boolean =>
  a.dates.some((x) => x.precision === "day" && b.dates.some((y) => y.value === x.value)) &&
  [...a.dates, ...b.dates].every((x) => x.precision === "day");

/**
 * "Slovenia lodged a protest with Croatia on Thursday … A state secretary handed a protest note to
 * Croatia's ambassador on Thursday morning": two past mentions of one type dated to the same day,
 * whose states are one's or the other's (or one names none), tell one act.
 */
export function sameDayAct(
  a: Mentioned & { status: string },
  b: Mentioned & { status: string },
  statesOf: (m: Mentioned) => string[],
): boolean {
  if (a.status === "planned" || b.status === "planned" || !sharedDay(a, b)) return false;
  // "agreed on Friday to X and to Y": coordinated intents are two undertakings.
  if (a.trigger.intent && b.trigger.intent) return false;
  const [sa, sb] = [new Set(statesOf(a)), new Set(statesOf(b))];
  return [...sb].every((id) => sa.has(id)) || [...sa].every((id) => sb.has(id));
}
