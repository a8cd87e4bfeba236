// MEMBER_OF read from references to a bloc's members that are not written next to the bloc:
// "the six members — A, B and C", "Z, a regional bloc that includes both countries", "Z, to which all
// three countries belong", "A joined Z", "A, which joined the alliance".
import { type ActorMention, type EntityDoc, evidence } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { listFrom } from "./actor-lists.ts";
import { isBlocLike } from "./bloc-like.ts";
import type { RelationSet } from "./relation-set.ts";

/** "the alliance", "the bloc": a reference to the latest bloc named before. */
const BLOC_REFERENCE = new RegExp(`^[Tt]he${WS}+(?:alliance|bloc|grouping|organi[sz]ation)(?![\\p{L}])`, "u");

const isBloc = isBlocLike;

/** A body of its own (not a state's): "org:<slug>", no country part. */
const isOwnBody = (_doc: EntityDoc, id: string) => /^org:[a-z0-9-]+$/.test(id) && !/^org:[a-z]{2}$/.test(id);

/** The latest bloc (or, given `accept`, other body) mentioned before `at`, within `window` characters. */
function blocBefore(
  doc: EntityDoc,
  at: number,
  window = Number.POSITIVE_INFINITY,
  accept: (doc: EntityDoc, id: string) => boolean = isBloc,
): ActorMention | undefined {
  return doc.mentions.filter((m) => m.end <= at && at - m.end <= window && accept(doc, m.actorId)).pop();
}

const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The first list of `n` coordinated states in the story ("Ruritania, Osterlich and Vulgaria agreed"). */
function firstGroup(doc: EntityDoc, n: number, before: number): ActorMention[] | undefined {
  for (const m of doc.mentions) {
    if (m.start >= before) return undefined;
    if (!m.actorId.startsWith("country:")) continue;
    const list = listFrom(doc, m.start, before).filter((x) => x.actorId.startsWith("country:"));
    const ids = new Set(list.map((x) => x.actorId));
    if (list.length === n && ids.size === n) return list;
  }
  return undefined;
}

function addAll(doc: EntityDoc, out: RelationSet, members: ActorMention[], org: ActorMention, end: number) {
  for (const m of members)
    out.add("MEMBER_OF", m.actorId, org.actorId, {
      evidence: [evidence(doc, Math.min(m.start, org.start), Math.max(end, m.end))],
    });
}

/** "the six members — A, B and C", "its members: A and B": a bloc's members listed after its reference. */
const LISTED_MEMBERS = new RegExp(
  `\\b(?:[Tt]he|[Ii]ts|[Tt]heir)${WS}+(?:(?:${Object.keys(NUMBERS).join("|")}|\\d+)${WS}+)?member(?:s|${WS}+states|${WS}+countries)${WS}*(?:—|–|:)${WS}*`,
  "gu",
);

function listedMembers(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(LISTED_MEMBERS, doc.body)) {
    const at = (m.index ?? 0) + m[0].length;
    const org = blocBefore(doc, m.index ?? 0, 600);
    const members = listFrom(doc, at, at + 300).filter((x) => x.actorId.startsWith("country:"));
    if (org && members.length >= 2) addAll(doc, out, members, org, at);
  }
}

/** "Z, a bloc that includes both countries", "Z, to which all three countries belong". */
const GROUP = `(both|(?:all|the)${WS}+(?:two|three|four|five|six|seven))${WS}+(?:countries|states|nations)`;
const GROUP_MEMBERS = new RegExp(
  `(?:(?:that|which)${WS}+(?:includes|include|included|groups|brings${WS}+together)${WS}+${GROUP}|(?:to|of)${WS}+which${WS}+${GROUP}${WS}+(?:belong|belonged|are${WS}+members))`,
  "gu",
);

function groupMembers(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(GROUP_MEMBERS, doc.body)) {
    const words = (m[1] ?? m[2] ?? "").split(/[\s\u00a0]+/);
    const n = NUMBERS[words[words.length - 1] ?? ""];
    // The relative clause describes the body just named ("Z, a Moscow-led bloc that includes …").
    const org = blocBefore(doc, m.index ?? 0, 120, isOwnBody);
    const members = n ? firstGroup(doc, n, m.index ?? 0) : undefined;
    if (org && members) addAll(doc, out, members, org, (m.index ?? 0) + m[0].length);
  }
}

/** The verbs of entering or being in a bloc: "joined", "belongs to", "acceded to", "became a member of". */
const JOINED = new RegExp(
  `\\b(?:joined|rejoined|belongs${WS}+to|belong${WS}+to|belonged${WS}+to|acceded${WS}+to|` +
    `was${WS}+admitted${WS}+(?:to|into)|became${WS}+(?:a|the${WS}+\\p{Ll}+)${WS}+member${WS}+of)${WS}+`,
  "gu",
);
/** What may stand between the member and the verb: ", which has formally". */
const JOINED_LEAD = new RegExp(
  `(?:,${WS}+(?:which|that))?${WS}+(?:(?:has|have|had|formally|officially|finally|later|also)${WS}+)*$`,
  "u",
);
/** "joined the AU in condemning …", "joined NATO’s exercise": joining an act, not the bloc. */
const JOINED_ACT = new RegExp(
  `^(?:[’']s|${WS}+in${WS}+\\p{Ll}+ing\\b|${WS}+(?:exercises?|drills?|talks|mission|operations?|statement|call)\\b)`,
  "u",
);

/** "A joined Z", "A, which joined NATO last year", "A joined the alliance in March", "A belongs to the AU". */
function joiners(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(JOINED, doc.body)) {
    const verbAt = m.index ?? 0;
    const lead = JOINED_LEAD.exec(doc.body.slice(Math.max(0, verbAt - 60), verbAt));
    if (!lead) continue;
    const start = verbAt - lead[0].length;
    const after = verbAt + m[0].length;
    const at = after + (/^the[\s\u00a0]+/u.exec(doc.body.slice(after, after + 8))?.[0].length ?? 0);
    const member = doc.mentions.filter((x) => x.end === start && x.actorId.startsWith("country:"))[0];
    if (!member) continue;
    const named = doc.mentions.find(
      (x) => x.start === at && isBloc(doc, x.actorId) && !JOINED_ACT.test(doc.body.slice(x.end, x.end + 30)),
    );
    const ref = BLOC_REFERENCE.exec(doc.body.slice(after, after + 30));
    const org = named ?? (ref ? blocBefore(doc, start) : undefined);
    if (org) addAll(doc, out, [member], org, named ? named.end : after + (ref?.[0].length ?? 0));
  }
}

/** "The commission’s members, including A and B": the body named before whose name has that noun. */
const HEAD_NOUN_MEMBERS = new RegExp(
  `\\b[Tt]he${WS}+(\\p{Ll}+)[’']s${WS}+members,${WS}+including${WS}+`,
  "gu",
);

function headNounMembers(doc: EntityDoc, out: RelationSet): void {
  for (const m of execAll(HEAD_NOUN_MEMBERS, doc.body)) {
    const noun = new RegExp(`(?<![\\p{L}])${m[1]}(?![\\p{L}])`, "iu");
    const named = (d: EntityDoc, id: string) => isOwnBody(d, id) && noun.test(d.actors.get(id)?.name ?? "");
    const org = blocBefore(doc, m.index ?? 0, Number.POSITIVE_INFINITY, named);
    const at = (m.index ?? 0) + m[0].length;
    const members = listFrom(doc, at, at + 200).filter((x) => x.actorId.startsWith("country:"));
    if (org && members.length > 0) addAll(doc, out, members, org, at);
  }
}

export function groupMemberships(doc: EntityDoc, out: RelationSet): void {
  listedMembers(doc, out);
  headNounMembers(doc, out);
  groupMembers(doc, out);
  joiners(doc, out);
}
