// Speaker accuracy: of the statements the extractor found (paired with a gold statement by text alone,
// whoever it credits), the share whose speaker is the gold speaker. Separates "found the words but
// credited the wrong actor" from "missed the statement", which the statement F1 mixes together.
import { type GoldStatement, pairUp, type Scorable, textOverlap } from "./score.ts";

export interface Misattribution {
  text: string;
  foundSpeaker: string;
  goldSpeaker: string;
}

export interface SpeakerAccuracy {
  /** Extracted statements paired with a gold statement by text overlap (≥ 0.5). */
  found: number;
  /** Of those, how many name the gold speaker. */
  right: number;
  misattributed: Misattribution[];
}

export function speakerAccuracy(x: Pick<Scorable, "statements">, gold: GoldStatement[]): SpeakerAccuracy {
  // Same-speaker pairs first, so a quote given to two gold speakers is not judged wrong for one of them.
  const pairs = pairUp(gold, x.statements, (g, p) => {
    const o = textOverlap(g.text, p.text);
    if (o < 0.5) return 0;
    return g.speakerId === p.speakerId ? 1 + o : o;
  });
  const misattributed: Misattribution[] = [];
  for (const [gi, pi] of pairs) {
    const g = gold[gi] as GoldStatement;
    const p = x.statements[pi] as Scorable["statements"][number];
    if (g.speakerId !== p.speakerId)
      misattributed.push({ text: p.text, foundSpeaker: p.speakerId, goldSpeaker: g.speakerId });
  }
  return { found: pairs.length, right: pairs.length - misattributed.length, misattributed };
}
