// MEMBER_OF from an appositive that calls a state a member: "Cyprus, “a member state whose rights …”"
// (of the last bloc the story named), "Estonia, an EU member state, …" (of the bloc named in it).
import { type EntityDoc, evidence, mentionsIn } from "../doc.ts";
import { WS } from "../text/patterns.ts";
import type { RelationSet } from "./relation-set.ts";

/** ", a (fellow) member state", ", “a member state …", ", an EU member" – not "a member of" (membership-phrases.ts). */
const MEMBER_APPOSITIVE = new RegExp(
  `^,${WS}+[“"]?an?${WS}+(?:(?:fellow|full|founding)${WS}+)?(?:(\\S+)${WS}+)?member(?:${WS}+(?:state|country|nation))?\\b(?!${WS}+of\\b)`,
  "u",
);

/** Blocs only: a court or a rights group has no member states. */
const isBloc = (doc: EntityDoc, id: string) =>
  id.startsWith("org:") && /intergovernmental|alliance/.test(doc.actors.get(id)?.orgType ?? "");

/** How far back a bloc named earlier is still the one meant. */
const BLOC_REACH = 400;

export function memberAppositives(doc: EntityDoc, out: RelationSet): void {
  for (const m of doc.mentions) {
    if (!m.actorId.startsWith("country:")) continue;
    const hit = MEMBER_APPOSITIVE.exec(doc.body.slice(m.end, m.end + 60));
    if (!hit) continue;
    const end = m.end + hit[0].length;
    // "an EU member": the bloc is named in the appositive; a plain "a member state": the last one before.
    const namedAt = hit[1] ? m.end + hit[0].lastIndexOf(hit[1]) : -1;
    const named = doc.mentions.find((x) => x.start === namedAt && isBloc(doc, x.actorId));
    if (hit[1] && !named && !/^(?:fellow|full|founding)$/iu.test(hit[1])) continue;
    const before = mentionsIn(doc, Math.max(0, m.start - BLOC_REACH), m.start).filter((x) =>
      isBloc(doc, x.actorId),
    );
    const bloc = named ?? before[before.length - 1];
    if (bloc) out.add("MEMBER_OF", m.actorId, bloc.actorId, { evidence: [evidence(doc, m.start, end)] });
  }
}
