// MEMBER_OF from membership phrases: "X, a member of Y", "A and B are members of Z", "Z’s members,
// including A and B".
import { type ActorMention, type EntityDoc, evidence } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { execAll } from "../text/text.ts";
import { listBefore, listFrom } from "./actor-lists.ts";
import { isBlocLike } from "./bloc-like.ts";
import { groupMemberships } from "./member-groups.ts";
import type { RelationSet } from "./relation-set.ts";

const ARE_MEMBERS_OF = new RegExp(
  `${WS}+(?:are|were)${WS}+(?:both${WS}+|all${WS}+)?(?:founding${WS}+)?members${WS}+of${WS}+(?:the${WS}+)?`,
  "gi",
);
const ALONGSIDE = new RegExp(`${WS}+alongside${WS}+`, "gi");
const MEMBERS_INCLUDING = new RegExp(`[’']s${WS}+members,${WS}+including${WS}+`, "g");
const A_MEMBER_OF = new RegExp(
  `(?:,${WS}+(?:also${WS}+)?|${WS}+(?:is|are)${WS}+(?:also${WS}+)?)(?:a|an)${WS}+(?:founding${WS}+)?member(?:${WS}+(?:state|country))?${WS}+of${WS}+(?:the${WS}+)?`,
  "gi",
);

/**
 * Plural memberships: "A and B are members of Z", "A is a member of the Z group alongside B and C",
 * "Z’s members, including A, B and C".
 */
function pluralMemberships(doc: EntityDoc, out: RelationSet): void {
  const add = (members: ActorMention[], org: ActorMention | undefined, start: number, end: number) => {
    if (!org?.actorId.startsWith("org:")) return;
    for (const m of members)
      if (!m.actorId.startsWith("person:") && m.actorId !== org.actorId)
        out.add("MEMBER_OF", m.actorId, org.actorId, { evidence: [evidence(doc, start, end)] });
  };
  const orgAt = (at: number) => doc.mentions.find((x) => x.start === at);
  for (const m of execAll(ARE_MEMBERS_OF, doc.body)) {
    const at = (m.index ?? 0) + m[0].length;
    const members = listBefore(doc, m.index ?? 0);
    const org = orgAt(at);
    if (members.length >= 2 && org) add(members, org, members[0]?.start ?? at, org.end);
  }
  for (const m of execAll(ALONGSIDE, doc.body)) {
    const at = (m.index ?? 0) + m[0].length;
    const org = doc.mentions.filter((x) => x.end <= (m.index ?? 0) && (m.index ?? 0) - x.end <= 12).pop();
    const head = /member(?: state)? of (?:the )?$/i;
    if (
      !org ||
      !head.test(doc.body.slice(Math.max(0, org.start - 30), org.start).replace(/[\s\u00a0]+/g, " "))
    )
      continue;
    add(listFrom(doc, at, at + 200), org, org.start, at);
  }
  for (const m of execAll(MEMBERS_INCLUDING, doc.body)) {
    const org = doc.mentions.find((x) => x.end === (m.index ?? 0) + 2 || x.end === (m.index ?? 0));
    const at = (m.index ?? 0) + m[0].length;
    add(listFrom(doc, at, at + 200), org, m.index ?? 0, at);
  }
}

/** "X, a member of Y", "X is a member of Y", "Y members X and Z". */
export function memberships(doc: EntityDoc, out: RelationSet): void {
  pluralMemberships(doc, out);
  groupMemberships(doc, out);
  for (const m of execAll(A_MEMBER_OF, doc.body)) {
    const at = (m.index ?? 0) + m[0].length;
    const org = doc.mentions.find((x) => x.start === at && x.actorId.startsWith("org:"));
    const member = doc.mentions.filter((x) => x.end === (m.index ?? 0))[0];
    if (!org || !member) continue;
    // "a member of NATO and the European Union": every bloc of the list after the first.
    const more = listFrom(doc, org.start, org.end + 80)
      .slice(1)
      .filter((x) => isBlocLike(doc, x.actorId));
    for (const bloc of [org, ...more])
      out.add("MEMBER_OF", member.actorId, bloc.actorId, {
        evidence: [evidence(doc, member.start, bloc.end)],
      });
  }
}
