// Scores of one article and their sum over a set. Totals are micro-averaged: matched, gold and
// predicted items are added up over the articles (and over the kinds for "overall"), so a long
// article weighs more than a short one, as it does for an analyst reading them.
import type { Extraction } from "../extract/types.ts";
import { type InventedPerson, inventedPeople, peopleOutsideGold } from "./invented.ts";
import { type Gold, KINDS, type Kind, type Score, scoreExtraction } from "./score.ts";
import { type Misattribution, type SpeakerAccuracy, speakerAccuracy } from "./speakers.ts";

export interface ArticleResult {
  articleId: string;
  extractedId: string;
  scores: Record<Kind, Score>;
  speakers: SpeakerAccuracy;
  invented: InventedPerson[];
  /** People absent from the gold whose names are in the text (places, bodies or titles read as people). */
  unannotatedPeople: InventedPerson[];
}

export function evaluateArticle(x: Extraction, gold: Gold): ArticleResult {
  const invented = inventedPeople(x, gold.entities);
  const isInvented = new Set(invented.map((p) => p.id));
  return {
    articleId: gold.articleId,
    extractedId: x.article.id,
    scores: scoreExtraction(x, gold),
    speakers: speakerAccuracy(x, gold.statements),
    invented,
    unannotatedPeople: peopleOutsideGold(x, gold.entities).filter((p) => !isInvented.has(p.id)),
  };
}

export interface Totals {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export function totals(scores: Pick<Score, "gold" | "predicted" | "matched">[]): Totals {
  const sum = (k: "gold" | "predicted" | "matched") => scores.reduce((n, s) => n + s[k], 0);
  const gold = sum("gold");
  const predicted = sum("predicted");
  const matched = sum("matched");
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

export interface SetSummary {
  articles: number;
  perKind: Record<Kind, Totals>;
  overall: Totals;
  speakers: { found: number; right: number; accuracy: number };
  misattributed: (Misattribution & { articleId: string })[];
  invented: (InventedPerson & { articleId: string })[];
  unannotatedPeople: (InventedPerson & { articleId: string })[];
}

export function summarise(results: ArticleResult[]): SetSummary {
  const perKind = Object.fromEntries(
    KINDS.map((k) => [k, totals(results.map((r) => r.scores[k]))]),
  ) as Record<Kind, Totals>;
  const found = results.reduce((n, r) => n + r.speakers.found, 0);
  const right = results.reduce((n, r) => n + r.speakers.right, 0);
  return {
    articles: results.length,
    perKind,
    overall: totals(KINDS.map((k) => perKind[k])),
    speakers: { found, right, accuracy: found === 0 ? 1 : right / found },
    misattributed: results.flatMap((r) =>
      r.speakers.misattributed.map((m) => ({ articleId: r.articleId, ...m })),
    ),
    invented: results.flatMap((r) => r.invented.map((p) => ({ articleId: r.articleId, ...p }))),
    unannotatedPeople: results.flatMap((r) =>
      r.unannotatedPeople.map((p) => ({ articleId: r.articleId, ...p })),
    ),
  };
}
