// A post told in a relative clause after a person's name: "Ana Ruiz, who heads the Chilean navy,",
// "X, who led Peru’s trade ministry until 2019,", "X, who speaks for the foreign ministry,". The body
// (or state) led or spoken for is the person's affiliation.
import type { Span } from "../types.ts";
import type { Candidate } from "./gazetteer.ts";

const LEADS =
  /^,[\s\u00a0]+(?:who[\s\u00a0]+(?:(?:currently|now|also|formerly|previously)[\s\u00a0]+)?(?:heads|headed|leads|led|runs|ran|chairs|chaired|commands|commanded|directs|directed|(speaks[\s\u00a0]+for))|(speaking[\s\u00a0]+for))[\s\u00a0]+(?:the[\s\u00a0]+)?/u;

export interface RelativePost {
  personId: string;
  targetId: string;
  /** "who speaks for …": a spokesperson's mandate. */
  speaksFor: boolean;
  span: Span;
}

/** People named right before "who heads/leads/commands <body>" and the body they lead. */
export function relativePosts(
  body: string,
  people: readonly Candidate[],
  candidates: readonly Candidate[],
): RelativePost[] {
  const posts: RelativePost[] = [];
  for (const m of people) {
    if (!m.actorId.startsWith("person:")) continue;
    const lead = LEADS.exec(body.slice(m.end, m.end + 80));
    if (!lead) continue;
    const at = m.end + lead[0].length;
    const led = candidates.find(
      (c) => c.start === at && (c.actorId.startsWith("org:") || c.actorId.startsWith("country:")),
    );
    if (led)
      posts.push({
        personId: m.actorId,
        targetId: led.actorId,
        speaksFor: Boolean(lead[1] ?? lead[2]),
        span: { start: m.start, end: led.end },
      });
  }
  return posts;
}
