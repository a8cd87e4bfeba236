// PROFILE a read and sum the database hits over its plan: how much the database worked for it,
// independent of machine load. Used by the query-shape test and for checking query changes.
import type { Driver } from "neo4j-driver";
import type { CypherQuery } from "../../src/graph/executor.ts";

export interface PlanStep {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

export interface Profiled {
  dbHits: number;
  rows: number;
  plan: PlanStep;
}

const sumHits = (step: PlanStep): number =>
  step.dbHits + step.children.reduce((sum, child) => sum + sumHits(child), 0);

export async function profile(driver: Driver, database: string, query: CypherQuery): Promise<Profiled> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${query.text}`, query.params));
    const plan = result.summary.profile as unknown as PlanStep | false;
    if (!plan) throw new Error("no profile in the result summary");
    return { dbHits: sumHits(plan), rows: result.records.length, plan };
  } finally {
    await session.close();
  }
}

/** One line per operator, indented by depth: `NodeIndexSeek 3 hits, 1 rows (n:Actor {id: ...})`. */
export function describePlan(step: PlanStep, depth = 0): string {
  const details = String(step.arguments.Details ?? "").slice(0, 140);
  const line = `${"  ".repeat(depth)}${step.operatorType} ${step.dbHits} hits, ${step.rows} rows  ${details}`;
  return [line, ...step.children.map((child) => describePlan(child, depth + 1))].join("\n");
}
