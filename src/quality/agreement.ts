// Agreement between two people who annotated the same article under the same conventions. The second
// annotation is scored against the first by the extractor's own rule (score.ts), so the figures say
// how far the gold itself is settled, kind by kind: a target above what two careful annotators reach
// cannot be met by any extractor.
import { type Gold, type Kind, type Scorable, type Score, scoreExtraction } from "./score.ts";
import { type SpeakerAccuracy, speakerAccuracy } from "./speakers.ts";

/** A gold annotation read as found items: the shape the scorer reads of an extraction. */
export function annotationAsFound(gold: Gold): Scorable {
  return {
    actors: gold.entities.map((e) => ({ id: e.id })),
    statements: gold.statements.map((s) => ({ speakerId: s.speakerId, text: s.text })),
    events: gold.events.map((e) => ({
      type: e.type,
      // Without a code the first annotation's code cannot match by root, as for an extraction.
      cameo: e.cameo ?? "",
      label: e.label ?? "",
      dates: (e.dates ?? []).map((value) => ({ value })),
    })),
    relations: gold.relations.map((r) => ({ kind: r.kind, sourceId: r.sourceId, targetId: r.targetId })),
  };
}

export interface Agreement {
  scores: Record<Kind, Score>;
  speakers: SpeakerAccuracy;
}

/**
 * The second annotation scored against the first: recall is the share of the first annotator's items
 * the second also gives, precision the share of the second's items the first also gives.
 */
export function agreement(first: Gold, second: Gold): Agreement {
  if (first.articleId !== second.articleId)
    throw new Error(`agreement: annotations of different articles (${first.articleId}, ${second.articleId})`);
  const found = annotationAsFound(second);
  return { scores: scoreExtraction(found, first), speakers: speakerAccuracy(found, first.statements) };
}
