// "criticised the council’s reliance on American weapons": criticism of what a body does or has is
// directed at the body its head noun names ("the council" for the Gulf Cooperation Council), not at
// the states the rest of the object mentions.
import type { EntityDoc } from "../doc.ts";
import type { FoundStatement } from "../speech/statements.ts";
import { WS } from "../text/patterns.ts";

/** A statement opening with a definite possessor: "the council’s …", "the bloc's …". */
const DEFINITE_POSSESSOR = new RegExp(`^the${WS}+(\\p{L}+)[’']s${WS}`, "iu");

/** The state behind an actor: a country itself, or the country a national body or person belongs to. */
function stateOf(doc: EntityDoc, id: string): string {
  const actor = doc.actors.get(id);
  return actor?.kind === "Country" ? id : (actor?.countryId ?? id);
}

/** A name's last word in lower case ("council" of "Gulf Cooperation Council"). */
function lastWord(name: string): string | undefined {
  return name
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .pop();
}

/** The one organisation of the article, not on the speaker's side, whose name ends in `head`. */
function bodyNamed(doc: EntityDoc, head: string, speakerId: string): string | undefined {
  const own = stateOf(doc, speakerId);
  const bodies = [...doc.actors.values()].filter(
    (a) =>
      a.kind === "Organization" &&
      a.id !== speakerId &&
      stateOf(doc, a.id) !== own &&
      [a.name, ...a.aliases].some((n) => lastWord(n) === head),
  );
  return bodies.length === 1 ? bodies[0]?.id : undefined;
}

/** Retargets criticism of "the <body>’s …" at that body. Mutates statements. */
export function possessedObjects(doc: EntityDoc, statements: readonly FoundStatement[]): void {
  for (const st of statements) {
    if (st.stance !== "criticize") continue;
    const head = DEFINITE_POSSESSOR.exec(st.text)?.[1]?.toLowerCase();
    const body = head ? bodyNamed(doc, head, st.speakerId) : undefined;
    if (!body) continue;
    st.targetIds = [body];
    if (!st.aboutIds.includes(body)) st.aboutIds = [...st.aboutIds, body];
  }
}
