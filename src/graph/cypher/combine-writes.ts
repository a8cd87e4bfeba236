// Several new articles' writes as one statement per kind of write: the same query text runs once
// per article inside `UNWIND … CALL`, in article order, so a batch of articles costs about as many
// statements as one. Pure: texts are the per-article builders' own, values stay parameters.
import type { CypherQuery } from "../executor.ts";

/** The variable that carries one article's parameters; no per-article query may use the name. */
const ROW = "perArticle";
const ROW_NAME = new RegExp(`\\b${ROW}\\b`);

/**
 * Planning these statements takes a large part of a batch's time, and while a seed grows the graph
 * the server would plan them again every few seconds (its statistics keep changing). Their plans
 * are index seeks whatever the counts, so the first plan is kept.
 */
const PLAN_ONCE = "CYPHER replan=skip";

/** One query text run once per parameter set, in order, as a single statement. */
export function runPerRow(text: string, paramSets: Record<string, unknown>[]): CypherQuery {
  if (ROW_NAME.test(text)) throw new Error(`a per-article query may not use the name ${ROW}`);
  const inner = text.replace(/\$(\w+)/g, (_, name: string) => {
    if (!paramSets.every((params) => name in params)) throw new Error(`parameter $${name} is missing`);
    return `${ROW}.${name}`;
  });
  return {
    text: `${PLAN_ONCE}\nUNWIND $${ROW} AS ${ROW}\nCALL (${ROW}) {\n${inner}\n}`,
    params: { [ROW]: paramSets },
  };
}

/**
 * The order of the distinct texts that keeps every article's own order: each list is a subsequence
 * of the builder's fixed order, so the "comes before" pairs have no cycle; ties go to first seen.
 */
function textOrder(lists: string[][]): string[] {
  const firstSeen = new Map<string, number>();
  const next = new Map<string, Set<string>>();
  const waitingOn = new Map<string, number>();
  for (const list of lists) {
    if (new Set(list).size !== list.length) throw new Error("an article's writes repeat a query text");
    list.forEach((text, i) => {
      if (!firstSeen.has(text)) {
        firstSeen.set(text, firstSeen.size);
        next.set(text, new Set());
        waitingOn.set(text, 0);
      }
      const before = list[i - 1];
      if (before === undefined || next.get(before)?.has(text)) return;
      next.get(before)?.add(text);
      waitingOn.set(text, (waitingOn.get(text) ?? 0) + 1);
    });
  }
  const order: string[] = [];
  const ready = [...firstSeen.keys()].filter((text) => waitingOn.get(text) === 0);
  while (ready.length > 0) {
    ready.sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
    const text = ready.shift() as string;
    order.push(text);
    for (const after of next.get(text) ?? []) {
      const left = (waitingOn.get(after) ?? 0) - 1;
      waitingOn.set(after, left);
      if (left === 0) ready.push(after);
    }
  }
  if (order.length !== firstSeen.size) throw new Error("the articles' writes disagree on their order");
  return order;
}

/**
 * The writes of several articles, each list in its article's order, as one statement per distinct
 * text (one article too: the seed and a single ingest then share the server's cached plans). Only
 * for articles whose statements commute across articles (new articles: each writes its own nodes;
 * shared actors are merged row by row in article order either way), and only for queries whose
 * nested `CALL` subqueries import what they use (a parameter would become a variable).
 */
export function combineArticleWrites(lists: CypherQuery[][]): CypherQuery[] {
  const paramSets = new Map<string, Record<string, unknown>[]>();
  for (const list of lists) {
    for (const query of list) paramSets.set(query.text, [...(paramSets.get(query.text) ?? []), query.params]);
  }
  return textOrder(lists.map((list) => list.map((query) => query.text))).map((text) =>
    runPerRow(text, paramSets.get(text) ?? []),
  );
}
