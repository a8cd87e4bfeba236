// Criticism told as a description of the other side's conduct: a side in a dispute that says what its
// adversary is doing ("Rwanda is occupying our land through a proxy", "Kinshasa was blaming its
// neighbour for its own failures") criticises it. Only a side that itself took a stance or acted
// against that adversary, and only when the adversary is the clause's subject.
import { type EntityDoc, mentionsIn } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import type { Event } from "../types.ts";
import { type Adversaries, adversaries, type Opposed, sideOf, startOf, type VoiceOf } from "./adversaries.ts";
import { criticise } from "./criticism-target.ts";

/** Statements plain enough to carry unstated criticism: statements, warnings. */
const PLAIN_CAMEO = new Set(["010", "012"]);
/** The subject: at most a determiner-led phrase before the first verb-like word. */
const SUBJECT_SPAN = 40;
/**
 * Conduct going on: a progressive verb right after the subject ("Rwanda is occupying", "Kinshasa was
 * blaming", "were “turning the sea into …”"). A fact ("had reopened a crossing", "was its largest
 * trading partner", "would visit") is no criticism.
 */
const CONDUCT_AFTER =
  /^(?:[’']s[\s\u00a0]+[\p{Ll}-]+)?[\s\u00a0]+(?:is|are|was|were|has[\s\u00a0]+been|have[\s\u00a0]+been|had[\s\u00a0]+been|keeps|kept)[\s\u00a0]+(?:still[\s\u00a0]+|now[\s\u00a0]+|deliberately[\s\u00a0]+|openly[\s\u00a0]+)?[“"]?(\p{Ll}+ing)\b/u;
/** Ongoing conduct that is no reproach. */
const NEUTRAL_CONDUCT =
  /^(?:considering|planning|preparing|negotiating|cooperating|working|trying|seeking|talking|helping|discussing|studying|reviewing|waiting|hoping|going|coming|visiting|meeting|holding|taking[\s\u00a0]+part|participating)$/u;

/** The adversary as the subject of the statement's clause, if it is. */
function adversarySubject(doc: EntityDoc, voiceOf: VoiceOf, st: FoundStatement, foe: string): boolean {
  const start = startOf(doc, st);
  if (start === undefined) return false;
  const lead = /^[“"]?(?:the[\s\u00a0]+)?/iu.exec(st.text)?.[0].length ?? 0;
  const first = mentionsIn(doc, start, start + SUBJECT_SPAN)[0];
  if (!first || first.start !== start + lead) return false;
  if (sideOf(doc, voiceOf, first.actorId) !== foe) return false;
  const verb = CONDUCT_AFTER.exec(doc.body.slice(first.end, first.end + 60))?.[1];
  return verb !== undefined && !NEUTRAL_CONDUCT.test(verb);
}

/** Gives plain statements that describe the adversary's conduct as subject criticism of it. Mutates statements. */
export function adversarySubjects(
  doc: EntityDoc,
  statements: readonly FoundStatement[],
  events: readonly Event[],
  voiceOf: VoiceOf,
  extra: readonly Opposed[] = [],
): void {
  const foes: Adversaries = adversaries(doc, statements, events, voiceOf, extra);
  // A speaker who accuses the adversary tells its conduct as part of the accusation, not as criticism.
  const accusing = new Set(
    statements
      .filter((a) => a.stance === "accuse")
      .flatMap((a) => a.targetIds.map((t) => `${a.speakerId} ${sideOf(doc, voiceOf, t)}`)),
  );
  for (const st of statements) {
    if (st.stance || !PLAIN_CAMEO.has(st.cameo)) continue;
    const foe = foes.of(st.speakerId, st.at, true);
    if (!foe || foe === sideOf(doc, voiceOf, st.speakerId) || accusing.has(`${st.speakerId} ${foe}`))
      continue;
    if (!adversarySubject(doc, voiceOf, st, foe)) continue;
    criticise(st, foe);
  }
}
