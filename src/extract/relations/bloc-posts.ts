// Posts held in a bloc named only as "the bloc": "A spokesperson for the bloc, Ruth Banda, said …",
// "The bloc’s commission president, Emmanuel Owusu, warned …", "X, a spokesman for the alliance,".
// The person is affiliated with the latest bloc named before (test/corpus/README.md: the most
// specific body the text ties them to), instead of a state guessed from the reporting context;
// a spokesperson also speaks for it.
import { type ActorMention, type EntityDoc, mentionsIn } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import { WS } from "../text/patterns.ts";
import { isBlocLike } from "./bloc-like.ts";

const BLOC = `(?:bloc|alliance|grouping|union|community|organi[sz]ation)`;
const ROLE = `((?:\\p{Ll}[\\p{Ll}-]*${WS}+){0,3}?(?:spokes(?:man|woman|person)|\\p{Ll}[\\p{Ll}-]*))`;
/** "The bloc’s (commission) president, " / "A spokesperson for the bloc, " right before a name. */
const BEFORE_NAME = [
  new RegExp(`\\b[Tt]he${WS}+${BLOC}[’']s${WS}+${ROLE},?${WS}+$`, "u"),
  new RegExp(`\\b(?:[Aa]n?|[Tt]he)${WS}+${ROLE}${WS}+(?:for|of)${WS}+the${WS}+${BLOC},?${WS}+$`, "u"),
];
/** ", a spokesman for the bloc," right after a name. */
const AFTER_NAME = new RegExp(
  `^,${WS}+(?:an?|the)${WS}+${ROLE}${WS}+(?:for|of)${WS}+the${WS}+${BLOC}\\b`,
  "u",
);

/** Role words that are no post ("a critic of the bloc", "a member of the alliance"). */
const NO_POST = /\b(?:critic|opponent|member|observer|supporter|friend|enemy|fan)\b/u;

function postAt(doc: EntityDoc, m: ActorMention): { role: string; at: number } | undefined {
  const before = doc.body.slice(Math.max(0, m.start - 80), m.start);
  for (const re of BEFORE_NAME) {
    const hit = re.exec(before);
    if (hit?.[1]) return { role: hit[1].trim(), at: m.start - hit[0].length };
  }
  const after = AFTER_NAME.exec(doc.body.slice(m.end, m.end + 80));
  return after?.[1] ? { role: after[1].trim(), at: m.start } : undefined;
}

/** The affiliations with the bloc posts added, replacing a guessed state of the same person. */
export function blocPosts(doc: EntityDoc, affiliations: readonly Affiliation[]): Affiliation[] {
  const out = [...affiliations];
  for (const m of doc.mentions) {
    if (doc.actors.get(m.actorId)?.kind !== "Person" || m.kind !== "name") continue;
    const post = postAt(doc, m);
    if (!post || NO_POST.test(post.role)) continue;
    const bloc = mentionsIn(doc, 0, post.at)
      .filter((x) => isBlocLike(doc, x.actorId))
      .pop();
    if (!bloc) continue;
    const own = out.filter((a) => a.personId === m.actorId);
    if (own.some((a) => a.targetId === bloc.actorId)) continue;
    // A state guessed for the post gives way; a body the text names for the person stays.
    if (own.some((a) => !a.targetId.startsWith("country:"))) continue;
    for (const a of own) out.splice(out.indexOf(a), 1);
    out.push({
      personId: m.actorId,
      targetId: bloc.actorId,
      role: post.role,
      speaksFor: /^spokes/u.test(post.role.split(/\s+/u).pop() ?? ""),
      span: { start: post.at, end: m.end },
    });
  }
  return out;
}
