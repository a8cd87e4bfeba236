// Posts told with the body after a preposition, next to the person's name: "a spokesman for the
// presidency, Tinashe Moyo, said", "Ana Ruiz, an analyst at the Institute for Peace in Lima, said",
// "X, a senior official of the ruling party,". The person is affiliated with that body (the most
// specific body the text ties them to, test/corpus/README.md) and a spokesperson speaks for it. A
// state the entity stage gave the person stays, unless it is the body's own state (then the body is
// the more specific of the two).
import { type ActorMention, type EntityDoc, mentionAt } from "../doc.ts";
import type { Affiliation } from "../entities/people.ts";
import { WS } from "../text/patterns.ts";

const ROLE = `((?:\\p{Ll}[\\p{Ll}-]*${WS}+){0,3}?\\p{Ll}[\\p{Ll}-]*)`;
const PREP = `(?:for|of|at|with)${WS}+(?:the${WS}+)?`;
/** "a spokesman for the " right before the body, the body right before ", NAME". */
const ROLE_BEFORE_BODY = new RegExp(`(?:^|[\\s\\u00a0(])(?:[Aa]n?|[Tt]he)${WS}+${ROLE}${WS}+${PREP}$`, "u");
/**
 * Between the body and the name: its abbreviation ("(SSPDF)"), a place ("in Lima"), a comma, and the
 * person's rank or title ("Major General", "Brig. Gen.").
 */
const BODY_TO_NAME = new RegExp(
  `^(?:${WS}+\\([^()]{1,15}\\))?(?:${WS}+in${WS}+\\p{Lu}[\\p{L}-]*)?,${WS}+(?:\\p{Lu}[\\p{L}.-]*${WS}+){0,3}$`,
  "u",
);
/** ", an analyst at the " right after the name. */
const ROLE_AFTER_NAME = new RegExp(`^,${WS}+(?:an?|the)${WS}+${ROLE}${WS}+${PREP}(?=\\p{Lu})`, "u");

/** Role words that are no post with the body. */
const NO_POST =
  /\b(?:critic|opponent|observer|supporter|friend|enemy|fan|client|customer|victim|hostage|prisoner|detainee|guest|visitor|target|neighbou?r|son|daughter|wife|husband|relative|rival|ally|partner)\b/u;

const isBody = (doc: EntityDoc, m: ActorMention | undefined): m is ActorMention =>
  m !== undefined && doc.actors.get(m.actorId)?.kind === "Organization" && m.kind !== "pronoun";

interface Post {
  body: ActorMention;
  role: string;
  start: number;
}

/** The post told before the name ("a spokesman for the presidency, NAME"). */
function postBefore(doc: EntityDoc, name: ActorMention): Post | undefined {
  const near = doc.mentions.filter((m) => m.end <= name.start && m.end >= name.start - 70);
  // The nearest body the name follows, past its own abbreviation in parentheses.
  const body = near.reverse().find((m) => BODY_TO_NAME.test(doc.body.slice(m.end, name.start)));
  if (!isBody(doc, body)) return undefined;
  const role = ROLE_BEFORE_BODY.exec(doc.body.slice(Math.max(0, body.start - 80), body.start));
  return role?.[1] ? { body, role: role[1], start: body.start - role[0].length } : undefined;
}

/** The post told after the name ("NAME, an analyst at the Institute …"). */
function postAfter(doc: EntityDoc, name: ActorMention): Post | undefined {
  const role = ROLE_AFTER_NAME.exec(doc.body.slice(name.end, name.end + 100));
  const body = role ? mentionAt(doc, name.end + role[0].length) : undefined;
  return role?.[1] && isBody(doc, body) ? { body, role: role[1], start: name.start } : undefined;
}

/** The affiliations with posts at named bodies added. */
export function bodyPosts(doc: EntityDoc, affiliations: readonly Affiliation[]): Affiliation[] {
  const out = [...affiliations];
  for (const m of doc.mentions) {
    if (doc.actors.get(m.actorId)?.kind !== "Person" || m.kind !== "name") continue;
    const post = postBefore(doc, m) ?? postAfter(doc, m);
    if (!post || NO_POST.test(post.role)) continue;
    const bodyId = post.body.actorId;
    const own = out.filter((a) => a.personId === m.actorId);
    if (own.some((a) => a.targetId === bodyId)) continue;
    const state = doc.actors.get(bodyId)?.countryId;
    // The rank between the body and the name ("…, Major General NAME") is a post with that body,
    // whatever state the entity stage guessed for it.
    const ranked = (a: Affiliation) => a.span.start >= post.body.end && a.span.start < m.start;
    for (const a of own) if (a.targetId === state || ranked(a)) out.splice(out.indexOf(a), 1);
    out.push({
      personId: m.actorId,
      targetId: bodyId,
      role: post.role.trim(),
      speaksFor: /^spokes/u.test(post.role.trim().split(/\s+/u).pop() ?? ""),
      span: { start: post.start, end: Math.max(m.end, post.body.end) },
    });
  }
  return out;
}
