// Spying for another side: "charged six people with spying for Ruritania", "suspected of espionage on
// behalf of Moscow", "had handed plans of the base to an officer of Ruritania’s intelligence service",
// "leaked documents to handlers at the Ruritanian embassy". A state's voice that reports it accuses
// the side the spying served (relations/alleged-acts.ts).
import type { EntityDoc } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { phraseSource } from "../text/text.ts";

/** "spying for", "espionage on behalf of", "working as an agent for" right before the served side. */
const SPYING_FOR = new RegExp(
  `\\b(?:spying|spied|spy|spies|espionage|(?:working|worked|acting|acted)${WS}+as${WS}+(?:an?${WS}+)?(?:agents?|spy|spies|informants?))` +
    `${WS}+(?:for|on${WS}+behalf${WS}+of)${WS}+(?:the${WS}+)?$`,
  "iu",
);

/** Handing over something secret: the verb, then what was handed. */
const HANDED =
  /\b(?:pass|hand|leak|sell|sold|deliver|provid|transmit|smuggl|sen[dt])\p{L}*[\s\u00a0](?:[^.;]{0,60}?[\s\u00a0])?(?:details|information|secrets|data|documents|photographs|photos|intelligence|plans|files|maps|images|coordinates)\b[^.;]{0,80}?$/iu;
/** "… to", "… to an officer of", "… to handlers at the": the receiver right before the side's name. */
const TO_RECEIVER = new RegExp(
  `${WS}to${WS}+(?:(?:an?|the|their|his|her)${WS}+)?(?:(?:\\p{Ll}+${WS}+)?(?:handlers?|agents?|officers?|officials?|contacts?|spies|diplomats?)${WS}+(?:at|of|in|from|with)${WS}+)?(?:the${WS}+)?$`,
  "u",
);

/** Words that make handing data over a matter of spying ("sent data on the oil spill to Oslo" is not). */
const SPY_CONTEXT =
  /\b(?:spy\p{L}*|spie[sd]|espionage|secret\p{L}*|classified|handlers?|agents?|recruited|suspected|military|fortifications?|bases?|troops|defen[cs]e|weapons?|intelligence)\b/iu;

/** The words before a mention (within its statement) say someone spied for, or handed secrets to, it. */
export function spiedFor(before: string): boolean {
  if (SPYING_FOR.test(before)) return true;
  const to = TO_RECEIVER.exec(before);
  if (to === null || !HANDED.test(before.slice(0, to.index))) return false;
  return SPY_CONTEXT.test(before);
}

/** Words without which no statement tells of spying or of secrets handed over. */
const SPY_WORDS =
  /\b(?:spy\p{L}*|spie[sd]|espionage|details|information|secrets|data|documents|photo\p{L}*|intelligence|plans|files|maps|images|coordinates)\b/iu;

/**
 * A state of the story named by its capital right after words of spying ("passing details … to
 * Ruritania’s capital Calm" reads "… to Calm"), when no mention stands there: its id, else undefined.
 */
export function spiedForCapital(
  doc: EntityDoc,
  text: string,
  other: (id: string) => boolean,
): string | undefined {
  if (!SPY_WORDS.test(text)) return undefined;
  for (const actor of doc.actors.values()) {
    if (actor.kind !== "Country" || !other(actor.id)) continue;
    const capital = doc.knowledge.countries.get(actor.id.slice(8).toUpperCase())?.capital;
    if (!capital || !text.includes(capital)) continue;
    const at = new RegExp(`\\b${phraseSource(capital)}\\b`, "u").exec(text);
    if (at && spiedFor(text.slice(0, at.index))) return actor.id;
  }
  return undefined;
}
