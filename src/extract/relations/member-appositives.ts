// MEMBER_OF from an appositive that calls a state a member: "Cyprus, “a member state whose rights …”"
// (of the last bloc the story named), "Estonia, an EU member state, …" (of the bloc named in it).
import { type EntityDoc, evidence, mentionsIn } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import { isBlocLike } from "./bloc-like.ts";
import type { RelationSet } from "./relation-set.ts";

/** ", a (fellow) member state", ", “a member state …", ", an EU member" – not "a member of" (membership-phrases.ts). */
const MEMBER_APPOSITIVE = new RegExp(
  `^,${WS}+(?:also${WS}+)?[“"]?an?${WS}+(?:(?:fellow|full|founding)${WS}+)?((?:[^\\s,]+${WS}+){1,4}?)?member(?:${WS}+(?:state|country|nation))?\\b(?!${WS}+of\\b)`,
  "u",
);

/** Blocs only: a court or a rights group has no member states. */
const isBloc = isBlocLike;

/** How far back a bloc named earlier is still the one meant. */
const BLOC_REACH = 400;

export function memberAppositives(doc: EntityDoc, out: RelationSet): void {
  for (const m of doc.mentions) {
    if (!m.actorId.startsWith("country:")) continue;
    const hit = MEMBER_APPOSITIVE.exec(doc.body.slice(m.end, m.end + 60));
    if (!hit) continue;
    const end = m.end + hit[0].length;
    // "an EU member": the bloc is named in the appositive; a plain "a member state": the last one before.
    const words = hit[1]?.trimEnd();
    const namedAt = words ? m.end + hit[0].lastIndexOf(words) : -1;
    const named = doc.mentions.find(
      (x) => x.start === namedAt && x.end === namedAt + (words?.length ?? 0) && isBloc(doc, x.actorId),
    );
    if (words && !named && !/^(?:fellow|full|founding)$/iu.test(words)) continue;
    const before = mentionsIn(doc, Math.max(0, m.start - BLOC_REACH), m.start).filter((x) =>
      isBloc(doc, x.actorId),
    );
    const bloc = named ?? before[before.length - 1];
    if (bloc) out.add("MEMBER_OF", m.actorId, bloc.actorId, { evidence: [evidence(doc, m.start, end)] });
  }
}
